package io.cloudmq.gateway.core.model;

import java.time.Instant;

/** A project scope inside a tenant, bound to one region (dialects that address resources by project use it). */
public record Project(String id, String tenantId, String region, Instant createdAt) {
}
