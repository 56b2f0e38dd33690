package io.cloudmq.gateway.core.model;

import java.util.List;
import java.util.Set;

/**
 * One permission of a broker user on one topic or group (logical name). An empty {@code ipWhitelist} means the user's
 * own whitelist applies.
 */
public record AclEntry(AclResourceType resourceType, String resourceName, Set<AclAction> actions,
                       AclDecision decision, List<String> ipWhitelist) {

    public AclEntry {
        actions = Set.copyOf(actions);
        ipWhitelist = ipWhitelist == null ? List.of() : List.copyOf(ipWhitelist);
    }
}
