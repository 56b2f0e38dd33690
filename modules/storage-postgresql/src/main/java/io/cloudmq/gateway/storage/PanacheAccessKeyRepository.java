package io.cloudmq.gateway.storage;

import io.cloudmq.gateway.core.error.GatewayException;
import io.cloudmq.gateway.core.error.ResourceType;
import io.cloudmq.gateway.core.model.AccessKey;
import io.cloudmq.gateway.core.port.storage.AccessKeyRepository;
import io.cloudmq.gateway.storage.entity.AccessKeyEntity;
import io.cloudmq.gateway.storage.mapper.TenantMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class PanacheAccessKeyRepository implements AccessKeyRepository {

    private final TenantMapper mapper;

    @Inject
    public PanacheAccessKeyRepository(TenantMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Optional<AccessKey> find(String accessKeyId) {
        return AccessKeyEntity.<AccessKeyEntity>findByIdOptional(accessKeyId).map(mapper::toRecord);
    }

    @Override
    public List<AccessKey> listByTenant(String tenantId) {
        return AccessKeyEntity.<AccessKeyEntity>list("tenantId", Sort.by("createdAt").and("id"), tenantId).stream()
                .map(mapper::toRecord)
                .toList();
    }

    @Override
    public void insert(AccessKey key) {
        try {
            mapper.toEntity(key).persistAndFlush();
        } catch (PersistenceException e) {
            if (PersistenceErrors.isUniqueViolation(e)) {
                throw GatewayException.alreadyExists(ResourceType.ACCESS_KEY, key.id());
            }
            if (PersistenceErrors.isForeignKeyViolation(e)) {
                throw GatewayException.notFound(ResourceType.TENANT, key.tenantId());
            }
            throw e;
        }
    }
}
