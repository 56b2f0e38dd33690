package io.cloudmq.gateway.core.model.message;

import java.util.List;

/** Every queue of a topic, ordered by broker and queue id, as the brokers report it. */
public record TopicStatus(String topic, List<QueueStatus> queues) {

    public TopicStatus {
        queues = List.copyOf(queues);
    }

    public long minOffset() {
        return queues.stream().mapToLong(QueueStatus::minOffset).min().orElse(0);
    }

    public long maxOffset() {
        return queues.stream().mapToLong(QueueStatus::maxOffset).max().orElse(0);
    }

    public long messageCount() {
        return queues.stream().mapToLong(QueueStatus::messageCount).sum();
    }
}
