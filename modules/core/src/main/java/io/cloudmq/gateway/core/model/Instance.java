package io.cloudmq.gateway.core.model;

import java.time.Instant;
import java.util.Map;

/**
 * A messaging instance. {@code id} is in the format of the dialect that created it; {@code dialect} records which one.
 * {@code attributes} keep dialect-specific request fields verbatim (string values, JSON text for structured ones) so that
 * each dialect round-trips everything it accepts without the core knowing what they mean.
 * {@code clusterId} and {@code brokerNamespace} say where on which broker cluster the instance lives.
 */
public record Instance(
        String id,
        String tenantId,
        String projectId,
        String region,
        Engine engine,
        String engineVersion,
        String name,
        String description,
        String specification,
        InstanceStatus status,
        String dialect,
        String clientToken,
        String clusterId,
        String brokerNamespace,
        Map<String, String> attributes,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public Instance {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    public Instance withStatus(InstanceStatus newStatus) {
        return new Instance(id, tenantId, projectId, region, engine, engineVersion, name, description, specification,
                newStatus, dialect, clientToken, clusterId, brokerNamespace, attributes, createdAt, updatedAt, version);
    }

    public Instance withDetails(String newName, String newDescription, Map<String, String> newAttributes) {
        return new Instance(id, tenantId, projectId, region, engine, engineVersion, newName, newDescription,
                specification, status, dialect, clientToken, clusterId, brokerNamespace, newAttributes, createdAt,
                updatedAt, version);
    }

    public BrokerPlacement placement() {
        return new BrokerPlacement(clusterId, brokerNamespace);
    }
}
