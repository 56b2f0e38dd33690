package io.cloudmq.gateway.core.model.message;

import java.util.List;

/**
 * The clients of a consumer group that are connected right now and what they subscribe to.
 *
 * @param consumeType      PUSH or PULL (as the clients declared it), or null when no client is online
 * @param messageModel     CLUSTERING or BROADCASTING, or null when no client is online
 * @param consumeFromWhere where a new group starts (CONSUME_FROM_LAST_OFFSET, ...), or null when no client is online
 * @param subscriptions    the group's subscriptions (the retry topic of the group excluded)
 */
public record ConsumerConnections(String group, List<Client> clients, List<Subscription> subscriptions,
                                  String consumeType, String messageModel, String consumeFromWhere) {

    public ConsumerConnections {
        clients = List.copyOf(clients);
        subscriptions = List.copyOf(subscriptions);
    }

    public boolean online() {
        return !clients.isEmpty();
    }

    /** One connected client: its id (what consume verification addresses), address, language and client version. */
    public record Client(String clientId, String address, String language, String version) {
    }

    /** A subscribed (logical) topic and the filter expression (a tag expression such as {@code a || b}, or SQL92). */
    public record Subscription(String topic, String expressionType, String expression) {
    }
}
