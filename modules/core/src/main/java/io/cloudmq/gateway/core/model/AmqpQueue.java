package io.cloudmq.gateway.core.model;

import java.time.Instant;

/** An AMQP queue of an instance's virtual host. */
public record AmqpQueue(
        Long id,
        String instanceId,
        QueueSettings settings,
        ResourceStatus status,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public String vhost() {
        return settings.vhost();
    }

    public String name() {
        return settings.name();
    }

    public AmqpQueue withStatus(ResourceStatus newStatus) {
        return new AmqpQueue(id, instanceId, settings, newStatus, createdAt, updatedAt, version);
    }
}
