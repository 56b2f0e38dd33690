package io.cloudmq.gateway.core.model;

import java.time.Instant;
import java.util.Map;

/**
 * A consumer group of an instance, as the tenant named it (the broker-side name adds the instance's namespace).
 * {@code maxRetryTimes}, {@code retryPolicy}, {@code deadLetterTopic} and {@code maxReceiveTps} are null when the
 * broker default applies.
 */
public record ConsumerGroup(
        Long id,
        String instanceId,
        String name,
        String description,
        DeliveryOrder deliveryOrder,
        MessageModel messageModel,
        boolean consumeEnabled,
        Integer maxRetryTimes,
        RetryPolicy retryPolicy,
        String deadLetterTopic,
        Integer maxReceiveTps,
        ResourceStatus status,
        Map<String, String> attributes,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public ConsumerGroup {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    public ConsumerGroup withStatus(ResourceStatus newStatus) {
        return new ConsumerGroup(id, instanceId, name, description, deliveryOrder, messageModel, consumeEnabled,
                maxRetryTimes, retryPolicy, deadLetterTopic, maxReceiveTps, newStatus, attributes, createdAt,
                updatedAt, version);
    }

    public ConsumerGroup withSettings(ConsumerGroupSettings s) {
        return new ConsumerGroup(id, instanceId, name, s.description(), s.deliveryOrder(), s.messageModel(),
                s.consumeEnabled(), s.maxRetryTimes(), s.retryPolicy(), s.deadLetterTopic(), s.maxReceiveTps(),
                status, s.attributes(), createdAt, updatedAt, version);
    }
}
