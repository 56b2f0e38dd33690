package io.cloudmq.gateway.huawei.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

public record BatchDeleteInstancesRequest(
        @JsonProperty("instances") List<String> instances,
        @JsonProperty("action") String action,
        @JsonProperty("all_failure") String allFailure) {
}
