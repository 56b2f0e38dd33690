package io.cloudmq.gateway.core.model;

/** What a topic carries; the broker enforces it through the topic's message-type attribute. */
public enum MessageType {
    NORMAL,
    FIFO,
    DELAY,
    TRANSACTION
}
