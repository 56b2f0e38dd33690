package io.cloudmq.gateway.core.model;

/**
 * What defines an AMQP queue on the broker. Optional limits are null when unset: {@code messageTtlMillis} (how long a
 * message may wait), {@code maxLength} (messages kept; the oldest are dropped or dead-lettered beyond it), and the
 * dead-letter exchange and routing key that expired, rejected or overflowing messages are re-published to.
 */
public record QueueSettings(String vhost, String name, QueueType type, boolean durable, boolean autoDelete,
                            boolean exclusive, Long messageTtlMillis, Long maxLength, String deadLetterExchange,
                            String deadLetterRoutingKey) {
}
