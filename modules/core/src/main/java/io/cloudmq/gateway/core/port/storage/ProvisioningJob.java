package io.cloudmq.gateway.core.port.storage;

import java.time.Instant;

/**
 * A unit of broker work recorded in the same transaction as the desired state it carries out, so that it survives a
 * crash and runs exactly once at a time across replicas (claimed under a lease).
 */
public record ProvisioningJob(
        long id,
        JobKind kind,
        String instanceId,
        String resourceName,
        int attempts,
        Instant nextAttemptAt,
        String lastError) {

    public enum JobKind {
        PREPARE_INSTANCE,
        DELETE_INSTANCE,
        APPLY_TOPIC,
        DELETE_TOPIC
    }
}
