package io.cloudmq.gateway.core.model.message;

import java.time.Instant;

/**
 * One queue of a topic on one broker: the offsets of its oldest retained and next message, and when its newest message
 * was stored ({@code lastMessageAt} is null when the queue is empty).
 */
public record QueueStatus(String brokerName, int queueId, long minOffset, long maxOffset, Instant lastMessageAt) {

    public long messageCount() {
        return maxOffset - minOffset;
    }
}
