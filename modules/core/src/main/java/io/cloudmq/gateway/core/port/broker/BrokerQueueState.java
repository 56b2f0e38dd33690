package io.cloudmq.gateway.core.port.broker;

/** A queue as the broker counts it: messages ready for delivery, delivered but not yet acknowledged, and consumers. */
public record BrokerQueueState(String name, long messagesReady, long messagesUnacknowledged, long consumers) {

    public long messages() {
        return messagesReady + messagesUnacknowledged;
    }
}
