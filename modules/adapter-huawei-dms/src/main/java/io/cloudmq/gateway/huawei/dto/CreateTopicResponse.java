package io.cloudmq.gateway.huawei.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code id} (the topic name) after a create, {@code job_id} after a batch delete. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateTopicResponse(@JsonProperty("id") String id, @JsonProperty("job_id") String jobId) {
}
