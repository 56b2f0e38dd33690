package io.cloudmq.gateway.huawei.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

public record BatchDeleteInstancesResponse(@JsonProperty("results") List<Result> results) {

    public record Result(@JsonProperty("result") String result, @JsonProperty("instance") String instance) {
    }
}
