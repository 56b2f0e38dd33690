package io.cloudmq.gateway.huawei.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * ShowConsumerListOrDetails: without {@code topic} the topics the group subscribes to and their {@code total};
 * with {@code topic} the group's backlog on it, per broker and queue.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GroupTopicsResponse(
        @JsonProperty("topics") List<String> topics,
        @JsonProperty("total") Integer total,
        @JsonProperty("lag") Long lag,
        @JsonProperty("max_offset") Long maxOffset,
        @JsonProperty("consumer_offset") Long consumerOffset,
        @JsonProperty("brokers") List<Broker> brokers) {

    public record Broker(@JsonProperty("broker_name") String brokerName, @JsonProperty("queues") List<Queue> queues) {
    }

    public record Queue(@JsonProperty("id") int id,
                        @JsonProperty("lag") long lag,
                        @JsonProperty("broker_offset") long brokerOffset,
                        @JsonProperty("consumer_offset") long consumerOffset,
                        @JsonProperty("last_message_time") long lastMessageTime) {
    }
}
