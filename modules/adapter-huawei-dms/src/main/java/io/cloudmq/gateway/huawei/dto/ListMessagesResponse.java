package io.cloudmq.gateway.huawei.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** ListMessages. */
public record ListMessagesResponse(@JsonProperty("messages") List<MessageDto> messages,
                                   @JsonProperty("total") long total) {
}
