package io.cloudmq.gateway.huawei.resource;

import io.cloudmq.gateway.core.model.AclEntry;
import io.cloudmq.gateway.core.model.AclResourceType;
import io.cloudmq.gateway.core.model.BrokerUser;
import io.cloudmq.gateway.core.model.Caller;
import io.cloudmq.gateway.core.model.Page;
import io.cloudmq.gateway.core.model.PageRequest;
import io.cloudmq.gateway.core.service.UserService;
import io.cloudmq.gateway.huawei.dto.ListAccessPoliciesResponse;
import io.cloudmq.gateway.huawei.web.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The access policies of one topic or group, derived from the stored users: every user with an ACL entry on it (its
 * perm as that entry says), and every admin user (PUB|SUB, or SUB on a group). Defaults are not listed: they are a
 * user's setting, not a grant on this resource.
 */
@ApplicationScoped
public class AccessPolicies {

    private static final int USER_PAGE = 200;

    @Inject
    UserService users;

    public ListAccessPoliciesResponse of(Caller caller, String instanceId, AclResourceType type, String name,
                                         String offset, String limit) {
        PageRequest page = Paging.of(offset, limit);
        List<ListAccessPoliciesResponse.Policy> all = new ArrayList<>();
        for (int from = 0; ; from += USER_PAGE) {
            Page<BrokerUser> found = users.list(caller, instanceId, null, new PageRequest(from, USER_PAGE));
            for (BrokerUser user : found.items()) {
                String perm = user.admin() ? (type == AclResourceType.TOPIC ? "PUB|SUB" : "SUB") : null;
                for (AclEntry entry : users.aclEntries(caller, instanceId, user.username())) {
                    if (entry.resourceType() == type && entry.resourceName().equals(name)) {
                        perm = UsersResource.wire(entry);
                    }
                }
                if (perm != null) {
                    all.add(new ListAccessPoliciesResponse.Policy(user.username(), null,
                            String.join(",", user.ipWhitelist()), user.admin(), perm));
                }
            }
            if (found.items().size() < USER_PAGE || from + USER_PAGE >= found.total()) {
                break;
            }
        }
        all.sort(Comparator.comparing(ListAccessPoliciesResponse.Policy::accessKey));
        int start = Math.min(page.offset(), all.size());
        int end = Math.min(start + page.limit(), all.size());
        return new ListAccessPoliciesResponse(all.subList(start, end), all.size(), name);
    }
}
