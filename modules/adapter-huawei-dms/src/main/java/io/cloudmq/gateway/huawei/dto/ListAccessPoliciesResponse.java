package io.cloudmq.gateway.huawei.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** ListTopicAccessPolicy / ListConsumeGroupAccessPolicy: the users granted on one topic or group. */
public record ListAccessPoliciesResponse(
        @JsonProperty("policies") List<Policy> policies,
        @JsonProperty("total") int total,
        @JsonProperty("name") String name) {

    /** ListAccessPolicyRespPolicies; {@code secret_key} is never returned. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Policy(
            @JsonProperty("access_key") String accessKey,
            @JsonProperty("secret_key") String secretKey,
            @JsonProperty("white_remote_address") String whiteRemoteAddress,
            @JsonProperty("admin") boolean admin,
            @JsonProperty("perm") String perm) {
    }
}
