package io.cloudmq.gateway.core.model.message;

/** A group's offset on one queue after a reset. */
public record QueueOffset(String topic, String brokerName, int queueId, long offset) {
}
