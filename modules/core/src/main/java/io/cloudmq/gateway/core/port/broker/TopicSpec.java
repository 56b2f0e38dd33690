package io.cloudmq.gateway.core.port.broker;

import io.cloudmq.gateway.core.model.MessageType;
import io.cloudmq.gateway.core.model.TopicPermission;

/** Desired broker configuration of a topic. */
public record TopicSpec(String name, MessageType messageType, int readQueueNums, int writeQueueNums,
                        TopicPermission permission) {
}
