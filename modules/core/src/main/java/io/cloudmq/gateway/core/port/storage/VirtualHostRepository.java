package io.cloudmq.gateway.core.port.storage;

import io.cloudmq.gateway.core.model.ResourceStatus;
import io.cloudmq.gateway.core.model.VirtualHost;

import java.util.List;
import java.util.Optional;

public interface VirtualHostRepository {
    Optional<VirtualHost> find(String instanceId, String name);

    /** Virtual hosts of an instance ordered by name. */
    List<VirtualHost> listAll(String instanceId);

    VirtualHost insert(VirtualHost vhost);

    void setStatus(String instanceId, String name, ResourceStatus status);

    /** Deletes the row and, by cascade, the rows of its exchanges, queues and bindings. Idempotent. */
    void delete(String instanceId, String name);
}
