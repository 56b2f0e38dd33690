package io.cloudmq.gateway.core.port.broker;

/** A consumer client connected to a group, as the broker reports it. */
public record ConsumerConnection(String clientId, String address, String language, String version) {
}
