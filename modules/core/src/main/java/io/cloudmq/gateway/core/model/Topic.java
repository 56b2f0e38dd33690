package io.cloudmq.gateway.core.model;

import java.time.Instant;
import java.util.Map;

/** A topic of an instance, as the tenant named it (the broker-side name adds the instance's namespace). */
public record Topic(
        Long id,
        String instanceId,
        String name,
        MessageType messageType,
        int readQueueNums,
        int writeQueueNums,
        TopicPermission permission,
        String description,
        ResourceStatus status,
        Map<String, String> attributes,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public Topic {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    public Topic withStatus(ResourceStatus newStatus) {
        return new Topic(id, instanceId, name, messageType, readQueueNums, writeQueueNums, permission, description,
                newStatus, attributes, createdAt, updatedAt, version);
    }

    public Topic withSettings(int newReadQueueNums, int newWriteQueueNums, TopicPermission newPermission,
                              String newDescription) {
        return new Topic(id, instanceId, name, messageType, newReadQueueNums, newWriteQueueNums, newPermission,
                newDescription, status, attributes, createdAt, updatedAt, version);
    }
}
