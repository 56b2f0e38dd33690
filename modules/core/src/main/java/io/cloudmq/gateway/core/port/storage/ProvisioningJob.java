package io.cloudmq.gateway.core.port.storage;

import java.time.Instant;

/**
 * A unit of broker work recorded in the same transaction as the desired state it carries out, so that it survives a
 * crash and runs exactly once at a time across replicas (claimed under a lease). {@code kind} names the
 * {@code JobHandler} that carries it out; each handler owns its kinds.
 */
public record ProvisioningJob(
        long id,
        String kind,
        String instanceId,
        String resourceName,
        int attempts,
        Instant nextAttemptAt,
        String lastError) {
}
