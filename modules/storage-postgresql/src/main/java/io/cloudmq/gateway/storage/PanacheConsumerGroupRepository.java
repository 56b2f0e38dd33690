package io.cloudmq.gateway.storage;

import io.cloudmq.gateway.core.error.ErrorKind;
import io.cloudmq.gateway.core.error.GatewayException;
import io.cloudmq.gateway.core.error.ResourceType;
import io.cloudmq.gateway.core.model.ConsumerGroup;
import io.cloudmq.gateway.core.model.Page;
import io.cloudmq.gateway.core.model.PageRequest;
import io.cloudmq.gateway.core.port.storage.ConsumerGroupRepository;
import io.cloudmq.gateway.storage.entity.ConsumerGroupEntity;
import io.cloudmq.gateway.storage.mapper.ConsumerGroupMapper;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class PanacheConsumerGroupRepository implements ConsumerGroupRepository {

    private final ConsumerGroupMapper mapper;
    private final Clock clock;

    @Inject
    public PanacheConsumerGroupRepository(ConsumerGroupMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public Optional<ConsumerGroup> find(String instanceId, String name) {
        return findEntity(instanceId, name).map(mapper::toRecord);
    }

    @Override
    public Page<ConsumerGroup> list(String instanceId, String nameFilter, PageRequest page) {
        PanacheQuery<ConsumerGroupEntity> found = nameFilter == null
                ? ConsumerGroupEntity.find("instanceId = ?1", Sort.by("name"), instanceId)
                : ConsumerGroupEntity.find("instanceId = ?1 and lower(name) like ?2" + Likes.ESCAPE_CLAUSE,
                        Sort.by("name"), instanceId, Likes.containsIgnoreCase(nameFilter));
        return Paging.page(found, page, mapper::toRecord);
    }

    @Override
    public List<ConsumerGroup> listAll(String instanceId) {
        return ConsumerGroupEntity.<ConsumerGroupEntity>find("instanceId", Sort.by("name"), instanceId).stream()
                .map(mapper::toRecord).toList();
    }

    @Override
    public ConsumerGroup insert(ConsumerGroup group) {
        ConsumerGroupEntity entity = mapper.toEntity(group);
        try {
            entity.persistAndFlush();
        } catch (PersistenceException e) {
            if (PersistenceErrors.isUniqueViolation(e)) {
                throw GatewayException.alreadyExists(ResourceType.CONSUMER_GROUP, group.name());
            }
            if (PersistenceErrors.isForeignKeyViolation(e)) {
                throw GatewayException.notFound(ResourceType.INSTANCE, group.instanceId());
            }
            throw e;
        }
        return mapper.toRecord(entity);
    }

    @Override
    public void update(ConsumerGroup group) {
        ConsumerGroupEntity entity = findEntity(group.instanceId(), group.name())
                .orElseThrow(() -> GatewayException.notFound(ResourceType.CONSUMER_GROUP, group.name()));
        if (entity.version != group.version()) {
            throw stale(group.name(), null);
        }
        mapper.update(group, entity);
        entity.updatedAt = clock.instant();
        try {
            ConsumerGroupEntity.flush();
        } catch (PersistenceException e) {
            if (PersistenceErrors.isStale(e)) {
                throw stale(group.name(), e);
            }
            throw e;
        }
    }

    /** Idempotent: the provisioning worker may repeat the final delete after a crash. */
    @Override
    public void delete(String instanceId, String name) {
        ConsumerGroupEntity.delete("instanceId = ?1 and name = ?2", instanceId, name);
    }

    private static Optional<ConsumerGroupEntity> findEntity(String instanceId, String name) {
        return ConsumerGroupEntity.find("instanceId = ?1 and name = ?2", instanceId, name).firstResultOptional();
    }

    private static GatewayException stale(String name, Throwable cause) {
        return new GatewayException(ErrorKind.CONFLICT, ResourceType.CONSUMER_GROUP, name, null,
                "The consumer group '" + name + "' was changed by another request; read it again and retry.", cause);
    }
}
