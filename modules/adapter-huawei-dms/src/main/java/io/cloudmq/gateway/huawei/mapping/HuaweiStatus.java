package io.cloudmq.gateway.huawei.mapping;

import io.cloudmq.gateway.core.model.InstanceStatus;

import java.util.Arrays;
import java.util.Optional;

/** Neutral instance statuses and their DMS wire strings (huawei-dialect.md §2.1). */
public enum HuaweiStatus {
    CREATING(InstanceStatus.CREATING),
    CREATEFAILED(InstanceStatus.CREATE_FAILED),
    RUNNING(InstanceStatus.RUNNING),
    EXTENDING(InstanceStatus.UPDATING),
    DELETING(InstanceStatus.DELETING),
    ERROR(InstanceStatus.ERROR);

    private final InstanceStatus neutral;

    HuaweiStatus(InstanceStatus neutral) {
        this.neutral = neutral;
    }

    public static String wire(InstanceStatus status) {
        return Arrays.stream(values()).filter(s -> s.neutral == status).findFirst().orElseThrow().name();
    }

    /** The neutral status for a wire filter value; empty for DMS statuses this gateway never reports. */
    public static Optional<InstanceStatus> neutral(String wire) {
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(wire)).findFirst().map(s -> s.neutral);
    }
}
