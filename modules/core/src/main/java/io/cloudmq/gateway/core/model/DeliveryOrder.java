package io.cloudmq.gateway.core.model;

/** How a consumer group receives the messages of one queue: in parallel, or one at a time in order. */
public enum DeliveryOrder {
    CONCURRENTLY,
    ORDERLY
}
