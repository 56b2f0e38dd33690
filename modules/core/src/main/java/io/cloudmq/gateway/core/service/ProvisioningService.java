package io.cloudmq.gateway.core.service;

import io.cloudmq.gateway.core.error.ErrorKind;
import io.cloudmq.gateway.core.error.GatewayException;
import io.cloudmq.gateway.core.model.Instance;
import io.cloudmq.gateway.core.port.storage.InstanceRepository;
import io.cloudmq.gateway.core.port.storage.ProvisioningJob;
import io.cloudmq.gateway.core.port.storage.ProvisioningJobRepository;
import io.cloudmq.gateway.core.port.storage.Transactions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Carries out broker work recorded as jobs. Services enqueue a job in the same transaction as the desired state, so a
 * crash can never lose it; this worker claims jobs under a lease (exclusive across replicas), calls the broker driver
 * outside any transaction, then records the outcome. A failed attempt is retried with backoff until the broker
 * answers again, which is how provisioning survives broker outages.
 */
@ApplicationScoped
public class ProvisioningService {

    private static final Logger LOG = Logger.getLogger(ProvisioningService.class);
    // Longer than any single broker call takes; a job whose worker died is taken over this long after the claim.
    static final Duration LEASE = Duration.ofSeconds(30);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    private static final int BATCH = 20;

    private final ProvisioningJobRepository jobs;
    private final InstanceRepository instances;
    private final Map<String, JobHandler> handlers = new HashMap<>();
    private final Transactions tx;
    private final Clock clock;
    private final String owner = "worker-" + UUID.randomUUID();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "cloudmq-provisioning");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean kickPending = new AtomicBoolean();

    @Inject
    public ProvisioningService(ProvisioningJobRepository jobs, InstanceRepository instances,
                               jakarta.enterprise.inject.Instance<JobHandler> handlers, Transactions tx, Clock clock) {
        this.jobs = jobs;
        this.instances = instances;
        for (JobHandler handler : handlers) {
            for (String kind : handler.kinds()) {
                if (this.handlers.put(kind, handler) != null) {
                    throw new IllegalStateException("two handlers for provisioning job kind " + kind);
                }
            }
        }
        this.tx = tx;
        this.clock = clock;
    }

    /** Records a job; call inside the transaction that stores the desired state it carries out. */
    public long enqueue(String kind, String instanceId, String resourceName) {
        return jobs.enqueue(kind, instanceId, resourceName, clock.instant());
    }

    /**
     * Tries to carry out one job right now on the caller's thread, so that a synchronous API answers after the broker
     * has the object. Returns whether it completed; when it did not (broker down, or another replica holds it), the job
     * stays queued and the background worker finishes it later.
     */
    public boolean runNow(long jobId) {
        Optional<ProvisioningJob> claimed = tx.inNewTransaction(() -> jobs.claim(jobId, owner, clock.instant(), LEASE));
        return claimed.map(this::attempt).orElse(false);
    }

    /** Asks the background worker to look for due jobs soon (after the caller's transaction committed). */
    public void kick() {
        if (kickPending.compareAndSet(false, true)) {
            background.execute(() -> {
                kickPending.set(false);
                runDueJobs();
            });
        }
    }

    /** One pass of the worker: claims and runs due jobs until none are left. Returns how many completed. */
    public int runDueJobs() {
        int completed = 0;
        while (true) {
            List<ProvisioningJob> batch;
            try {
                batch = tx.inNewTransaction(() -> jobs.claimDue(owner, clock.instant(), LEASE, BATCH));
            } catch (RuntimeException e) {
                LOG.warnf("cannot claim provisioning jobs: %s", e.getMessage());
                return completed;
            }
            if (batch.isEmpty()) {
                return completed;
            }
            for (ProvisioningJob job : batch) {
                if (attempt(job)) {
                    completed++;
                }
            }
        }
    }

    public long pendingJobs() {
        return tx.inNewTransaction(jobs::countPending);
    }

    private boolean attempt(ProvisioningJob job) {
        try {
            execute(job);
            tx.inNewTransaction(() -> jobs.complete(job.id(), owner));
            return true;
        } catch (RuntimeException e) {
            Duration backoff = backoff(job.attempts());
            boolean expected = e instanceof GatewayException ge && ge.kind() == ErrorKind.UNAVAILABLE;
            if (expected) {
                LOG.infof("job %d %s %s/%s: broker unavailable, retrying in %s: %s", job.id(), job.kind(),
                        job.instanceId(), job.resourceName(), backoff, e.getMessage());
            } else {
                LOG.warnf(e, "job %d %s %s/%s failed, retrying in %s", job.id(), job.kind(), job.instanceId(),
                        job.resourceName(), backoff);
            }
            Instant next = clock.instant().plus(backoff);
            tx.inNewTransaction(() -> jobs.retryLater(job.id(), owner, String.valueOf(e.getMessage()), next));
            return false;
        }
    }

    static Duration backoff(int attempts) {
        long seconds = 1L << Math.min(Math.max(attempts - 1, 0), 5);
        return Duration.ofSeconds(Math.min(seconds, MAX_BACKOFF.toSeconds()));
    }

    private void execute(ProvisioningJob job) {
        JobHandler handler = handlers.get(job.kind());
        if (handler == null) {
            throw new IllegalStateException("no handler for provisioning job kind " + job.kind());
        }
        Optional<Instance> instance = tx.inNewTransaction(() -> instances.findAnyTenant(job.instanceId()));
        // When the instance is gone there is nothing left to do for any of its jobs.
        instance.ifPresent(i -> handler.execute(i, job));
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }
}
