package io.cloudmq.gateway.core.model;

/** Whether clients may publish to a topic, subscribe to it, or both. */
public enum TopicPermission {
    PUBLISH,
    SUBSCRIBE,
    PUBLISH_SUBSCRIBE
}
