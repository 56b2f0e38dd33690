package io.cloudmq.gateway.huawei.resource;

import io.cloudmq.gateway.core.model.AclDecision;
import io.cloudmq.gateway.core.model.AclEntry;
import io.cloudmq.gateway.core.model.AclPermission;
import io.cloudmq.gateway.core.model.AclResourceType;
import io.cloudmq.gateway.core.model.BrokerUser;
import io.cloudmq.gateway.core.model.BrokerUserSettings;
import io.cloudmq.gateway.core.model.Caller;
import io.cloudmq.gateway.core.model.Page;
import io.cloudmq.gateway.core.model.PageRequest;
import io.cloudmq.gateway.core.service.UserService;
import io.cloudmq.gateway.huawei.dto.ListUsersResponse;
import io.cloudmq.gateway.huawei.dto.UserView;
import io.cloudmq.gateway.huawei.error.DmsError;
import io.cloudmq.gateway.huawei.web.HuaweiApi;
import io.cloudmq.gateway.huawei.web.HuaweiJson;
import io.cloudmq.gateway.huawei.web.HuaweiRequest;
import io.cloudmq.gateway.huawei.web.Paging;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Users of an instance (huawei-dialect.md §1, operations 34–38): ACL 2.0 users on the instance's brokers, with their
 * topic and group permissions as ACL entries. Secrets are write-only: no response carries {@code secret_key}.
 */
