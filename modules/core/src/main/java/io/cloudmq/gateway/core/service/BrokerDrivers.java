package io.cloudmq.gateway.core.service;

import io.cloudmq.gateway.core.error.GatewayException;
import io.cloudmq.gateway.core.error.ResourceType;
import io.cloudmq.gateway.core.model.Engine;
import io.cloudmq.gateway.core.port.broker.TopicBrokerDriver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** Finds the driver for an engine; an engine without a deployed driver is reported as unavailable, not as a crash. */
@ApplicationScoped
public class BrokerDrivers {

    private final Instance<TopicBrokerDriver> topicDrivers;

    @Inject
    public BrokerDrivers(Instance<TopicBrokerDriver> topicDrivers) {
        this.topicDrivers = topicDrivers;
    }

    public TopicBrokerDriver forEngine(Engine engine) {
        if (engine == Engine.ROCKETMQ && topicDrivers.isResolvable()) {
            return topicDrivers.get();
        }
        throw GatewayException.unavailable(ResourceType.CLUSTER, null,
                "No broker driver for engine " + engine + " is configured in this gateway.", null);
    }

    public boolean supports(Engine engine) {
        return engine == Engine.ROCKETMQ && topicDrivers.isResolvable();
    }
}
