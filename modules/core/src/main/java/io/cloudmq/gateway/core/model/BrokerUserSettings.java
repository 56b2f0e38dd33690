package io.cloudmq.gateway.core.model;

import java.util.List;
import java.util.Map;

/** What a tenant sets about a broker user besides its name and secret. */
public record BrokerUserSettings(
        boolean admin,
        boolean enabled,
        AclPermission defaultTopicPermission,
        AclPermission defaultGroupPermission,
        List<String> ipWhitelist,
        Map<String, String> attributes) {

    public BrokerUserSettings {
        ipWhitelist = ipWhitelist == null ? List.of() : List.copyOf(ipWhitelist);
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }
}
