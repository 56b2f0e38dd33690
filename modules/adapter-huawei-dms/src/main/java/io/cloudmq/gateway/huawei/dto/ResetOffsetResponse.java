package io.cloudmq.gateway.huawei.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** ResetConsumeOffset: the group's offset on every queue of the topic after the reset. */
public record ResetOffsetResponse(@JsonProperty("queues") List<Queue> queues) {

    public record Queue(@JsonProperty("broker_name") String brokerName,
                        @JsonProperty("queue_id") int queueId,
                        @JsonProperty("timestamp_offset") long timestampOffset) {
    }
}
