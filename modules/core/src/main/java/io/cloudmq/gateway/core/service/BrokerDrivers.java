package io.cloudmq.gateway.core.service;

import io.cloudmq.gateway.core.error.GatewayException;
import io.cloudmq.gateway.core.error.ResourceType;
import io.cloudmq.gateway.core.model.Engine;
import io.cloudmq.gateway.core.port.broker.AccessControlBrokerDriver;
import io.cloudmq.gateway.core.port.broker.AmqpBrokerDriver;
import io.cloudmq.gateway.core.port.broker.BrokerDriver;
import io.cloudmq.gateway.core.port.broker.ConsumerStateBrokerDriver;
import io.cloudmq.gateway.core.port.broker.GroupBrokerDriver;
import io.cloudmq.gateway.core.port.broker.MessageBrokerDriver;
import io.cloudmq.gateway.core.port.broker.TopicBrokerDriver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * Finds the driver of an engine, or the driver of one capability. An engine without a deployed driver, or whose driver
 * has no cluster configured, is reported as unavailable, not as a crash, so a gateway built or configured without one
 * of the brokers still answers.
 */
@ApplicationScoped
public class BrokerDrivers {

    private final Instance<BrokerDriver> drivers;
    private final Instance<TopicBrokerDriver> topicDrivers;
    private final Instance<GroupBrokerDriver> groupDrivers;
    private final Instance<AccessControlBrokerDriver> accessControlDrivers;
    private final Instance<MessageBrokerDriver> messageDrivers;
    private final Instance<ConsumerStateBrokerDriver> consumerStateDrivers;
    private final Instance<AmqpBrokerDriver> amqpDrivers;

    @Inject
    public BrokerDrivers(@Any Instance<BrokerDriver> drivers, Instance<TopicBrokerDriver> topicDrivers,
                         Instance<GroupBrokerDriver> groupDrivers,
                         Instance<AccessControlBrokerDriver> accessControlDrivers,
                         Instance<MessageBrokerDriver> messageDrivers,
                         Instance<ConsumerStateBrokerDriver> consumerStateDrivers,
                         Instance<AmqpBrokerDriver> amqpDrivers) {
        this.drivers = drivers;
        this.topicDrivers = topicDrivers;
        this.groupDrivers = groupDrivers;
        this.accessControlDrivers = accessControlDrivers;
        this.messageDrivers = messageDrivers;
        this.consumerStateDrivers = consumerStateDrivers;
        this.amqpDrivers = amqpDrivers;
    }

    public BrokerDriver forEngine(Engine engine) {
        for (BrokerDriver driver : drivers) {
            if (driver.engine() == engine && !driver.clusterIds().isEmpty()) {
                return driver;
            }
        }
        throw missing(engine);
    }

    public TopicBrokerDriver topics() {
        return capability(topicDrivers, Engine.ROCKETMQ);
    }

    public GroupBrokerDriver groups() {
        return capability(groupDrivers, Engine.ROCKETMQ);
    }

    public AccessControlBrokerDriver accessControl() {
        return capability(accessControlDrivers, Engine.ROCKETMQ);
    }

    public MessageBrokerDriver messages() {
        return capability(messageDrivers, Engine.ROCKETMQ);
    }

    public ConsumerStateBrokerDriver consumerState() {
        return capability(consumerStateDrivers, Engine.ROCKETMQ);
    }

    public AmqpBrokerDriver amqp() {
        AmqpBrokerDriver driver = capability(amqpDrivers, Engine.RABBITMQ);
        if (driver.clusterIds().isEmpty()) {
            throw missing(Engine.RABBITMQ);
        }
        return driver;
    }

    private static <T> T capability(Instance<T> capability, Engine engine) {
        if (capability.isResolvable()) {
            return capability.get();
        }
        throw missing(engine);
    }

    private static GatewayException missing(Engine engine) {
        return GatewayException.unavailable(ResourceType.CLUSTER, null,
                "No broker driver for engine " + engine + " is configured in this gateway.", null);
    }
}
