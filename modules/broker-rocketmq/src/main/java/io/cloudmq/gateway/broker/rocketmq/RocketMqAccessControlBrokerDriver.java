package io.cloudmq.gateway.broker.rocketmq;

import io.cloudmq.gateway.core.model.AclAction;
import io.cloudmq.gateway.core.model.AclDecision;
import io.cloudmq.gateway.core.model.AclEntry;
import io.cloudmq.gateway.core.model.AclPermission;
import io.cloudmq.gateway.core.model.AclResourceType;
import io.cloudmq.gateway.core.model.BrokerPlacement;
import io.cloudmq.gateway.core.port.broker.AccessControlBrokerDriver;
import io.cloudmq.gateway.core.port.broker.UserSpec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.rocketmq.remoting.protocol.body.AclInfo;
import org.apache.rocketmq.remoting.protocol.body.UserInfo;
import org.apache.rocketmq.tools.admin.DefaultMQAdminExt;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@link AccessControlBrokerDriver} on RocketMQ ACL 2.0, on every master broker of the cluster (each keeps its own
 * users and ACLs).
 *
 * <p>User {@code U} of placement {@code N} is the ACL 2.0 user {@code N%U} of type Normal, whose ACL (subject
 * {@code User:N%U}) holds one policy entry per resource:
 * <ul>
 *   <li>an ACL entry on topic {@code T} / group {@code G}: the LITERAL resource {@code Topic:N%T} / {@code Group:N%G};
 *   <li>a default permission: the PREFIXED resource {@code Topic:N%*} / {@code Group:N%*}, which covers exactly the
 *       placement's topics and groups ('%' never occurs in a namespace). The broker prefers a matching LITERAL entry,
 *       so entries override the default for the actions they name;
 *   <li>an admin: Pub and Sub on both prefixes, not the broker's Super type, which would reach every instance of the
 *       shared cluster.
 * </ul>
 * The user's IP whitelist becomes the source IPs of every entry that has none of its own. A disabled user is kept with
 * status disable, so the broker refuses its signatures.
 */
@ApplicationScoped
public class RocketMqAccessControlBrokerDriver implements AccessControlBrokerDriver {

    private static final String USER_TYPE = "Normal";
    private static final String SUBJECT_PREFIX = "User:";
    private static final String TOPIC_RESOURCE = "Topic:";
    private static final String GROUP_RESOURCE = "Group:";
    private static final String PREFIX_WILDCARD = "*";

    private final RocketMqClusters clusters;

    @Inject
    public RocketMqAccessControlBrokerDriver(RocketMqClusters clusters) {
        this.clusters = clusters;
    }

    @Override
    public String brokerUsername(BrokerPlacement placement, String username) {
        return RocketMqNames.physicalUser(placement, username);
    }

    @Override
    public void applyUser(BrokerPlacement placement, UserSpec user) {
        ClusterTarget c = clusters.cluster(placement.clusterId());
        String physical = RocketMqNames.physicalUser(placement, user.username());
        String subject = SUBJECT_PREFIX + physical;
        Map<String, AclInfo.PolicyEntryInfo> desired = policyEntries(placement, user);
        Collection<String> masters = clusters.masters(c).values();
        clusters.call(c, "apply user " + physical, admin -> {
            for (String address : masters) {
                UserInfo info = UserInfo.of(physical, user.secret(), USER_TYPE, user.enabled() ? "enable" : "disable");
                if (exists(admin, address, physical)) {
                    admin.updateUser(address, info);
                } else {
                    admin.createUser(address, info);
                }
                for (AclInfo.PolicyEntryInfo entry : desired.values()) {
                    // createAcl adds the entry, or replaces the user's entry for the same resource.
                    admin.createAcl(address, subject, List.of(entry.getResource()), entry.getActions(),
                            entry.getSourceIps(), entry.getDecision());
                }
                for (String resource : grantedResources(admin, address, subject)) {
                    if (!desired.containsKey(resource)) {
                        admin.deleteAcl(address, subject, resource);
                    }
                }
            }
            return null;
        });
    }

    @Override
    public void deleteUser(BrokerPlacement placement, String username) {
        ClusterTarget c = clusters.cluster(placement.clusterId());
        String physical = RocketMqNames.physicalUser(placement, username);
        Collection<String> masters = clusters.masters(c).values();
        clusters.call(c, "delete user " + physical, admin -> {
            for (String address : masters) {
                if (exists(admin, address, physical)) {
                    // Deleting an ACL 2.0 user deletes its ACL too.
                    admin.deleteUser(address, physical);
                }
            }
            return null;
        });
    }

