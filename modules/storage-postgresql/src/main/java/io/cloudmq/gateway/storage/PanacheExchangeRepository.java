package io.cloudmq.gateway.storage;

import io.cloudmq.gateway.core.error.ResourceType;
import io.cloudmq.gateway.core.model.Exchange;
import io.cloudmq.gateway.core.model.ExchangeSettings;
import io.cloudmq.gateway.core.model.ResourceStatus;
import io.cloudmq.gateway.core.port.storage.ExchangeRepository;
import io.cloudmq.gateway.storage.entity.ExchangeEntity;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class PanacheExchangeRepository implements ExchangeRepository {

    private static final String KEY = "instanceId = ?1 and vhost = ?2 and name = ?3";

    private final Clock clock;

    @Inject
    public PanacheExchangeRepository(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Optional<Exchange> find(String instanceId, String vhost, String name) {
        return ExchangeEntity.<ExchangeEntity>find(KEY, instanceId, vhost, name).firstResultOptional()
                .map(PanacheExchangeRepository::toRecord);
    }

    @Override
    public List<Exchange> listAll(String instanceId, String vhost) {
        return ExchangeEntity.<ExchangeEntity>list("instanceId = ?1 and vhost = ?2", Sort.by("name"), instanceId, vhost)
                .stream().map(PanacheExchangeRepository::toRecord).toList();
    }

    @Override
    public Exchange insert(Exchange exchange) {
        ExchangeSettings s = exchange.settings();
        ExchangeEntity entity = new ExchangeEntity();
        entity.instanceId = exchange.instanceId();
        entity.vhost = s.vhost();
        entity.name = s.name();
        entity.type = s.type();
        entity.delayed = s.delayed();
        entity.durable = s.durable();
        entity.autoDelete = s.autoDelete();
        entity.internal = s.internal();
        entity.alternateExchange = s.alternateExchange();
        entity.status = exchange.status();
        entity.createdAt = exchange.createdAt();
        entity.updatedAt = exchange.updatedAt();
        AmqpRows.insert(entity, ResourceType.EXCHANGE, s.name(), exchange.instanceId(), s.vhost());
        return toRecord(entity);
    }

    @Override
    public void setStatus(String instanceId, String vhost, String name, ResourceStatus status) {
        AmqpRows.setStatus("ExchangeEntity", "instanceId = ?3 and vhost = ?4 and name = ?5", status, clock.instant(),
                instanceId, vhost, name);
    }

    @Override
    public void delete(String instanceId, String vhost, String name) {
        ExchangeEntity.delete(KEY, instanceId, vhost, name);
    }

    private static Exchange toRecord(ExchangeEntity e) {
        return new Exchange(e.id, e.instanceId, new ExchangeSettings(e.vhost, e.name, e.type, e.delayed, e.durable,
                e.autoDelete, e.internal, e.alternateExchange), e.status, e.createdAt, e.updatedAt, e.version);
    }
}
