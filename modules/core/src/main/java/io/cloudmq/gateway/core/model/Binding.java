package io.cloudmq.gateway.core.model;

import java.time.Instant;

/** An AMQP binding of an instance's virtual host, identified by {@link BindingSettings#identity()}. */
public record Binding(
        Long id,
        String instanceId,
        BindingSettings settings,
        String identity,
        ResourceStatus status,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public String vhost() {
        return settings.vhost();
    }

    public Binding withStatus(ResourceStatus newStatus) {
        return new Binding(id, instanceId, settings, identity, newStatus, createdAt, updatedAt, version);
    }
}
