package io.cloudmq.gateway.huawei.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

public record CreateInstanceResponse(@JsonProperty("instance_id") String instanceId) {
}
