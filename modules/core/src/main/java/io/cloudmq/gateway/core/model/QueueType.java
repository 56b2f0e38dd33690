package io.cloudmq.gateway.core.model;

/** Storage and replication of an AMQP queue: a single-leader classic queue, or a replicated (Raft) quorum queue. */
public enum QueueType {
    CLASSIC,
    QUORUM
}
