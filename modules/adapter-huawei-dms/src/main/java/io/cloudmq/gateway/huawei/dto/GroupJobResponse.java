package io.cloudmq.gateway.huawei.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** CreateConsumerGroupOrBatchDeleteConsumerGroup ({@code name} on create, {@code job_id} on delete) and BatchUpdateConsumerGroup. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GroupJobResponse(@JsonProperty("name") String name, @JsonProperty("job_id") String jobId) {
}
