package io.cloudmq.gateway.core.service;

import io.cloudmq.gateway.core.error.GatewayException;
import io.cloudmq.gateway.core.error.ResourceType;
import io.cloudmq.gateway.core.model.Caller;
import io.cloudmq.gateway.core.model.Instance;
import io.cloudmq.gateway.core.model.InstanceStatus;
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

    /** An owned instance that is RUNNING, the only status in which its {@code objects} ("topics", ...) may change. */
    Instance running(Caller caller, String instanceId, String objects) {
        Instance instance = owned(caller, instanceId);
        InstanceService.requireStatus(instance, InstanceStatus.RUNNING,
                "is " + instance.status() + "; " + objects + " can be changed only while it is RUNNING.");
        return instance;
    }
}
