package io.cloudmq.gateway.core.port.storage;

import io.cloudmq.gateway.core.model.Engine;
import io.cloudmq.gateway.core.model.InstanceStatus;
import io.cloudmq.gateway.core.model.PageRequest;

import java.util.Set;

/**
 * Filters for listing a tenant's instances. Null fields do not filter. {@code name} matches exactly when
 * {@code exactName} is set, otherwise as a case-insensitive substring. {@code excludedStatuses} lets a dialect hide, for
 * example, failed creations unless asked for them.
 */
public record InstanceQuery(
        String tenantId,
        String projectId,
        String region,
        Engine engine,
        String instanceId,
        String name,
        boolean exactName,
        InstanceStatus status,
        Set<InstanceStatus> excludedStatuses,
        PageRequest page) {
}
