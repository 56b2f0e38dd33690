package io.cloudmq.gateway.huawei.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** The DMS Message model (ListMessages, ExportDlqMessage); reconsume_times, queue_id and queue_offset are ints. */
public record MessageDto(
        @JsonProperty("msg_id") String msgId,
        @JsonProperty("instance_id") String instanceId,
        @JsonProperty("topic") String topic,
        @JsonProperty("store_timestamp") long storeTimestamp,
        @JsonProperty("born_timestamp") long bornTimestamp,
        @JsonProperty("reconsume_times") int reconsumeTimes,
        @JsonProperty("body") String body,
        @JsonProperty("body_crc") long bodyCrc,
        @JsonProperty("store_size") long storeSize,
        @JsonProperty("property_list") List<Property> propertyList,
        @JsonProperty("born_host") String bornHost,
        @JsonProperty("store_host") String storeHost,
        @JsonProperty("queue_id") int queueId,
        @JsonProperty("queue_offset") int queueOffset) {

    public record Property(@JsonProperty("name") String name, @JsonProperty("value") String value) {
    }
}
