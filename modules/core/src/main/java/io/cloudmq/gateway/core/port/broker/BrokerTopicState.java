package io.cloudmq.gateway.core.port.broker;

import io.cloudmq.gateway.core.model.MessageType;
import io.cloudmq.gateway.core.model.TopicPermission;

import java.util.List;

/** A topic as the broker reports it: per broker queue numbers, permission and message type. */
public record BrokerTopicState(String name, List<BrokerQueues> brokers, TopicPermission permission,
                               MessageType messageType) {

    public record BrokerQueues(String brokerName, int readQueueNums, int writeQueueNums) {
    }

    public int totalReadQueueNums() {
        return brokers.stream().mapToInt(BrokerQueues::readQueueNums).sum();
    }

    public int totalWriteQueueNums() {
        return brokers.stream().mapToInt(BrokerQueues::writeQueueNums).sum();
    }
}
