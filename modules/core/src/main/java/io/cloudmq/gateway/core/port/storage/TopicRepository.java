package io.cloudmq.gateway.core.port.storage;

import io.cloudmq.gateway.core.model.Page;
import io.cloudmq.gateway.core.model.PageRequest;
import io.cloudmq.gateway.core.model.Topic;

import java.util.List;
import java.util.Optional;

public interface TopicRepository {
    Optional<Topic> find(String instanceId, String name);

    /** Topics of an instance ordered by name; {@code nameFilter} (case-insensitive substring) may be null. */
    Page<Topic> list(String instanceId, String nameFilter, PageRequest page);

    List<Topic> listAll(String instanceId);

    long count(String instanceId);

    Topic insert(Topic topic);

    /** Updates by optimistic lock: fails with a CONFLICT error when {@code topic.version()} is stale. */
    void update(Topic topic);

    void delete(String instanceId, String name);

}
