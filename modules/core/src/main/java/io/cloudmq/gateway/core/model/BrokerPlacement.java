package io.cloudmq.gateway.core.model;

/**
 * Where an instance lives: a configured broker cluster and the namespace that isolates its objects there, so that two
 * instances may each own a topic with the same name.
 */
public record BrokerPlacement(String clusterId, String namespace) {
}
