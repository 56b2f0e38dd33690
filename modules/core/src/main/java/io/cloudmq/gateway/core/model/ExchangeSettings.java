package io.cloudmq.gateway.core.model;

/**
 * What defines an AMQP exchange on the broker. A {@code delayed} exchange holds each message for the delay its
 * publisher asked for (header {@code x-delay}, milliseconds) and then routes it as {@code type} says; it needs broker
 * support. {@code alternateExchange} (may be null) receives messages the exchange could not route.
 */
public record ExchangeSettings(String vhost, String name, ExchangeType type, boolean delayed, boolean durable,
                               boolean autoDelete, boolean internal, String alternateExchange) {
}
