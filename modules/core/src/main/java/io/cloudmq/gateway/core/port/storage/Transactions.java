package io.cloudmq.gateway.core.port.storage;

import java.util.function.Supplier;

/**
 * Runs work in a storage transaction. Services call this explicitly (rather than relying on annotations) because they
 * interleave short transactions with broker calls that must never hold a database transaction open.
 */
public interface Transactions {

    /** Runs {@code work} in a new transaction that commits when it returns and rolls back when it throws. */
    <T> T inNewTransaction(Supplier<T> work);

    default void inNewTransaction(Runnable work) {
        inNewTransaction(() -> {
            work.run();
            return null;
        });
    }
}
