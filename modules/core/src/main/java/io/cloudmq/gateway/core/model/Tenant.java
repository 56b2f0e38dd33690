package io.cloudmq.gateway.core.model;

import java.time.Instant;

/** An account: the unit of isolation. Every access key, project and instance belongs to exactly one tenant. */
public record Tenant(String id, String name, Instant createdAt) {
}
