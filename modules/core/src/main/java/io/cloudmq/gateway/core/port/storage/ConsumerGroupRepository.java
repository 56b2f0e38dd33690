package io.cloudmq.gateway.core.port.storage;

import io.cloudmq.gateway.core.model.ConsumerGroup;
import io.cloudmq.gateway.core.model.Page;
import io.cloudmq.gateway.core.model.PageRequest;

import java.util.List;
import java.util.Optional;

public interface ConsumerGroupRepository {
    Optional<ConsumerGroup> find(String instanceId, String name);

    List<ConsumerGroup> listAll(String instanceId);

    /** Groups of an instance ordered by name; {@code nameFilter} (case-insensitive substring) may be null. */
    Page<ConsumerGroup> list(String instanceId, String nameFilter, PageRequest page);

    ConsumerGroup insert(ConsumerGroup group);

    /** Updates by optimistic lock: fails with a CONFLICT error when {@code group.version()} is stale. */
    void update(ConsumerGroup group);

    void delete(String instanceId, String name);
}
