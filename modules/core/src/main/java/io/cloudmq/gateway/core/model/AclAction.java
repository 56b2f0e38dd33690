package io.cloudmq.gateway.core.model;

/** Publishing to a topic, or subscribing to a topic / consuming as a group. */
public enum AclAction {
    PUB,
    SUB
}
