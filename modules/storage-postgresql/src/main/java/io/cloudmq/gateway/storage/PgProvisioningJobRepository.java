package io.cloudmq.gateway.storage;

import io.cloudmq.gateway.core.port.storage.ProvisioningJob;
import io.cloudmq.gateway.core.port.storage.ProvisioningJobRepository;
import io.cloudmq.gateway.storage.entity.ProvisioningJobEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.query.NativeQuery;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The job queue on PostgreSQL. It uses the EntityManager directly rather than Panache statics because claiming needs
 * native SQL, and so that the queue semantics can be tested against a real database without a Quarkus application.
 */
@ApplicationScoped
public class PgProvisioningJobRepository implements ProvisioningJobRepository {

    static final int MAX_ERROR_LENGTH = 2000;

    private static final String COLUMNS =
            "p.id, p.kind, p.instance_id, p.resource_name, p.attempts, p.next_attempt_at, p.last_error";

    /*
     * A job is claimable when it is due, nobody holds a live lease on it, and no earlier job that it must follow is
     * still queued: an earlier job of the same instance that is instance-level (resource_name null), or any earlier job
     * when this one is instance-level, or an earlier job of the same resource. The earlier job blocks even while it is
     * leased or waiting for its retry, which is what keeps e.g. APPLY_TOPIC before DELETE_TOPIC of the same topic.
     * SKIP LOCKED makes concurrent claimers pass over rows another claimer is taking instead of waiting for them; a row
     * claimed and committed meanwhile is re-checked by PostgreSQL against the new lease and dropped.
     */
    private static final String CLAIMABLE = """
            select j.id from provisioning_job j
            where j.next_attempt_at <= :now
              and (j.lease_until is null or j.lease_until < :now)
              and not exists (
                  select 1 from provisioning_job e
                  where e.instance_id = j.instance_id
                    and e.id < j.id
                    and (e.resource_name is null or j.resource_name is null or e.resource_name = j.resource_name))
            """;

    private static final String CLAIM_DUE = "with due as (" + CLAIMABLE + """
              order by j.next_attempt_at, j.id
              limit :limit
              for update of j skip locked)
            update provisioning_job p
               set lease_owner = :owner, lease_until = :leaseUntil, attempts = p.attempts + 1
              from due
             where p.id = due.id
            returning\s""" + COLUMNS;

    private static final String CLAIM_ONE = "with due as (" + CLAIMABLE + """
              and j.id = :id
              for update of j skip locked)
            update provisioning_job p
               set lease_owner = :owner, lease_until = :leaseUntil, attempts = p.attempts + 1
              from due
             where p.id = due.id
            returning\s""" + COLUMNS;

    private final EntityManager em;

    @Inject
    public PgProvisioningJobRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public long enqueue(String kind, String instanceId, String resourceName, Instant notBefore) {
        ProvisioningJobEntity job = new ProvisioningJobEntity();
        job.kind = kind;
        job.instanceId = instanceId;
        job.resourceName = resourceName;
        job.nextAttemptAt = notBefore;
        em.persist(job);
        em.flush();
        return job.id;
    }

    @Override
    public List<ProvisioningJob> claimDue(String owner, Instant now, Duration lease, int limit) {
        List<Object[]> rows = claimQuery(CLAIM_DUE, owner, now, lease).setParameter("limit", limit).getResultList();
        return rows.stream().map(PgProvisioningJobRepository::toJob)
                .sorted(Comparator.comparingLong(ProvisioningJob::id))
                .toList();
    }

    @Override
    public Optional<ProvisioningJob> claim(long jobId, String owner, Instant now, Duration lease) {
        List<Object[]> rows = claimQuery(CLAIM_ONE, owner, now, lease).setParameter("id", jobId).getResultList();
        return rows.stream().map(PgProvisioningJobRepository::toJob).findFirst();
    }

    @Override
    public boolean complete(long jobId, String owner) {
        return em.createQuery("delete from ProvisioningJobEntity where id = :id and leaseOwner = :owner")
                .setParameter("id", jobId)
                .setParameter("owner", owner)
                .executeUpdate() == 1;
    }

    @Override
    public boolean retryLater(long jobId, String owner, String error, Instant nextAttemptAt) {
        String lastError = error != null && error.length() > MAX_ERROR_LENGTH
                ? error.substring(0, MAX_ERROR_LENGTH)
                : error;
        return em.createQuery("""
                        update ProvisioningJobEntity
                           set leaseOwner = null, leaseUntil = null, nextAttemptAt = :next, lastError = :error
                         where id = :id and leaseOwner = :owner""")
                .setParameter("next", nextAttemptAt)
                .setParameter("error", lastError)
                .setParameter("id", jobId)
                .setParameter("owner", owner)
                .executeUpdate() == 1;
    }

    @Override
    public boolean hasPending(String instanceId, String resourceName) {
        var query = resourceName == null
                ? em.createQuery("select count(j) from ProvisioningJobEntity j where j.instanceId = :instance",
                        Long.class)
                : em.createQuery("select count(j) from ProvisioningJobEntity j "
                                + "where j.instanceId = :instance and j.resourceName = :resource", Long.class)
                        .setParameter("resource", resourceName);
        return query.setParameter("instance", instanceId).getSingleResult() > 0;
    }

    @Override
    public long countPending() {
        return em.createQuery("select count(j) from ProvisioningJobEntity j", Long.class).getSingleResult();
    }

    @SuppressWarnings("unchecked")
    private NativeQuery<Object[]> claimQuery(String sql, String owner, Instant now, Duration lease) {
        return ((NativeQuery<Object[]>) em.createNativeQuery(sql).unwrap(NativeQuery.class))
                .addScalar("id", Long.class)
                .addScalar("kind", String.class)
                .addScalar("instance_id", String.class)
                .addScalar("resource_name", String.class)
                .addScalar("attempts", Integer.class)
                .addScalar("next_attempt_at", Instant.class)
                .addScalar("last_error", String.class)
                .setParameter("now", now)
                .setParameter("owner", owner)
                .setParameter("leaseUntil", now.plus(lease));
    }

    private static ProvisioningJob toJob(Object[] row) {
        return new ProvisioningJob(
                (Long) row[0],
                (String) row[1],
                (String) row[2],
                (String) row[3],
                (Integer) row[4],
                (Instant) row[5],
                (String) row[6]);
    }
}
