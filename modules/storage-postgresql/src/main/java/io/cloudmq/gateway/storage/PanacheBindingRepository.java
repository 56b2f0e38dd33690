package io.cloudmq.gateway.storage;

import io.cloudmq.gateway.core.error.ResourceType;
import io.cloudmq.gateway.core.model.Binding;
import io.cloudmq.gateway.core.model.BindingSettings;
import io.cloudmq.gateway.core.model.ResourceStatus;
import io.cloudmq.gateway.core.port.storage.BindingRepository;
import io.cloudmq.gateway.storage.entity.BindingEntity;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class PanacheBindingRepository implements BindingRepository {

    private static final String KEY = "instanceId = ?1 and vhost = ?2 and identity = ?3";

    private final Clock clock;

    @Inject
    public PanacheBindingRepository(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Optional<Binding> find(String instanceId, String vhost, String identity) {
        return BindingEntity.<BindingEntity>find(KEY, instanceId, vhost, identity).firstResultOptional()
                .map(PanacheBindingRepository::toRecord);
    }

    @Override
    public List<Binding> listAll(String instanceId, String vhost) {
        return BindingEntity.<BindingEntity>list("instanceId = ?1 and vhost = ?2",
                        Sort.by("source").and("destination").and("identity"), instanceId, vhost)
                .stream().map(PanacheBindingRepository::toRecord).toList();
    }

    @Override
    public Binding insert(Binding binding) {
        BindingSettings s = binding.settings();
        BindingEntity entity = new BindingEntity();
        entity.instanceId = binding.instanceId();
        entity.vhost = s.vhost();
        entity.source = s.source();
        entity.destinationType = s.destinationType();
        entity.destination = s.destination();
        entity.routingKey = s.routingKey();
        entity.arguments = s.arguments();
        entity.identity = binding.identity();
        entity.status = binding.status();
        entity.createdAt = binding.createdAt();
        entity.updatedAt = binding.updatedAt();
        AmqpRows.insert(entity, ResourceType.BINDING, binding.identity(), binding.instanceId(), s.vhost());
        return toRecord(entity);
    }

    @Override
    public void setStatus(String instanceId, String vhost, String identity, ResourceStatus status) {
        AmqpRows.setStatus("BindingEntity", "instanceId = ?3 and vhost = ?4 and identity = ?5", status,
                clock.instant(), instanceId, vhost, identity);
    }

    @Override
    public void delete(String instanceId, String vhost, String identity) {
        BindingEntity.delete(KEY, instanceId, vhost, identity);
    }

    private static Binding toRecord(BindingEntity e) {
        return new Binding(e.id, e.instanceId, new BindingSettings(e.vhost, e.source, e.destinationType,
                e.destination, e.routingKey, e.arguments), e.identity, e.status, e.createdAt, e.updatedAt, e.version);
    }
}
