package io.cloudmq.gateway.storage;

import io.cloudmq.gateway.core.error.ResourceType;
import io.cloudmq.gateway.core.model.AmqpQueue;
import io.cloudmq.gateway.core.model.QueueSettings;
import io.cloudmq.gateway.core.model.ResourceStatus;
import io.cloudmq.gateway.core.port.storage.AmqpQueueRepository;
import io.cloudmq.gateway.storage.entity.AmqpQueueEntity;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class PanacheAmqpQueueRepository implements AmqpQueueRepository {

    private static final String KEY = "instanceId = ?1 and vhost = ?2 and name = ?3";

    private final Clock clock;

    @Inject
    public PanacheAmqpQueueRepository(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Optional<AmqpQueue> find(String instanceId, String vhost, String name) {
        return AmqpQueueEntity.<AmqpQueueEntity>find(KEY, instanceId, vhost, name).firstResultOptional()
                .map(PanacheAmqpQueueRepository::toRecord);
    }

    @Override
    public List<AmqpQueue> listAll(String instanceId, String vhost) {
        return AmqpQueueEntity.<AmqpQueueEntity>list("instanceId = ?1 and vhost = ?2", Sort.by("name"), instanceId,
                vhost).stream().map(PanacheAmqpQueueRepository::toRecord).toList();
    }

    @Override
    public AmqpQueue insert(AmqpQueue queue) {
        QueueSettings s = queue.settings();
        AmqpQueueEntity entity = new AmqpQueueEntity();
        entity.instanceId = queue.instanceId();
        entity.vhost = s.vhost();
        entity.name = s.name();
        entity.type = s.type();
        entity.durable = s.durable();
        entity.autoDelete = s.autoDelete();
        entity.exclusive = s.exclusive();
        entity.messageTtlMillis = s.messageTtlMillis();
        entity.maxLength = s.maxLength();
        entity.deadLetterExchange = s.deadLetterExchange();
        entity.deadLetterRoutingKey = s.deadLetterRoutingKey();
        entity.status = queue.status();
        entity.createdAt = queue.createdAt();
        entity.updatedAt = queue.updatedAt();
        AmqpRows.insert(entity, ResourceType.QUEUE, s.name(), queue.instanceId(), s.vhost());
        return toRecord(entity);
    }

    @Override
    public void setStatus(String instanceId, String vhost, String name, ResourceStatus status) {
        AmqpRows.setStatus("AmqpQueueEntity", "instanceId = ?3 and vhost = ?4 and name = ?5", status, clock.instant(),
                instanceId, vhost, name);
    }

    @Override
    public void delete(String instanceId, String vhost, String name) {
        AmqpQueueEntity.delete(KEY, instanceId, vhost, name);
    }

    private static AmqpQueue toRecord(AmqpQueueEntity e) {
        return new AmqpQueue(e.id, e.instanceId, new QueueSettings(e.vhost, e.name, e.type, e.durable, e.autoDelete,
                e.exclusive, e.messageTtlMillis, e.maxLength, e.deadLetterExchange, e.deadLetterRoutingKey), e.status,
                e.createdAt, e.updatedAt, e.version);
    }
}
