package io.cloudmq.gateway.huawei.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** ResetConsumeOffset: {@code timestamp} is epoch ms as a string (the SDK) or a number (other clients). */
public record ResetOffsetRequest(@JsonProperty("topic") String topic, @JsonProperty("timestamp") String timestamp) {
}
