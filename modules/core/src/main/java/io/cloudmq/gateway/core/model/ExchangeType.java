package io.cloudmq.gateway.core.model;

/** How an AMQP exchange routes messages to what is bound to it. */
public enum ExchangeType {
    DIRECT,
    TOPIC,
    FANOUT,
    HEADERS
}
