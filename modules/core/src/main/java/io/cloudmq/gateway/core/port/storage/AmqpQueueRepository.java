package io.cloudmq.gateway.core.port.storage;

import io.cloudmq.gateway.core.model.AmqpQueue;
import io.cloudmq.gateway.core.model.ResourceStatus;

import java.util.List;
import java.util.Optional;

public interface AmqpQueueRepository {
    Optional<AmqpQueue> find(String instanceId, String vhost, String name);

    /** Queues of a virtual host ordered by name. */
    List<AmqpQueue> listAll(String instanceId, String vhost);

    AmqpQueue insert(AmqpQueue queue);

    void setStatus(String instanceId, String vhost, String name, ResourceStatus status);

    void delete(String instanceId, String vhost, String name);
}
