package io.cloudmq.gateway.huawei.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.util.List;

/**
 * Body of CreateTopicOrBatchDeleteTopic: a topic to create, or with {@code ?action=delete} the {@code topics} to
 * delete. The SDK types the queue numbers as BigDecimal.
 */
public record CreateTopicRequest(
        @JsonProperty("name") String name,
        @JsonProperty("brokers") List<String> brokers,
        @JsonProperty("queue_num") BigDecimal queueNum,
        @JsonProperty("queues") List<BrokerQueue> queues,
        @JsonProperty("permission") String permission,
        @JsonProperty("message_type") String messageType,
        @JsonProperty("topics") List<String> topics) {

    public record BrokerQueue(@JsonProperty("broker") String broker, @JsonProperty("queue_num") BigDecimal queueNum) {
    }
}
