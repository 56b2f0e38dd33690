package io.cloudmq.gateway.huawei.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** ListUser. */
public record ListUsersResponse(@JsonProperty("users") List<UserView> users, @JsonProperty("total") int total) {
}
