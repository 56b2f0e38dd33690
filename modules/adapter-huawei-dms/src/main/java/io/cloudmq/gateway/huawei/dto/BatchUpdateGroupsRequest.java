package io.cloudmq.gateway.huawei.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** Body of BatchUpdateConsumerGroup. */
public record BatchUpdateGroupsRequest(@JsonProperty("groups") List<GroupRequest> groups) {
}
