package io.cloudmq.gateway.core.service;

import io.cloudmq.gateway.core.error.GatewayException;
import io.cloudmq.gateway.core.error.ResourceType;
import io.cloudmq.gateway.core.model.Caller;
import io.cloudmq.gateway.core.model.Instance;
import io.cloudmq.gateway.core.port.storage.InstanceRepository;

/**
 * The one tenancy rule for reaching an instance: it must belong to the caller's tenant and, when the caller is scoped
 * to a project, to that project. Other tenants' instances are reported as not found, never as forbidden, so that ids
 * leak nothing.
 */
record InstanceLookup(InstanceRepository instances) {

    Instance owned(Caller caller, String instanceId) {
        return instances.find(caller.tenantId(), instanceId)
                .filter(i -> caller.projectId() == null || caller.projectId().equals(i.projectId()))
                .orElseThrow(() -> GatewayException.notFound(ResourceType.INSTANCE, instanceId));
    }
}