@Path("/v2/{project_id}/instances/{instance_id}/users")
@HuaweiApi
@Tag(name = "Huawei DMS for RocketMQ: users")
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

    private static final Pattern ACCESS_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{6,63}");
    private static final Pattern RESOURCE_NAME = Pattern.compile("[A-Za-z0-9_|-]{1,64}");
    private static final String SPECIAL = "~!@#$%^&*()-_=+\\|[{}];:'\",<.>/?";
    private static final Map<String, AclPermission> TOPIC_PERMS = Map.of("PUB", AclPermission.PUB,
            "SUB", AclPermission.SUB, "PUB|SUB", AclPermission.PUB_SUB, "DENY", AclPermission.DENY);
    private static final Map<String, AclPermission> GROUP_PERMS = Map.of("SUB", AclPermission.SUB,
            "DENY", AclPermission.DENY);

    @Inject
    HuaweiRequest request;
    @Inject
    UserService users;

    @POST
    @Operation(operationId = "CreateUser", summary = "Create a user with its topic and group permissions")
    public UserView create(@PathParam("project_id") String projectId, @PathParam("instance_id") String instanceId,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = UserView.class))) byte[] body) {
        UserView req = HuaweiJson.read(body, UserView.class);
        Caller caller = request.caller();
        String name = req.accessKey();
        if (name == null || !ACCESS_KEY.matcher(name).matches()) {
            throw DmsError.INVALID_USERNAME.exception("Invalid access_key: 7 to 64 characters from letters, digits, "
                    + "'_' and '-', starting with a letter.");
        }
        if (req.secretKey() == null) {
            throw DmsError.WEAK_SECRET.exception("secret_key is required.");
        }
        requireStrongSecret(name, req.secretKey());
        BrokerUserSettings settings = settings(req, null);
        List<AclEntry> entries = entries(req);
        users.create(caller, instanceId, name, req.secretKey(), settings);
        for (AclEntry entry : entries) {
            users.putAclEntry(caller, instanceId, name, entry);
        }
        return view(caller, instanceId, name);
    }

    @GET
    @Operation(operationId = "ListUser", summary = "List the users of an instance")
    public ListUsersResponse list(@PathParam("project_id") String projectId,
                                  @PathParam("instance_id") String instanceId,
                                  @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        Caller caller = request.caller();
        PageRequest page = Paging.of(offset, limit);
        Page<BrokerUser> found = users.list(caller, instanceId, null, page);
        List<UserView> views = found.items().stream()
                .map(u -> view(u, users.aclEntries(caller, instanceId, u.username()))).toList();
        return new ListUsersResponse(views, (int) found.total());
    }

    @GET
    @Path("/{user_name}")
    @Operation(operationId = "ShowUser", summary = "Query a user and its permissions")
    public UserView show(@PathParam("project_id") String projectId, @PathParam("instance_id") String instanceId,
                         @PathParam("user_name") String userName) {
        return view(request.caller(), instanceId, userName);
    }

    @PUT
    @Path("/{user_name}")
    @Operation(operationId = "UpdateUser",
            summary = "Change a user: the fields sent replace the current ones; topic_perms/group_perms replace all")
    public UserView update(@PathParam("project_id") String projectId, @PathParam("instance_id") String instanceId,
                           @PathParam("user_name") String userName,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = UserView.class))) byte[] body) {
        UserView req = HuaweiJson.read(body, UserView.class);
        Caller caller = request.caller();
        if (req.accessKey() != null && !req.accessKey().equals(userName)) {
            throw DmsError.INVALID_USERNAME.exception("access_key cannot be changed.");
        }
        if (req.secretKey() != null) {
            requireStrongSecret(userName, req.secretKey());
        }
        BrokerUser current = users.get(caller, instanceId, userName);
        BrokerUserSettings settings = settings(req, current);
        List<AclEntry> wanted = entries(req);
        users.update(caller, instanceId, userName, req.secretKey(), settings);
        Set<AclResourceType> replaced = new HashSet<>();
        if (req.topicPerms() != null) {
            replaced.add(AclResourceType.TOPIC);
        }
        if (req.groupPerms() != null) {
            replaced.add(AclResourceType.GROUP);
        }
        for (AclEntry old : users.aclEntries(caller, instanceId, userName)) {
            boolean kept = wanted.stream().anyMatch(e -> e.resourceType() == old.resourceType()
                    && e.resourceName().equals(old.resourceName()));
            if (replaced.contains(old.resourceType()) && !kept) {
                users.removeAclEntry(caller, instanceId, userName, old.resourceType(), old.resourceName());
            }
        }
        for (AclEntry entry : wanted) {
            users.putAclEntry(caller, instanceId, userName, entry);
        }
        return view(caller, instanceId, userName);
    }

    @DELETE
    @Path("/{user_name}")
    @Operation(operationId = "DeleteUser", summary = "Delete a user and its permissions")
    public Response delete(@PathParam("project_id") String projectId, @PathParam("instance_id") String instanceId,
                           @PathParam("user_name") String userName) {
        users.delete(request.caller(), instanceId, userName);
        return Response.ok().build();
    }

    /** §2.3: 8–32 characters, 3 of 4 character classes, not the name nor the name reversed. */
    static void requireStrongSecret(String name, String secret) {
        if (secret.length() < 8 || secret.length() > 32) {
            throw DmsError.WEAK_SECRET.exception("secret_key must be 8 to 32 characters long.");
        }
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean special = false;
        for (char c : secret.toCharArray()) {
            if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else if (SPECIAL.indexOf(c) >= 0) {
                special = true;
            } else {
                throw DmsError.WEAK_SECRET.exception("secret_key contains a character that is not allowed.");
            }
        }
        int classes = (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (special ? 1 : 0);
        if (classes < 3) {
            throw DmsError.WEAK_SECRET.exception("secret_key must contain at least 3 of: upper-case letters, "
                    + "lower-case letters, digits and special characters.");
        }
        if (secret.equals(name) || secret.equals(new StringBuilder(name).reverse().toString())) {
            throw DmsError.WEAK_SECRET.exception("secret_key must not be the access_key or the access_key reversed.");
        }
    }

    private static BrokerUserSettings settings(UserView req, BrokerUser current) {
        boolean admin = req.admin() != null ? req.admin() : current != null && current.admin();
        AclPermission topicDefault = req.defaultTopicPerm() != null
                ? perm("default_topic_perm", req.defaultTopicPerm(), TOPIC_PERMS)
                : current != null ? current.defaultTopicPermission() : null;
        AclPermission groupDefault = req.defaultGroupPerm() != null
                ? perm("default_group_perm", req.defaultGroupPerm(), GROUP_PERMS)
                : current != null ? current.defaultGroupPermission() : null;
        List<String> whitelist = req.whiteRemoteAddress() != null ? addresses(req.whiteRemoteAddress())
                : current != null ? current.ipWhitelist() : List.of();
        return new BrokerUserSettings(admin, current == null || current.enabled(), topicDefault, groupDefault,
                whitelist, current == null ? Map.of() : current.attributes());
    }

    private static List<String> addresses(String wire) {
        return Arrays.stream(wire.split("[,;\\s]+")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static List<AclEntry> entries(UserView req) {
        Map<String, AclEntry> entries = new LinkedHashMap<>();
        if (req.topicPerms() != null) {
            for (UserView.ResourcePerm p : req.topicPerms()) {
                add(entries, AclResourceType.TOPIC, "topic_perms", p, TOPIC_PERMS);
            }
        }
        if (req.groupPerms() != null) {
            for (UserView.ResourcePerm p : req.groupPerms()) {
                add(entries, AclResourceType.GROUP, "group_perms", p, GROUP_PERMS);
            }
        }
        return new ArrayList<>(entries.values());
    }

    private static void add(Map<String, AclEntry> entries, AclResourceType type, String field,
                            UserView.ResourcePerm p, Map<String, AclPermission> allowed) {
        if (p == null || p.name() == null || !RESOURCE_NAME.matcher(p.name()).matches()) {
            throw DmsError.INVALID_VALUE.exception("Invalid " + field + " name: 1 to 64 characters from letters, "
                    + "digits, '|', '-' and '_'.");
        }
        AclPermission perm = perm(field + ".perm", p.perm(), allowed);
        if (entries.put(type + ":" + p.name(), new AclEntry(type, p.name(), perm.actions(), perm.decision(), null))
                != null) {
            throw DmsError.INVALID_VALUE.exception(field + " names '" + p.name() + "' twice.");
        }
    }

    private static AclPermission perm(String field, String wire, Map<String, AclPermission> allowed) {
        AclPermission perm = wire == null ? null : allowed.get(wire);
        if (perm == null) {
            throw DmsError.INVALID_VALUE.exception("Invalid " + field + " '" + wire + "': use "
                    + String.join(", ", allowed.keySet().stream().sorted().toList()) + ".");
        }
        return perm;
    }

    private UserView view(Caller caller, String instanceId, String name) {
        BrokerUser user = users.get(caller, instanceId, name);
        return view(user, users.aclEntries(caller, instanceId, name));
    }

    static UserView view(BrokerUser user, List<AclEntry> entries) {
        List<UserView.ResourcePerm> topics = new ArrayList<>();
        List<UserView.ResourcePerm> groups = new ArrayList<>();
        entries.stream().sorted(Comparator.comparing(AclEntry::resourceName)).forEach(e ->
                (e.resourceType() == AclResourceType.TOPIC ? topics : groups)
                        .add(new UserView.ResourcePerm(e.resourceName(), wire(e))));
        return new UserView(user.username(), null, String.join(",", user.ipWhitelist()), user.admin(),
                wire(user.defaultTopicPermission()), wire(user.defaultGroupPermission()), topics, groups);
    }

    static String wire(AclEntry entry) {
        if (entry.decision() == AclDecision.DENY) {
            return "DENY";
        }
        return entry.actions().size() == 2 ? "PUB|SUB" : entry.actions().iterator().next().name();
    }

    private static String wire(AclPermission perm) {
        if (perm == null) {
            return null;
        }
        return perm == AclPermission.PUB_SUB ? "PUB|SUB" : perm.name();
    }
}
