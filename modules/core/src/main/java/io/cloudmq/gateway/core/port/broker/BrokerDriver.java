package io.cloudmq.gateway.core.port.broker;

import io.cloudmq.gateway.core.model.BrokerPlacement;
import io.cloudmq.gateway.core.model.Engine;

import java.util.List;

/**
 * What every broker driver offers: the clusters it can place instances on, and preparing and releasing an instance's
 * isolated space there. Engine-specific capabilities are separate ports ({@link TopicBrokerDriver}, ...), so that a
 * driver grows by adding a port, not by widening one. Every mutation is idempotent, because the provisioning worker may
 * repeat it after a crash or an outage; failures to reach the broker are {@code GatewayException}s of kind UNAVAILABLE.
 */
public interface BrokerDriver {

    Engine engine();

    /**
     * Configured clusters that can take new instances, in order of preference. Empty when the driver is deployed but no
     * cluster is configured for it: its engine is then unavailable.
     */
    List<String> clusterIds();

    /** Whether the cluster answers right now (used for readiness and to avoid futile attempts). */
    boolean isReachable(String clusterId);

    /** Prepares the instance's isolated space (namespace, virtual hosts, ...) on its cluster. */
    void prepareInstance(BrokerPlacement placement);

    /** Removes every broker object in the instance's space, including ones the gateway does not know about. */
    void releaseInstance(BrokerPlacement placement);
}
