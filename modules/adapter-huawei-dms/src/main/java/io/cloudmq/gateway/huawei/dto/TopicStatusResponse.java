package io.cloudmq.gateway.huawei.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** ShowTopicStatus: every queue of the topic per broker, as the brokers report them. */
public record TopicStatusResponse(
        @JsonProperty("max_offset") long maxOffset,
        @JsonProperty("min_offset") long minOffset,
        @JsonProperty("brokers") List<Broker> brokers) {

    public record Broker(@JsonProperty("broker_name") String brokerName, @JsonProperty("queues") List<Queue> queues) {
    }

    /** {@code last_message_time} is epoch milliseconds, 0 for a queue that never held a message. */
    public record Queue(@JsonProperty("id") int id, @JsonProperty("min_offset") long minOffset,
                        @JsonProperty("max_offset") long maxOffset,
                        @JsonProperty("last_message_time") long lastMessageTime) {
    }
}
