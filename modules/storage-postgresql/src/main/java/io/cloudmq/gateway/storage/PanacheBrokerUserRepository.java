package io.cloudmq.gateway.storage;

import io.cloudmq.gateway.core.error.ErrorKind;
import io.cloudmq.gateway.core.error.GatewayException;
import io.cloudmq.gateway.core.error.ResourceType;
import io.cloudmq.gateway.core.model.AclEntry;
import io.cloudmq.gateway.core.model.AclResourceType;
import io.cloudmq.gateway.core.model.BrokerUser;
import io.cloudmq.gateway.core.model.Page;
import io.cloudmq.gateway.core.model.PageRequest;
import io.cloudmq.gateway.core.port.storage.BrokerUserRepository;
import io.cloudmq.gateway.storage.entity.AclEntryEntity;
import io.cloudmq.gateway.storage.entity.BrokerUserEntity;
import io.cloudmq.gateway.storage.mapper.BrokerUserMapper;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class PanacheBrokerUserRepository implements BrokerUserRepository {

    private final BrokerUserMapper mapper;
    private final Clock clock;

    @Inject
    public PanacheBrokerUserRepository(BrokerUserMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public Optional<BrokerUser> find(String instanceId, String username) {
        return findEntity(instanceId, username).map(mapper::toRecord);
    }

    @Override
    public Page<BrokerUser> list(String instanceId, String nameFilter, PageRequest page) {
        PanacheQuery<BrokerUserEntity> found = nameFilter == null
                ? BrokerUserEntity.find("instanceId = ?1", Sort.by("username"), instanceId)
                : BrokerUserEntity.find("instanceId = ?1 and lower(username) like ?2" + Likes.ESCAPE_CLAUSE,
                        Sort.by("username"), instanceId, Likes.containsIgnoreCase(nameFilter));
        return Paging.page(found, page, mapper::toRecord);
    }

    @Override
    public List<BrokerUser> listAll(String instanceId) {
        return BrokerUserEntity.<BrokerUserEntity>find("instanceId", Sort.by("username"), instanceId).stream()
                .map(mapper::toRecord).toList();
    }

    @Override
    public BrokerUser insert(BrokerUser user) {
        BrokerUserEntity entity = mapper.toEntity(user);
        try {
            entity.persistAndFlush();
        } catch (PersistenceException e) {
            if (PersistenceErrors.isUniqueViolation(e)) {
                throw GatewayException.alreadyExists(ResourceType.USER, user.username());
            }
            if (PersistenceErrors.isForeignKeyViolation(e)) {
                throw GatewayException.notFound(ResourceType.INSTANCE, user.instanceId());
            }
            throw e;
        }
        return mapper.toRecord(entity);
    }

    @Override
    public void update(BrokerUser user) {
        BrokerUserEntity entity = requireEntity(user.instanceId(), user.username());
        if (entity.version != user.version()) {
            throw stale(user.username(), null);
        }
        mapper.update(user, entity);
        entity.updatedAt = clock.instant();
        try {
            BrokerUserEntity.flush();
        } catch (PersistenceException e) {
            if (PersistenceErrors.isStale(e)) {
                throw stale(user.username(), e);
            }
            throw e;
        }
    }

    /** Idempotent: the provisioning worker may repeat the final delete after a crash. Entries cascade. */
    @Override
    public void delete(String instanceId, String username) {
        BrokerUserEntity.delete("instanceId = ?1 and username = ?2", instanceId, username);
    }

    @Override
    public List<AclEntry> aclEntries(String instanceId, String username) {
        return AclEntryEntity.<AclEntryEntity>list("userId", Sort.by("resourceType").and("resourceName"),
                        requireEntity(instanceId, username).id).stream()
                .map(mapper::toRecord)
                .toList();
    }

    @Override
    public void putAclEntry(String instanceId, String username, AclEntry entry) {
        Long userId = requireEntity(instanceId, username).id;
        Instant now = clock.instant();
        AclEntryEntity row = findEntry(userId, entry.resourceType(), entry.resourceName()).orElseGet(() -> {
            AclEntryEntity created = new AclEntryEntity();
            created.userId = userId;
            created.resourceType = entry.resourceType();
            created.resourceName = entry.resourceName();
            created.createdAt = now;
            return created;
        });
        mapper.update(entry, row);
        row.updatedAt = now;
        row.persistAndFlush();
    }

    @Override
    public boolean removeAclEntry(String instanceId, String username, AclResourceType resourceType,
                                  String resourceName) {
        return AclEntryEntity.delete("userId = ?1 and resourceType = ?2 and resourceName = ?3",
                requireEntity(instanceId, username).id, resourceType, resourceName) > 0;
    }

    private static Optional<AclEntryEntity> findEntry(Long userId, AclResourceType type, String name) {
        return AclEntryEntity.find("userId = ?1 and resourceType = ?2 and resourceName = ?3", userId, type, name)
                .firstResultOptional();
    }

    private static BrokerUserEntity requireEntity(String instanceId, String username) {
        return findEntity(instanceId, username)
                .orElseThrow(() -> GatewayException.notFound(ResourceType.USER, username));
    }

    private static Optional<BrokerUserEntity> findEntity(String instanceId, String username) {
        return BrokerUserEntity.find("instanceId = ?1 and username = ?2", instanceId, username).firstResultOptional();
    }

    private static GatewayException stale(String username, Throwable cause) {
        return new GatewayException(ErrorKind.CONFLICT, ResourceType.USER, username, null,
                "The user '" + username + "' was changed by another request; read it again and retry.", cause);
    }
}
