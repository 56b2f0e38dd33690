package io.cloudmq.gateway.storage;

import io.cloudmq.gateway.core.error.GatewayException;
import io.cloudmq.gateway.core.error.ResourceType;
import io.cloudmq.gateway.core.model.Tenant;
import io.cloudmq.gateway.core.port.storage.TenantRepository;
import io.cloudmq.gateway.storage.entity.TenantEntity;
import io.cloudmq.gateway.storage.mapper.TenantMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class PanacheTenantRepository implements TenantRepository {

    private final TenantMapper mapper;

    @Inject
    public PanacheTenantRepository(TenantMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Optional<Tenant> find(String id) {
        return TenantEntity.<TenantEntity>findByIdOptional(id).map(mapper::toRecord);
    }

    @Override
    public List<Tenant> list() {
        return TenantEntity.<TenantEntity>listAll(Sort.by("id")).stream().map(mapper::toRecord).toList();
    }

    @Override
    public void insert(Tenant tenant) {
        try {
            mapper.toEntity(tenant).persistAndFlush();
        } catch (PersistenceException e) {
            if (PersistenceErrors.isUniqueViolation(e)) {
                throw GatewayException.alreadyExists(ResourceType.TENANT, tenant.id());
            }
            throw e;
        }
    }
}
