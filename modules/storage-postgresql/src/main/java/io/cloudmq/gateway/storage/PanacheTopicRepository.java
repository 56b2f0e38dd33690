package io.cloudmq.gateway.storage;

import io.cloudmq.gateway.core.error.ErrorKind;
import io.cloudmq.gateway.core.error.GatewayException;
import io.cloudmq.gateway.core.error.ResourceType;
import io.cloudmq.gateway.core.model.Page;
import io.cloudmq.gateway.core.model.PageRequest;
import io.cloudmq.gateway.core.model.Topic;
import io.cloudmq.gateway.core.port.storage.TopicRepository;
import io.cloudmq.gateway.storage.entity.TopicEntity;
import io.cloudmq.gateway.storage.mapper.TopicMapper;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class PanacheTopicRepository implements TopicRepository {

    private final TopicMapper mapper;
    private final Clock clock;

    @Inject
    public PanacheTopicRepository(TopicMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public Optional<Topic> find(String instanceId, String name) {
        return findEntity(instanceId, name).map(mapper::toRecord);
    }

    @Override
    public Page<Topic> list(String instanceId, String nameFilter, PageRequest page) {
        PanacheQuery<TopicEntity> found = nameFilter == null
                ? TopicEntity.find("instanceId = ?1", Sort.by("name"), instanceId)
                : TopicEntity.find("instanceId = ?1 and lower(name) like ?2" + Likes.ESCAPE_CLAUSE, Sort.by("name"),
                        instanceId, Likes.containsIgnoreCase(nameFilter));
        return Paging.page(found, page, mapper::toRecord);
    }

    @Override
    public List<Topic> listAll(String instanceId) {
        return TopicEntity.<TopicEntity>list("instanceId", Sort.by("name"), instanceId).stream()
                .map(mapper::toRecord)
                .toList();
    }

    @Override
    public long count(String instanceId) {
        return TopicEntity.count("instanceId", instanceId);
    }

    @Override
    public Topic insert(Topic topic) {
        TopicEntity entity = mapper.toEntity(topic);
        if (entity.updatedAt == null) {
            entity.updatedAt = entity.createdAt;
        }
        try {
            entity.persistAndFlush();
        } catch (PersistenceException e) {
            if (PersistenceErrors.isUniqueViolation(e)) {
                throw GatewayException.alreadyExists(ResourceType.TOPIC, topic.name());
            }
            if (PersistenceErrors.isForeignKeyViolation(e)) {
                throw GatewayException.notFound(ResourceType.INSTANCE, topic.instanceId());
            }
            throw e;
        }
        return mapper.toRecord(entity);
    }

    @Override
    public void update(Topic topic) {
        TopicEntity entity = findEntity(topic.instanceId(), topic.name())
                .orElseThrow(() -> GatewayException.notFound(ResourceType.TOPIC, topic.name()));
        if (entity.version != topic.version()) {
            throw staleTopic(topic.name(), null);
        }
        mapper.update(topic, entity);
        entity.updatedAt = clock.instant();
        try {
            TopicEntity.flush();
        } catch (PersistenceException e) {
            if (PersistenceErrors.isStale(e)) {
                throw staleTopic(topic.name(), e);
            }
            throw e;
        }
    }

    /** Idempotent: the provisioning worker may repeat the final delete after a crash. */
    @Override
    public void delete(String instanceId, String name) {
        TopicEntity.delete("instanceId = ?1 and name = ?2", instanceId, name);
    }

    private static Optional<TopicEntity> findEntity(String instanceId, String name) {
        return TopicEntity.find("instanceId = ?1 and name = ?2", instanceId, name).firstResultOptional();
    }

    private static GatewayException staleTopic(String name, Throwable cause) {
        return new GatewayException(ErrorKind.CONFLICT, ResourceType.TOPIC, name, null,
                "The topic '" + name + "' was changed by another request; read it again and retry.", cause);
    }
}
