package io.cloudmq.gateway.core.service;

import io.cloudmq.gateway.core.model.Instance;

import java.util.List;

/**
 * Compares one family of objects (topics, groups, users, virtual hosts, ...) of an instance between storage and the
 * broker, and repairs the difference through provisioning jobs, so that repairs get the same ordering, retries and
 * crash safety as ordinary changes. Objects with unfinished jobs are in flight, not drifted, and are left out.
 */
public interface Reconciler {

    /** Short name of the family in drift reports, e.g. "topic". */
    String family();

    /** Whether this family exists on the instance's engine. */
    boolean appliesTo(Instance instance);

    /** The differences; calls the broker (may throw UNAVAILABLE). */
    List<Drift> diff(Instance instance);

    /**
     * Enqueues the jobs that remove {@code drifts} (all of this family) and returns their ids: missing objects are
     * created again; unknown ones are deleted from the broker only when {@code removeUnknown} is set.
     */
    List<Long> repair(Instance instance, List<Drift> drifts, boolean removeUnknown);
}
