package io.cloudmq.gateway.core.port.broker;

import io.cloudmq.gateway.core.model.DeliveryOrder;
import io.cloudmq.gateway.core.model.MessageModel;

/** Desired broker configuration of a consumer group; a null {@code maxRetryTimes} keeps the broker default. */
public record GroupSpec(String name, DeliveryOrder deliveryOrder, MessageModel messageModel, boolean consumeEnabled,
                        Integer maxRetryTimes) {
}
