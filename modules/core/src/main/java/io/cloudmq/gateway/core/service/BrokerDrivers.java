package io.cloudmq.gateway.core.service;

import io.cloudmq.gateway.core.error.GatewayException;
import io.cloudmq.gateway.core.error.ResourceType;
import io.cloudmq.gateway.core.model.Engine;
import io.cloudmq.gateway.core.port.broker.BrokerDriver;
import io.cloudmq.gateway.core.port.broker.ConsumerStateBrokerDriver;
import io.cloudmq.gateway.core.port.broker.MessageBrokerDriver;
import io.cloudmq.gateway.core.port.broker.TopicBrokerDriver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * Finds the driver of an engine, or the driver of one capability. An engine without a deployed driver is reported as
 * unavailable, not as a crash, so a gateway built without one of the brokers still answers.
 */
@ApplicationScoped
public class BrokerDrivers {

    private final Instance<BrokerDriver> drivers;
    private final Instance<TopicBrokerDriver> topicDrivers;
    private final Instance<MessageBrokerDriver> messageDrivers;
    private final Instance<ConsumerStateBrokerDriver> consumerStateDrivers;

    @Inject
    public BrokerDrivers(@Any Instance<BrokerDriver> drivers, Instance<TopicBrokerDriver> topicDrivers,
                         Instance<MessageBrokerDriver> messageDrivers,
                         Instance<ConsumerStateBrokerDriver> consumerStateDrivers) {
        this.drivers = drivers;
        this.topicDrivers = topicDrivers;
        this.messageDrivers = messageDrivers;
        this.consumerStateDrivers = consumerStateDrivers;
    }

    public BrokerDriver forEngine(Engine engine) {
        for (BrokerDriver driver : drivers) {
            if (driver.engine() == engine) {
                return driver;
            }
        }
        throw missing(engine);
    }

    public TopicBrokerDriver topics() {
        return rocketMq(topicDrivers);
    }

    public MessageBrokerDriver messages() {
        return rocketMq(messageDrivers);
    }

    public ConsumerStateBrokerDriver consumerState() {
        return rocketMq(consumerStateDrivers);
    }

    /** The capabilities below exist on RocketMQ only. */
    private static <T> T rocketMq(Instance<T> capability) {
        if (capability.isResolvable()) {
            return capability.get();
        }
        throw missing(Engine.ROCKETMQ);
    }

    private static GatewayException missing(Engine engine) {
        return GatewayException.unavailable(ResourceType.CLUSTER, null,
                "No broker driver for engine " + engine + " is configured in this gateway.", null);
    }
}
