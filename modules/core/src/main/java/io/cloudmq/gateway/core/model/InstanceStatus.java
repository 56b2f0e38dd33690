package io.cloudmq.gateway.core.model;

/**
 * Neutral life cycle of an instance. The provisioning worker drives CREATING to RUNNING (or CREATE_FAILED) and DELETING
 * to removal; dialects translate these into their own status strings.
 */
public enum InstanceStatus {
    CREATING,
    CREATE_FAILED,
    RUNNING,
    UPDATING,
    DELETING,
    ERROR
}
