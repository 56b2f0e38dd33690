package io.cloudmq.gateway.huawei.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * The DMS User model: the request body of CreateUser / UpdateUser, and (without {@code secret_key}, which the gateway
 * stores sealed and never returns) the response of CreateUser, UpdateUser and ShowUser and the items of ListUser.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UserView(
        @JsonProperty("access_key") String accessKey,
        @JsonProperty("secret_key") String secretKey,
        @JsonProperty("white_remote_address") String whiteRemoteAddress,
        @JsonProperty("admin") Boolean admin,
        @JsonProperty("default_topic_perm") String defaultTopicPerm,
        @JsonProperty("default_group_perm") String defaultGroupPerm,
        @JsonProperty("topic_perms") List<ResourcePerm> topicPerms,
        @JsonProperty("group_perms") List<ResourcePerm> groupPerms) {

    public record ResourcePerm(@JsonProperty("name") String name, @JsonProperty("perm") String perm) {
    }
}
