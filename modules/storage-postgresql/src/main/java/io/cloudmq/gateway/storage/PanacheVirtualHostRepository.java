package io.cloudmq.gateway.storage;

import io.cloudmq.gateway.core.error.ResourceType;
import io.cloudmq.gateway.core.model.ResourceStatus;
import io.cloudmq.gateway.core.model.VirtualHost;
import io.cloudmq.gateway.core.port.storage.VirtualHostRepository;
import io.cloudmq.gateway.storage.entity.VirtualHostEntity;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class PanacheVirtualHostRepository implements VirtualHostRepository {

    private static final String KEY = "instanceId = ?1 and name = ?2";

    private final Clock clock;

    @Inject
    public PanacheVirtualHostRepository(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Optional<VirtualHost> find(String instanceId, String name) {
        return VirtualHostEntity.<VirtualHostEntity>find(KEY, instanceId, name).firstResultOptional()
                .map(PanacheVirtualHostRepository::toRecord);
    }

    @Override
    public List<VirtualHost> listAll(String instanceId) {
        return VirtualHostEntity.<VirtualHostEntity>list("instanceId", Sort.by("name"), instanceId).stream()
                .map(PanacheVirtualHostRepository::toRecord).toList();
    }

    @Override
    public VirtualHost insert(VirtualHost vhost) {
        VirtualHostEntity entity = new VirtualHostEntity();
        entity.instanceId = vhost.instanceId();
        entity.name = vhost.name();
        entity.description = vhost.description();
        entity.status = vhost.status();
        entity.createdAt = vhost.createdAt();
        entity.updatedAt = vhost.updatedAt();
        AmqpRows.insert(entity, ResourceType.VIRTUAL_HOST, vhost.name(), vhost.instanceId(), null);
        return toRecord(entity);
    }

    @Override
    public void setStatus(String instanceId, String name, ResourceStatus status) {
        AmqpRows.setStatus("VirtualHostEntity", "instanceId = ?3 and name = ?4", status, clock.instant(), instanceId,
                name);
    }

    @Override
    public void delete(String instanceId, String name) {
        VirtualHostEntity.delete(KEY, instanceId, name);
    }

    private static VirtualHost toRecord(VirtualHostEntity e) {
        return new VirtualHost(e.id, e.instanceId, e.name, e.description, e.status, e.createdAt, e.updatedAt,
                e.version);
    }
}
