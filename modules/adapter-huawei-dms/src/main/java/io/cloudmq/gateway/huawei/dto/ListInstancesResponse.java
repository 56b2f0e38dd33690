package io.cloudmq.gateway.huawei.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

public record ListInstancesResponse(@JsonProperty("instances") List<InstanceView> instances,
                                    @JsonProperty("instance_num") int instanceNum) {
}
