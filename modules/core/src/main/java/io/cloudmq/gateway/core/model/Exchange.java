package io.cloudmq.gateway.core.model;

import java.time.Instant;

/** An AMQP exchange of an instance's virtual host. */
public record Exchange(
        Long id,
        String instanceId,
        ExchangeSettings settings,
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

    public Exchange withStatus(ResourceStatus newStatus) {
        return new Exchange(id, instanceId, settings, newStatus, createdAt, updatedAt, version);
    }
}
