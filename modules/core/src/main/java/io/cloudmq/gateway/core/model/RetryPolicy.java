package io.cloudmq.gateway.core.model;

/** How redeliveries of a failed message are spaced: the broker's growing backoff, or a fixed interval. */
public enum RetryPolicy {
    DEFAULT,
    FIXED
}
