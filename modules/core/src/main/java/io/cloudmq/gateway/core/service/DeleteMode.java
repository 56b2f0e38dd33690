package io.cloudmq.gateway.core.service;

/** What deleting a container that still holds something does: refuse (INVALID_STATE), or delete it with its content. */
public enum DeleteMode {
    IF_EMPTY,
    FORCE
}
