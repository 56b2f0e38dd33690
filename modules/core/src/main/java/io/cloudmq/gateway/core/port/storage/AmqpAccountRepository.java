package io.cloudmq.gateway.core.port.storage;

import io.cloudmq.gateway.core.model.AmqpAccount;
import io.cloudmq.gateway.core.model.ResourceStatus;

import java.util.List;
import java.util.Optional;

public interface AmqpAccountRepository {
    Optional<AmqpAccount> find(String instanceId, String username);

    /** Accounts of an instance ordered by username. */
    List<AmqpAccount> listAll(String instanceId);

    AmqpAccount insert(AmqpAccount account);

    void setStatus(String instanceId, String username, ResourceStatus status);

    void delete(String instanceId, String username);
}
