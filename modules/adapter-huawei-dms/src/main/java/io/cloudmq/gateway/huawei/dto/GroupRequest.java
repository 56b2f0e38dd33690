package io.cloudmq.gateway.huawei.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * Body of CreateConsumerGroupOrBatchDeleteConsumerGroup (a group to create, or with {@code ?action=delete} the
 * {@code groups} to delete), of UpdateConsumerGroup, and an item of BatchUpdateConsumerGroup. Absent fields keep
 * their current (or default) value. The older {@code from_beginning} is accepted and ignored.
 */
public record GroupRequest(
        @JsonProperty("name") String name,
        @JsonProperty("brokers") List<String> brokers,
        @JsonProperty("broadcast") Boolean broadcast,
        @JsonProperty("retry_max_time") Integer retryMaxTime,
        @JsonProperty("enabled") Boolean enabled,
        @JsonProperty("consume_orderly") Boolean consumeOrderly,
        @JsonProperty("group_desc") String groupDesc,
        @JsonProperty("from_beginning") Boolean fromBeginning,
        @JsonProperty("groups") List<String> groups) {
}
