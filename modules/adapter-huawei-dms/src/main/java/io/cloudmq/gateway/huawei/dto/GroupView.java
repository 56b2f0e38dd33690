package io.cloudmq.gateway.huawei.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * ShowGroup's body and the item of ListInstanceConsumerGroups. {@code createdAt} (camelCase, epoch ms) and
 * {@code consume_orderly} are only in list items, as in the SDK's models.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GroupView(
        @JsonProperty("enabled") boolean enabled,
        @JsonProperty("broadcast") boolean broadcast,
        @JsonProperty("brokers") List<String> brokers,
        @JsonProperty("name") String name,
        @JsonProperty("group_desc") String groupDesc,
        @JsonProperty("retry_max_time") int retryMaxTime,
        @JsonProperty("permissions") List<String> permissions,
        @JsonProperty("createdAt") Long createdAt,
        @JsonProperty("consume_orderly") Boolean consumeOrderly) {
}
