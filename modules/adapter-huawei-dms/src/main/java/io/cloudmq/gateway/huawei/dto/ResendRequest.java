package io.cloudmq.gateway.huawei.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** ValidateConsumedMessage: hand each message of {@code topic} to one online client of {@code group}. */
public record ResendRequest(
        @JsonProperty("group") String group,
        @JsonProperty("topic") String topic,
        @JsonProperty("client_id") String clientId,
        @JsonProperty("msg_id_list") List<String> msgIdList) {
}
