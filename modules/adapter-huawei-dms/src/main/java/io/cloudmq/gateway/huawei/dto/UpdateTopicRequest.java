package io.cloudmq.gateway.huawei.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;

/** UpdateTopic: the fields sent replace the topic's current ones. */
public record UpdateTopicRequest(
        @JsonProperty("read_queue_num") BigDecimal readQueueNum,
        @JsonProperty("write_queue_num") BigDecimal writeQueueNum,
        @JsonProperty("permission") String permission) {
}