    @Override
    public Set<String> listUsers(BrokerPlacement placement) {
        ClusterTarget c = clusters.cluster(placement.clusterId());
        String prefix = RocketMqNames.namespacePrefix(placement);
        Collection<String> masters = clusters.masters(c).values();
        return clusters.call(c, "list users", admin -> {
            Set<String> names = new TreeSet<>();
            for (String address : masters) {
                for (UserInfo user : usersMatching(admin, address, prefix)) {
                    String logical = RocketMqNames.logicalName(placement, user.getUsername());
                    if (logical != null) {
                        names.add(logical);
                    }
                }
            }
            return names;
        });
    }

    /** Resource key to entry, for everything the user may (or explicitly may not) do. */
    private static Map<String, AclInfo.PolicyEntryInfo> policyEntries(BrokerPlacement placement, UserSpec user) {
        String namespacePrefix = RocketMqNames.namespacePrefix(placement);
        String allTopics = TOPIC_RESOURCE + namespacePrefix + PREFIX_WILDCARD;
        String allGroups = GROUP_RESOURCE + namespacePrefix + PREFIX_WILDCARD;
        Map<String, AclInfo.PolicyEntryInfo> entries = new LinkedHashMap<>();
        if (user.admin()) {
            entries.put(allTopics, entry(allTopics, AclPermission.PUB_SUB, user.ipWhitelist()));
            entries.put(allGroups, entry(allGroups, AclPermission.PUB_SUB, user.ipWhitelist()));
        } else {
            if (user.defaultTopicPermission() != null) {
                entries.put(allTopics, entry(allTopics, user.defaultTopicPermission(), user.ipWhitelist()));
            }
            if (user.defaultGroupPermission() != null) {
                entries.put(allGroups, entry(allGroups, user.defaultGroupPermission(), user.ipWhitelist()));
            }
        }
        for (AclEntry acl : user.acl()) {
            String resource = acl.resourceType() == AclResourceType.TOPIC
                    ? TOPIC_RESOURCE + RocketMqNames.physicalTopic(placement, acl.resourceName())
                    : GROUP_RESOURCE + RocketMqNames.physicalGroup(placement, acl.resourceName());
            entries.put(resource, entry(resource, acl.actions(), acl.decision(),
                    acl.ipWhitelist().isEmpty() ? user.ipWhitelist() : acl.ipWhitelist()));
        }
        return entries;
    }

    private static AclInfo.PolicyEntryInfo entry(String resource, AclPermission permission, List<String> sourceIps) {
        return entry(resource, permission.actions(), permission.decision(), sourceIps);
    }

    private static AclInfo.PolicyEntryInfo entry(String resource, Set<AclAction> actions, AclDecision decision,
                                                 List<String> sourceIps) {
        List<String> brokerActions = actions.stream().sorted().map(a -> a == AclAction.PUB ? "Pub" : "Sub").toList();
        return AclInfo.PolicyEntryInfo.of(resource, brokerActions, sourceIps,
                decision == AclDecision.ALLOW ? "Allow" : "Deny");
    }

    private static boolean exists(DefaultMQAdminExt admin, String address, String physical) throws Exception {
        return usersMatching(admin, address, physical).stream().anyMatch(u -> physical.equals(u.getUsername()));
    }

    /** The broker's users whose names contain {@code filter}; the admin client answers null rather than empty. */
    static List<UserInfo> usersMatching(DefaultMQAdminExt admin, String address, String filter) throws Exception {
        List<UserInfo> users = admin.listUser(address, filter);
        return users == null ? List.of() : users;
    }

    /** The resource keys of the user's current entries on one broker (the filter matches by substring). */
    private static Set<String> grantedResources(DefaultMQAdminExt admin, String address, String subject)
            throws Exception {
        Set<String> resources = new TreeSet<>();
        List<AclInfo> acls = admin.listAcl(address, subject, null);
        for (AclInfo acl : acls == null ? List.<AclInfo>of() : acls) {
            if (subject.equals(acl.getSubject()) && acl.getPolicies() != null) {
                for (AclInfo.PolicyInfo policy : acl.getPolicies()) {
                    policy.getEntries().forEach(e -> resources.add(e.getResource()));
                }
            }
        }
        return resources;
    }
}
