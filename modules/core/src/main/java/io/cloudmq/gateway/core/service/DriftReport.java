package io.cloudmq.gateway.core.service;

import java.util.List;

/**
 * The drift of one instance. {@code unavailable} is set when its broker could not be asked, in which case
 * {@code drifts} is empty and says nothing.
 */
public record DriftReport(String instanceId, String clusterId, List<Drift> drifts, String unavailable) {

    public DriftReport {
        drifts = List.copyOf(drifts);
    }

    public boolean inSync() {
        return unavailable == null && drifts.isEmpty();
    }
}
