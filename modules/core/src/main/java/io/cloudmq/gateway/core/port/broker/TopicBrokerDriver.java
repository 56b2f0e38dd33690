package io.cloudmq.gateway.core.port.broker;

import io.cloudmq.gateway.core.model.BrokerPlacement;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The port a topic-based broker driver (RocketMQ) implements. Names passed in are the tenant's logical names; the driver
 * maps them into the placement's namespace. Every mutation is idempotent, because the provisioning worker may repeat it
 * after a crash or an outage. Failures to reach the broker are reported as {@code GatewayException} of kind UNAVAILABLE.
 */
public interface TopicBrokerDriver {

    /** Configured clusters that can take new instances, in order of preference. Never empty once started. */
    List<String> clusterIds();

    /** Whether the cluster answers right now (used for readiness and to avoid futile attempts). */
    boolean isReachable(String clusterId);

    /** Prepares the instance's namespace on its cluster. */
    void prepareInstance(BrokerPlacement placement);

    /** Removes every broker object in the instance's namespace, including ones the gateway does not know about. */
    void releaseInstance(BrokerPlacement placement);

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
