package io.cloudmq.gateway.core.port.broker;

import io.cloudmq.gateway.core.model.BrokerPlacement;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Topics on a topic-based broker (RocketMQ). Names passed in are the tenant's logical names; the driver maps them into
 * the placement's namespace.
 */
public interface TopicBrokerDriver extends BrokerDriver {

    /** Creates or updates a topic. */
    void applyTopic(BrokerPlacement placement, TopicSpec topic);

    /** Deletes a topic; deleting an absent topic succeeds. */
    void deleteTopic(BrokerPlacement placement, String topicName);

    /** The broker's own view of one topic, or empty when the broker does not have it. */
    Optional<BrokerTopicState> describeTopic(BrokerPlacement placement, String topicName);

    /** Logical names of all topics the broker holds in the placement's namespace. */
    Set<String> listTopics(BrokerPlacement placement);

    /** Names of the brokers of the placement's cluster. */
    List<String> brokerNames(BrokerPlacement placement);

    /** The addresses clients use to reach the instance. */
    InstanceEndpoints endpoints(BrokerPlacement placement);
}
