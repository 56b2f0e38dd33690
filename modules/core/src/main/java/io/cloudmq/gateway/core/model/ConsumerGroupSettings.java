package io.cloudmq.gateway.core.model;

import java.util.Map;

/** Everything about a consumer group that a tenant sets, on creation and on update. */
public record ConsumerGroupSettings(
        String description,
        DeliveryOrder deliveryOrder,
        MessageModel messageModel,
        boolean consumeEnabled,
        Integer maxRetryTimes,
        RetryPolicy retryPolicy,
        String deadLetterTopic,
        Integer maxReceiveTps,
        Map<String, String> attributes) {

    public ConsumerGroupSettings {
        deliveryOrder = deliveryOrder == null ? DeliveryOrder.CONCURRENTLY : deliveryOrder;
        messageModel = messageModel == null ? MessageModel.CLUSTERING : messageModel;
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }
}
