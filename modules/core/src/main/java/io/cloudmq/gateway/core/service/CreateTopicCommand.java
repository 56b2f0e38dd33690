package io.cloudmq.gateway.core.service;

import io.cloudmq.gateway.core.model.MessageType;
import io.cloudmq.gateway.core.model.TopicPermission;

import java.util.Map;

/** A topic to create; queue numbers are per broker, as RocketMQ counts them. */
public record CreateTopicCommand(String name, MessageType messageType, int readQueueNums, int writeQueueNums,
                                 TopicPermission permission, String description, Map<String, String> attributes) {
}
