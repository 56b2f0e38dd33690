package io.cloudmq.gateway.huawei.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** ListConsumerGroupOfTopic: the groups whose online consumers subscribe to the topic. */
public record TopicGroupsResponse(@JsonProperty("groups") List<String> groups) {
}
