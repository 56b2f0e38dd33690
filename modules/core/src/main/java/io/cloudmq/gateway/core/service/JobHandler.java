package io.cloudmq.gateway.core.service;

import io.cloudmq.gateway.core.model.Instance;
import io.cloudmq.gateway.core.port.storage.ProvisioningJob;

import java.util.Set;

/**
 * Carries out one family of provisioning jobs (instances, topics, groups, users, virtual hosts, ...). Each handler owns
 * its job kinds; the provisioning worker finds the handler by kind. {@link #execute} runs outside any transaction, is
 * called again after a failure or a crash, and so must be idempotent.
 */
public interface JobHandler {

    Set<String> kinds();

    /** Does the job for a live instance (jobs of an instance that is gone are dropped before this is called). */
    void execute(Instance instance, ProvisioningJob job);
}
