package io.cloudmq.gateway.storage;

import io.cloudmq.gateway.core.error.ErrorKind;
import io.cloudmq.gateway.core.error.GatewayException;
import io.cloudmq.gateway.core.error.ResourceType;
import io.cloudmq.gateway.core.model.Instance;
import io.cloudmq.gateway.core.model.InstanceStatus;
import io.cloudmq.gateway.core.model.Page;
import io.cloudmq.gateway.core.port.storage.InstanceQuery;
import io.cloudmq.gateway.core.port.storage.InstanceRepository;
import io.cloudmq.gateway.storage.entity.InstanceEntity;
import io.cloudmq.gateway.storage.mapper.InstanceMapper;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class PanacheInstanceRepository implements InstanceRepository {

    /** Names the partial unique index on (tenant_id, client_token) in V1__neutral_model.sql. */
    static final String CLIENT_TOKEN_INDEX = "instance_client_token";

    private final InstanceMapper mapper;
    private final Clock clock;

    @Inject
    public PanacheInstanceRepository(InstanceMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public Optional<Instance> findAnyTenant(String instanceId) {
        return InstanceEntity.<InstanceEntity>findByIdOptional(instanceId).map(mapper::toRecord);
    }

    @Override
    public Optional<Instance> find(String tenantId, String instanceId) {
        return InstanceEntity.<InstanceEntity>findByIdOptional(instanceId)
                .filter(e -> e.tenantId.equals(tenantId))
                .map(mapper::toRecord);
    }

    @Override
    public Optional<Instance> findByClientToken(String tenantId, String clientToken) {
        return InstanceEntity.<InstanceEntity>find("tenantId = ?1 and clientToken = ?2", tenantId, clientToken)
                .firstResultOptional()
                .map(mapper::toRecord);
    }

    /** An instance being deleted no longer holds its name, so a replacement can be created right away. */
    @Override
    public boolean nameTaken(String tenantId, String projectId, String name) {
        if (projectId == null) {
            return InstanceEntity.count("tenantId = ?1 and name = ?2 and status <> ?3",
                    tenantId, name, InstanceStatus.DELETING) > 0;
        }
        return InstanceEntity.count("tenantId = ?1 and projectId = ?2 and name = ?3 and status <> ?4",
                tenantId, projectId, name, InstanceStatus.DELETING) > 0;
    }

    @Override
    public Page<Instance> search(InstanceQuery query) {
        List<String> conditions = new ArrayList<>();
        Parameters params = new Parameters();
        if (query.tenantId() != null) {
            conditions.add("tenantId = :tenantId");
            params.and("tenantId", query.tenantId());
        }
        if (query.projectId() != null) {
            conditions.add("projectId = :projectId");
            params.and("projectId", query.projectId());
        }
        if (query.region() != null) {
            conditions.add("region = :region");
            params.and("region", query.region());
        }
        if (query.engine() != null) {
            conditions.add("engine = :engine");
            params.and("engine", query.engine());
        }
        if (query.instanceId() != null) {
            conditions.add("id = :id");
            params.and("id", query.instanceId());
        }
        if (query.name() != null) {
            if (query.exactName()) {
                conditions.add("name = :name");
                params.and("name", query.name());
            } else {
                conditions.add("lower(name) like :name" + Likes.ESCAPE_CLAUSE);
                params.and("name", Likes.containsIgnoreCase(query.name()));
            }
        }
        if (query.status() != null) {
            conditions.add("status = :status");
            params.and("status", query.status());
        }
        if (query.excludedStatuses() != null && !query.excludedStatuses().isEmpty()) {
            conditions.add("status not in :excluded");
            params.and("excluded", query.excludedStatuses());
        }
        String hql = conditions.isEmpty() ? "from InstanceEntity" : String.join(" and ", conditions);
        PanacheQuery<InstanceEntity> found =
                InstanceEntity.find(hql, Sort.descending("createdAt").and("id"), params);
        long total = found.count();
        List<InstanceEntity> rows = query.page() == null
                ? found.list()
                : found.range(query.page().offset(), Paging.lastIndex(query.page())).list();
        return new Page<>(rows.stream().map(mapper::toRecord).toList(), total);
    }

    @Override
    public List<Instance> listAll() {
        return InstanceEntity.<InstanceEntity>listAll(Sort.by("id")).stream().map(mapper::toRecord).toList();
    }

    @Override
    public void insert(Instance instance) {
        InstanceEntity entity = mapper.toEntity(instance);
        if (entity.updatedAt == null) {
            entity.updatedAt = entity.createdAt;
        }
        try {
            entity.persistAndFlush();
        } catch (PersistenceException e) {
            throw translateInsert(e, instance);
        }
    }

    @Override
    public void update(Instance instance) {
        InstanceEntity entity = InstanceEntity.<InstanceEntity>findByIdOptional(instance.id())
                .orElseThrow(() -> GatewayException.notFound(ResourceType.INSTANCE, instance.id()));
        if (entity.version != instance.version()) {
            throw staleInstance(instance.id(), null);
        }
        mapper.update(instance, entity);
        entity.updatedAt = clock.instant();
        try {
            InstanceEntity.flush();
        } catch (PersistenceException e) {
            if (PersistenceErrors.isStale(e)) {
                throw staleInstance(instance.id(), e);
            }
            throw e;
        }
    }

    /** Idempotent: the provisioning worker may repeat the final delete after a crash. */
    @Override
    public void delete(String instanceId) {
        // Bulk delete: the rows below the instance go with it through ON DELETE CASCADE.
        InstanceEntity.delete("id", instanceId);
    }

    private static RuntimeException translateInsert(PersistenceException e, Instance instance) {
        if (PersistenceErrors.isUniqueViolation(e)) {
            if (CLIENT_TOKEN_INDEX.equals(PersistenceErrors.constraintName(e))) {
                // A concurrent request with the same token won the race; the service answers with that instance.
                return new GatewayException(ErrorKind.ALREADY_EXISTS, ResourceType.INSTANCE, null, "client_token",
                        "An instance was already created with this client token.", e);
            }
            return GatewayException.alreadyExists(ResourceType.INSTANCE, instance.id());
        }
        if (PersistenceErrors.isForeignKeyViolation(e)) {
            return PersistenceErrors.constraintName(e).contains("project")
                    ? GatewayException.notFound(ResourceType.PROJECT, instance.projectId())
                    : GatewayException.notFound(ResourceType.TENANT, instance.tenantId());
        }
        return e;
    }

    private static GatewayException staleInstance(String instanceId, Throwable cause) {
        return new GatewayException(ErrorKind.CONFLICT, ResourceType.INSTANCE, instanceId, null,
                "The instance '" + instanceId + "' was changed by another request; read it again and retry.", cause);
    }
}
