package io.cloudmq.gateway.core.port.storage;

import io.cloudmq.gateway.core.model.Exchange;
import io.cloudmq.gateway.core.model.ResourceStatus;

import java.util.List;
import java.util.Optional;

public interface ExchangeRepository {
    Optional<Exchange> find(String instanceId, String vhost, String name);

    /** Exchanges of a virtual host ordered by name. */
    List<Exchange> listAll(String instanceId, String vhost);

    Exchange insert(Exchange exchange);

    void setStatus(String instanceId, String vhost, String name, ResourceStatus status);

    void delete(String instanceId, String vhost, String name);
}
