package io.cloudmq.gateway.core.port.broker;

import io.cloudmq.gateway.core.model.AclEntry;
import io.cloudmq.gateway.core.model.AclPermission;

import java.util.List;

/**
 * Desired broker state of a user and everything it may do: names are logical, {@code secret} is in plain text (the
 * broker needs it to verify signatures), default permissions may be null (no access beyond the entries).
 */
public record UserSpec(String username, String secret, boolean admin, boolean enabled,
                       AclPermission defaultTopicPermission, AclPermission defaultGroupPermission,
                       List<String> ipWhitelist, List<AclEntry> acl) {

    public UserSpec {
        ipWhitelist = List.copyOf(ipWhitelist);
        acl = List.copyOf(acl);
    }

    @Override
    public String toString() {
        return "UserSpec[username=" + username + ", secret=***, admin=" + admin + ", enabled=" + enabled + "]";
    }
}
