package io.cloudmq.gateway.core.model.message;

/** The step of a message's life a trace entry records. */
public enum TraceType {
    /** The producer sent it. */
    PUB,
    /** A consumer received it and is about to run its listener. */
    SUB_BEFORE,
    /** A consumer's listener returned. */
    SUB_AFTER,
    /** A transactional message was committed or rolled back. */
    END_TRANSACTION
}
