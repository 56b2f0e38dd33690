package io.cloudmq.gateway.core.model.message;

import java.time.Instant;

/**
 * How far a group is behind on one queue.
 *
 * @param brokerOffset     the queue's max offset (next message to be stored)
 * @param consumerOffset   the group's committed offset (next message to consume)
 * @param lastConsumedAt   store time of the last consumed message, or null when nothing was consumed
 */
public record QueueLag(String topic, String brokerName, int queueId, long brokerOffset, long consumerOffset,
                       Instant lastConsumedAt) {

    public long lag() {
        return Math.max(0, brokerOffset - consumerOffset);
    }
}
