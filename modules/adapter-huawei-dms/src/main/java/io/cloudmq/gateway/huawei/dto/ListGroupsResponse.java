package io.cloudmq.gateway.huawei.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** ListInstanceConsumerGroups; {@code next_offset}/{@code previous_offset} are -1 when there is no such page. */
public record ListGroupsResponse(
        @JsonProperty("total") int total,
        @JsonProperty("max") int max,
        @JsonProperty("remaining") int remaining,
        @JsonProperty("next_offset") int nextOffset,
        @JsonProperty("previous_offset") int previousOffset,
        @JsonProperty("groups") List<GroupView> groups) {
}
