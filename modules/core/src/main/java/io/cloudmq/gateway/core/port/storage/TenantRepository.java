package io.cloudmq.gateway.core.port.storage;

import io.cloudmq.gateway.core.model.Tenant;

import java.util.List;
import java.util.Optional;

public interface TenantRepository {
    Optional<Tenant> find(String id);

    List<Tenant> list();

    void insert(Tenant tenant);
}
