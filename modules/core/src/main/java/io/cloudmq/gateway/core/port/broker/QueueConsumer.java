package io.cloudmq.gateway.core.port.broker;

/** One subscription to a queue: its consumer tag, the connection it came on, and whether it acknowledges manually. */
public record QueueConsumer(String consumerTag, String connectionName, String username, boolean ackRequired,
                            int prefetchCount) {
}
