package io.cloudmq.gateway.core.model;

/** Life cycle of an object inside an instance (topic, group, user, ...): desired state first, broker state after. */
public enum ResourceStatus {
    /** Stored; the broker has not confirmed it yet (for example while the broker is unreachable). */
    CREATING,
    /** Exists on the broker as stored. */
    ACTIVE,
    /** Being removed from the broker; the row goes once the broker no longer has it. */
    DELETING
}
