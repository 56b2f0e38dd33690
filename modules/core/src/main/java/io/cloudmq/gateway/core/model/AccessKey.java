package io.cloudmq.gateway.core.model;

import java.time.Instant;

/**
 * An access key pair. The secret is held only in sealed (encrypted) form; {@link #toString()} never shows it.
 */
public record AccessKey(String id, String tenantId, String sealedSecret, boolean enabled, String description,
                        Instant createdAt) {
    @Override
    public String toString() {
        return "AccessKey[id=" + id + ", tenantId=" + tenantId + ", enabled=" + enabled + "]";
    }
}
