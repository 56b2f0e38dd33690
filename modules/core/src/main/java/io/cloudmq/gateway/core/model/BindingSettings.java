package io.cloudmq.gateway.core.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * An AMQP binding: messages published to {@code source} that match {@code routingKey} (or, for headers exchanges,
 * {@code arguments}) go to {@code destination}. AMQP gives bindings no name, and two bindings that differ only in their
 * arguments are distinct, so {@link #identity()} derives a stable key from everything that defines one.
 */
public record BindingSettings(String vhost, String source, BindingDestinationType destinationType, String destination,
                              String routingKey, Map<String, String> arguments) {

    public BindingSettings {
        routingKey = routingKey == null ? "" : routingKey;
        arguments = arguments == null ? Map.of() : Map.copyOf(arguments);
    }

    /**
     * Hex SHA-256 of the length-prefixed fields and the arguments in key order: equal for equal bindings whatever the
     * argument order, and unambiguous whatever characters the names contain (length prefixes, not separators).
     */
    public String identity() {
        StringBuilder canonical = new StringBuilder();
        appendField(canonical, source);
        appendField(canonical, destinationType.name());
        appendField(canonical, destination);
        appendField(canonical, routingKey);
        new TreeMap<>(arguments).forEach((key, value) -> {
            appendField(canonical, key);
            appendField(canonical, value);
        });
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static void appendField(StringBuilder canonical, String value) {
        canonical.append(value.length()).append(':').append(value);
    }
}
