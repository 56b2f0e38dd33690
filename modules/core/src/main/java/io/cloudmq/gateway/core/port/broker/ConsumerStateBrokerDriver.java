package io.cloudmq.gateway.core.port.broker;

import io.cloudmq.gateway.core.model.BrokerPlacement;
import io.cloudmq.gateway.core.model.message.ConsumerConnections;
import io.cloudmq.gateway.core.model.message.ConsumerLag;
import io.cloudmq.gateway.core.model.message.OffsetReset;
import io.cloudmq.gateway.core.model.message.QueueOffset;
import io.cloudmq.gateway.core.model.message.TopicStatus;

import java.util.List;

/**
 * Offsets and clients as the brokers see them: topic queue offsets, consumer group lag and connections, and moving a
 * group's offsets. Names are the tenant's logical names. Failures to reach the broker are UNAVAILABLE.
 */
public interface ConsumerStateBrokerDriver {

    TopicStatus topicStatus(BrokerPlacement placement, String topic);

    /** The group's lag on every topic it has offsets for, or only on {@code topic} when it is not null. */
    ConsumerLag lag(BrokerPlacement placement, String group, String topic);

    ConsumerConnections connections(BrokerPlacement placement, String group);

    /** The thread dump of one online client of the group (its {@code jstack}); NOT_FOUND when it is not online. */
    String clientStack(BrokerPlacement placement, String group, String clientId);

    /**
     * Moves the group's offsets on every queue of the topic. With clients online the brokers' offsets move at once and
     * the clients are told to follow; with none online the offsets are written queue by queue.
     */
    List<QueueOffset> resetOffsets(BrokerPlacement placement, String group, String topic, OffsetReset target);
}
