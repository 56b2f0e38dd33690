package io.cloudmq.gateway.core.port.broker;

/** What the consumers of a group subscribe to: a topic (logical name) and a filter expression. */
public record GroupSubscription(String topic, ExpressionType expressionType, String expression) {

    public enum ExpressionType {
        TAG,
        SQL92
    }
}
