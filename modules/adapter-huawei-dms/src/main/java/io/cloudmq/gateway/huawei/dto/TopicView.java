package io.cloudmq.gateway.huawei.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** ShowOneTopic's body and the item of ListRocketInstanceTopics. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TopicView(
        @JsonProperty("name") String name,
        @JsonProperty("total_read_queue_num") int totalReadQueueNum,
        @JsonProperty("total_write_queue_num") int totalWriteQueueNum,
        @JsonProperty("permission") String permission,
        @JsonProperty("brokers") List<TopicBroker> brokers,
        @JsonProperty("message_type") String messageType) {

    public record TopicBroker(@JsonProperty("broker_name") String brokerName,
                              @JsonProperty("read_queue_num") int readQueueNum,
                              @JsonProperty("write_queue_num") int writeQueueNum) {
    }
}
