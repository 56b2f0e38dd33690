package io.cloudmq.gateway.core.port.storage;

import io.cloudmq.gateway.core.model.AccessKey;

import java.util.List;
import java.util.Optional;

public interface AccessKeyRepository {
    Optional<AccessKey> find(String accessKeyId);

    List<AccessKey> listByTenant(String tenantId);

    void insert(AccessKey key);
}
