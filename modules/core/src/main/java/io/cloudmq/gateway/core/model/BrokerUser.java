package io.cloudmq.gateway.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A user that clients authenticate as on an instance's brokers, as the tenant named it (the broker-side name adds the
 * instance's namespace). The secret is stored sealed (see {@code SecretSealer}), never in plain text. An admin may
 * publish and subscribe everywhere in its instance; other users get their ACL entries, then the default permissions for
 * the topics and groups no entry names. {@code ipWhitelist} limits where their permissions apply; empty means anywhere.
 */
public record BrokerUser(
        Long id,
        String instanceId,
        String username,
        String sealedSecret,
        boolean admin,
        boolean enabled,
        AclPermission defaultTopicPermission,
        AclPermission defaultGroupPermission,
        List<String> ipWhitelist,
        ResourceStatus status,
        Map<String, String> attributes,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public BrokerUser {
        ipWhitelist = ipWhitelist == null ? List.of() : List.copyOf(ipWhitelist);
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    public BrokerUser withStatus(ResourceStatus newStatus) {
        return new BrokerUser(id, instanceId, username, sealedSecret, admin, enabled, defaultTopicPermission,
                defaultGroupPermission, ipWhitelist, newStatus, attributes, createdAt, updatedAt, version);
    }

    /** Applies new settings; a null {@code newSealedSecret} keeps the current secret. */
    public BrokerUser withSettings(String newSealedSecret, BrokerUserSettings s) {
        return new BrokerUser(id, instanceId, username, newSealedSecret == null ? sealedSecret : newSealedSecret,
                s.admin(), s.enabled(), s.defaultTopicPermission(), s.defaultGroupPermission(), s.ipWhitelist(),
                status, s.attributes(), createdAt, updatedAt, version);
    }
}
