package io.cloudmq.gateway.huawei.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Body of UpdateInstance; every field is optional and an absent one keeps its value. */
public record UpdateInstanceRequest(
        @JsonProperty("name") String name,
        @JsonProperty("description") String description,
        @JsonProperty("security_group_id") String securityGroupId,
        @JsonProperty("enable_acl") Boolean enableAcl,
        @JsonProperty("enable_publicip") Boolean enablePublicip,
        @JsonProperty("publicip_id") String publicipId) {
}
