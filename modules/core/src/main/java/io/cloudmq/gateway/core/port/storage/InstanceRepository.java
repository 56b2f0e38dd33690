package io.cloudmq.gateway.core.port.storage;

import io.cloudmq.gateway.core.model.Instance;
import io.cloudmq.gateway.core.model.Page;

import java.util.List;
import java.util.Optional;

public interface InstanceRepository {
    /** Any tenant's instance: for the provisioning worker and operators only, never for API callers. */
    Optional<Instance> findAnyTenant(String instanceId);

    Optional<Instance> find(String tenantId, String instanceId);

    Optional<Instance> findByClientToken(String tenantId, String clientToken);

    /** Whether the scope (tenant, and project when not null) already has a live instance with this name. */
    boolean nameTaken(String tenantId, String projectId, String name);

    Page<Instance> search(InstanceQuery query);

    /** All instances that live on a cluster, for reconciliation. */
    List<Instance> listAll();

    void insert(Instance instance);

    /** Updates by optimistic lock: fails with a CONFLICT error when {@code instance.version()} is stale. */
    void update(Instance instance);

    void delete(String instanceId);
}
