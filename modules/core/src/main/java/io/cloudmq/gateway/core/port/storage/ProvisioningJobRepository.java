package io.cloudmq.gateway.core.port.storage;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The durable work queue. Claims are exclusive across processes (row locks skipped by concurrent claimers) and leased:
 * a job whose owner died becomes claimable again when its lease runs out.
 */
public interface ProvisioningJobRepository {

    /** Records a job in the caller's transaction and returns its id. */
    long enqueue(String kind, String instanceId, String resourceName, Instant notBefore);

    /** Claims up to {@code limit} due jobs for {@code owner}; each claim lasts {@code lease}. */
    List<ProvisioningJob> claimDue(String owner, Instant now, Duration lease, int limit);

    /** Claims one specific job if it is due and unclaimed (or its lease expired). */
    Optional<ProvisioningJob> claim(long jobId, String owner, Instant now, Duration lease);

    /**
     * Removes a finished job if {@code owner} still holds its lease; false when the lease expired and another worker
     * took the job over (that worker then repeats the idempotent work and completes it).
     */
    boolean complete(long jobId, String owner);

    /** Releases {@code owner}'s claim after a failed attempt and schedules the next one; false when not the owner. */
    boolean retryLater(long jobId, String owner, String error, Instant nextAttemptAt);

    /** Whether any unfinished job concerns the instance (optionally one named resource of it). */
    boolean hasPending(String instanceId, String resourceName);

    long countPending();
}
