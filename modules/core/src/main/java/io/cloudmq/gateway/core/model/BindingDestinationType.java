package io.cloudmq.gateway.core.model;

/** What an AMQP binding delivers to: a queue, or another exchange (exchange-to-exchange binding). */
public enum BindingDestinationType {
    QUEUE,
    EXCHANGE
}
