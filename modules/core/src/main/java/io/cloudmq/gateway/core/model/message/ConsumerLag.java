package io.cloudmq.gateway.core.model.message;

import java.util.List;

/**
 * A group's backlog as the brokers report it, per queue (retry queues of the group excluded), and its consume rate.
 *
 * @param consumeTps messages per second the group consumed recently, as the brokers measure it
 */
public record ConsumerLag(String group, List<QueueLag> queues, double consumeTps) {

    public ConsumerLag {
        queues = List.copyOf(queues);
    }

    public long totalLag() {
        return queues.stream().mapToLong(QueueLag::lag).sum();
    }

    public long brokerOffset() {
        return queues.stream().mapToLong(QueueLag::brokerOffset).sum();
    }

    public long consumerOffset() {
        return queues.stream().mapToLong(QueueLag::consumerOffset).sum();
    }
}
