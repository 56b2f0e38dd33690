package io.cloudmq.gateway.core.model;

import java.time.Instant;

/** An AMQP virtual host of an instance, as the tenant named it (the broker-side name adds the instance's namespace). */
public record VirtualHost(
        Long id,
        String instanceId,
        String name,
        String description,
        ResourceStatus status,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public VirtualHost withStatus(ResourceStatus newStatus) {
        return new VirtualHost(id, instanceId, name, description, newStatus, createdAt, updatedAt, version);
    }
}
