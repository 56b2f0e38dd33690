package io.cloudmq.gateway.huawei.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** ShowConsumerConnections: the group's online clients, each with the group's subscriptions. */
public record GroupClientsResponse(
        @JsonProperty("group_name") String groupName,
        @JsonProperty("online") boolean online,
        @JsonProperty("subscription_consistency") boolean subscriptionConsistency,
        @JsonProperty("total") int total,
        @JsonProperty("next_offset") int nextOffset,
        @JsonProperty("previous_offset") int previousOffset,
        @JsonProperty("clients") List<Client> clients) {

    public record Client(@JsonProperty("language") String language,
                         @JsonProperty("version") String version,
                         @JsonProperty("client_id") String clientId,
                         @JsonProperty("client_addr") String clientAddr,
                         @JsonProperty("subscriptions") List<Subscription> subscriptions) {
    }

    /** {@code type} is TAG or SQL92. */
    public record Subscription(@JsonProperty("topic") String topic,
                               @JsonProperty("type") String type,
                               @JsonProperty("expression") String expression) {
    }
}
