package io.cloudmq.gateway.huawei.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

public record TagEntity(@JsonProperty("key") String key, @JsonProperty("value") String value) {
}
