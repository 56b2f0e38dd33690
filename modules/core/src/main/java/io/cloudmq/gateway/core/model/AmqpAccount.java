package io.cloudmq.gateway.core.model;

import java.time.Instant;

/**
 * A username/password pair AMQP clients log in with. An account is instance-wide: it may configure, write and read
 * everything in every virtual host of its instance, including virtual hosts created after it. The password is kept
 * sealed ({@code SecretSealer}) because the broker must be given it again whenever the account is re-applied.
 */
public record AmqpAccount(
        Long id,
        String instanceId,
        String username,
        String sealedPassword,
        ResourceStatus status,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public AmqpAccount withStatus(ResourceStatus newStatus) {
        return new AmqpAccount(id, instanceId, username, sealedPassword, newStatus, createdAt, updatedAt, version);
    }

    @Override
    public String toString() {
        return "AmqpAccount[instanceId=" + instanceId + ", username=" + username + ", status=" + status + "]";
    }
}
