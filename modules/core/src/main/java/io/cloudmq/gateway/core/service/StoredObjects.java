package io.cloudmq.gateway.core.service;

import io.cloudmq.gateway.core.model.ResourceStatus;
import io.cloudmq.gateway.core.port.storage.Transactions;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/** The apply step every job family shares. */
final class StoredObjects {

    private StoredObjects() {
    }

    /**
     * Reads the stored object; does nothing when it is gone or being deleted (a later delete job removes it from the
     * broker); applies it on the broker outside any transaction; then marks it ACTIVE if it was still CREATING. Applying
     * an ACTIVE object again (an update or a repair) leaves its status alone.
     */
    static <T> void apply(Transactions tx, Supplier<Optional<T>> find, Function<T, ResourceStatus> status,
                          Consumer<T> applyOnBroker, Consumer<T> markActive) {
        Optional<T> stored = tx.inNewTransaction(find).filter(o -> status.apply(o) != ResourceStatus.DELETING);
        if (stored.isEmpty()) {
            return;
        }
        applyOnBroker.accept(stored.get());
        tx.inNewTransaction(() -> find.get()
                .filter(current -> status.apply(current) == ResourceStatus.CREATING)
                .ifPresent(markActive));
    }
}
