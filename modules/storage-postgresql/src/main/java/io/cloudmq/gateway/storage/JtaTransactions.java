package io.cloudmq.gateway.storage;

import io.cloudmq.gateway.core.error.ErrorKind;
import io.cloudmq.gateway.core.error.GatewayException;
import io.cloudmq.gateway.core.error.ResourceType;
import io.cloudmq.gateway.core.port.storage.Transactions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.function.Supplier;

@ApplicationScoped
public class JtaTransactions implements Transactions {

    @Override
    public <T> T inNewTransaction(Supplier<T> work) {
        try {
            // QuarkusTransaction rolls back on any exception and rethrows runtime exceptions as they are, so a
            // GatewayException raised by the work reaches the caller unchanged.
            return QuarkusTransaction.requiringNew().call(work::get);
        } catch (GatewayException e) {
            throw e;
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    /**
     * Failures that escape the repositories (those happen mostly at commit) in neutral terms: a database outage must
     * surface as UNAVAILABLE so that clients retry, not as an internal error.
     */
    private static RuntimeException translate(RuntimeException e) {
        if (PersistenceErrors.isConnectionFailure(e)) {
            return GatewayException.unavailable(ResourceType.REQUEST, null,
                    "The service is temporarily unavailable; retry later.", e);
        }
        if (PersistenceErrors.isStale(e)) {
            return new GatewayException(ErrorKind.CONFLICT, ResourceType.REQUEST, null,
                    null, "The resource was changed by another request; read it again and retry.", e);
        }
        return e;
    }
}
