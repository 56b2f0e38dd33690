package io.cloudmq.gateway.core.model.message;

/** Where the broker stored a message the gateway sent. */
public record SendReceipt(String messageId, String offsetMessageId, String brokerName, int queueId, long queueOffset) {
}
