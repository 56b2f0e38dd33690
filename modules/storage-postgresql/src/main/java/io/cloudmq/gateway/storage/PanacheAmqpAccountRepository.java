package io.cloudmq.gateway.storage;

import io.cloudmq.gateway.core.error.ResourceType;
import io.cloudmq.gateway.core.model.AmqpAccount;
import io.cloudmq.gateway.core.model.ResourceStatus;
import io.cloudmq.gateway.core.port.storage.AmqpAccountRepository;
import io.cloudmq.gateway.storage.entity.AmqpAccountEntity;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class PanacheAmqpAccountRepository implements AmqpAccountRepository {

    private static final String KEY = "instanceId = ?1 and username = ?2";

    private final Clock clock;

    @Inject
    public PanacheAmqpAccountRepository(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Optional<AmqpAccount> find(String instanceId, String username) {
        return AmqpAccountEntity.<AmqpAccountEntity>find(KEY, instanceId, username).firstResultOptional()
                .map(PanacheAmqpAccountRepository::toRecord);
    }

    @Override
    public List<AmqpAccount> listAll(String instanceId) {
        return AmqpAccountEntity.<AmqpAccountEntity>list("instanceId", Sort.by("username"), instanceId).stream()
                .map(PanacheAmqpAccountRepository::toRecord).toList();
    }

    @Override
    public AmqpAccount insert(AmqpAccount account) {
        AmqpAccountEntity entity = new AmqpAccountEntity();
        entity.instanceId = account.instanceId();
        entity.username = account.username();
        entity.sealedPassword = account.sealedPassword();
        entity.status = account.status();
        entity.createdAt = account.createdAt();
        entity.updatedAt = account.updatedAt();
        AmqpRows.insert(entity, ResourceType.USER, account.username(), account.instanceId(), null);
        return toRecord(entity);
    }

    @Override
    public void setStatus(String instanceId, String username, ResourceStatus status) {
        AmqpRows.setStatus("AmqpAccountEntity", "instanceId = ?3 and username = ?4", status, clock.instant(),
                instanceId, username);
    }

    @Override
    public void delete(String instanceId, String username) {
        AmqpAccountEntity.delete(KEY, instanceId, username);
    }

    private static AmqpAccount toRecord(AmqpAccountEntity e) {
        return new AmqpAccount(e.id, e.instanceId, e.username, e.sealedPassword, e.status, e.createdAt, e.updatedAt,
                e.version);
    }
}
