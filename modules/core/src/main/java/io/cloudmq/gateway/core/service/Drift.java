package io.cloudmq.gateway.core.service;

/**
 * One difference between what the gateway stores (desired state) and what a broker holds (actual state).
 *
 * @param family the kind of object ("topic", "group", ...), as named by its {@link Reconciler}
 * @param name   the tenant's logical name of the object
 * @param kind   which side lacks it
 */
public record Drift(String family, String name, Kind kind) {

    public enum Kind {
        /** Stored in the gateway, absent from the broker (deleted behind the gateway's back, or never created). */
        MISSING_ON_BROKER,
        /** On the broker inside the instance's namespace, unknown to the gateway (created behind its back). */
        UNKNOWN_TO_GATEWAY
    }
}
