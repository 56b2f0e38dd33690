package io.cloudmq.gateway.core.model.message;

import java.time.Instant;

/**
 * Which messages of a topic to list: those stored in {@code [from, to]}, optionally only those carrying {@code key}.
 * {@code snapshot} is the token of an earlier page of the same query (see {@link MessagePage#snapshot()}), or null.
 */
public record MessageQuery(Instant from, Instant to, String key, String snapshot) {

    public static MessageQuery byTime(Instant from, Instant to) {
        return new MessageQuery(from, to, null, null);
    }

    public static MessageQuery byKey(String key, Instant from, Instant to) {
        return new MessageQuery(from, to, key, null);
    }

    public MessageQuery withSnapshot(String newSnapshot) {
        return new MessageQuery(from, to, key, newSnapshot);
    }
}
