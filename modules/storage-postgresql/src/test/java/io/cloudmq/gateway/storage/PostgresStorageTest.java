package io.cloudmq.gateway.storage;

import io.cloudmq.gateway.core.port.storage.ProvisioningJob;
import io.cloudmq.gateway.storage.entity.AccessKeyEntity;
import io.cloudmq.gateway.storage.entity.AclEntryEntity;
import io.cloudmq.gateway.storage.entity.BrokerUserEntity;
import io.cloudmq.gateway.storage.entity.ConsumerGroupEntity;
import io.cloudmq.gateway.storage.entity.InstanceEntity;
import io.cloudmq.gateway.storage.entity.ProjectEntity;
import io.cloudmq.gateway.storage.entity.ProvisioningJobEntity;
import io.cloudmq.gateway.storage.entity.TenantEntity;
import io.cloudmq.gateway.storage.entity.TopicEntity;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the migration on a real PostgreSQL, lets Hibernate validate every entity against it (as the application does
 * with schema-management=validate), and exercises the job queue's claim SQL. Hibernate runs standalone here, which is
 * why the job repository takes a plain EntityManager.
 */
class PostgresStorageTest {

    private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");
    private static final Duration LEASE = Duration.ofSeconds(30);

    private static EmbeddedPostgres postgres;
    private static SessionFactory sessions;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        Flyway.configure().dataSource(postgres.getPostgresDatabase()).locations("classpath:db/migration").load()
                .migrate();
        sessions = new Configuration()
                .addAnnotatedClass(TenantEntity.class)
                .addAnnotatedClass(AccessKeyEntity.class)
                .addAnnotatedClass(ProjectEntity.class)
                .addAnnotatedClass(InstanceEntity.class)
                .addAnnotatedClass(TopicEntity.class)
                .addAnnotatedClass(ConsumerGroupEntity.class)
                .addAnnotatedClass(BrokerUserEntity.class)
                .addAnnotatedClass(AclEntryEntity.class)
                .addAnnotatedClass(ProvisioningJobEntity.class)
                .setProperty("hibernate.connection.url", postgres.getJdbcUrl("postgres", "postgres"))
                .setProperty("hibernate.hbm2ddl.auto", "validate")
                .buildSessionFactory();
    }

    @AfterAll
    static void stop() throws Exception {
        if (sessions != null) {
            sessions.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @BeforeEach
    void emptyQueue() throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("delete from provisioning_job");
        }
    }

    @Test
    void concurrentClaimersNeverShareAJob() {
        for (int i = 0; i < 20; i++) {
            String instanceId = "i-" + i;
            inTx(jobs -> jobs.enqueue("PREPARE_INSTANCE", instanceId, null, T0));
        }
        EntityManager first = sessions.createEntityManager();
        EntityManager second = sessions.createEntityManager();
        try {
            first.getTransaction().begin();
            second.getTransaction().begin();
            // The first claimer still holds its row locks while the second one runs.
            List<ProvisioningJob> a = new PgProvisioningJobRepository(first).claimDue("a", T0, LEASE, 5);
            List<ProvisioningJob> b = new PgProvisioningJobRepository(second).claimDue("b", T0, LEASE, 100);
            first.getTransaction().commit();
            second.getTransaction().commit();

            assertThat(a).hasSize(5);
            assertThat(b).hasSize(15);
            Set<Long> ids = new HashSet<>();
            a.forEach(j -> ids.add(j.id()));
            b.forEach(j -> ids.add(j.id()));
            assertThat(ids).hasSize(20);
            assertThat(a).allSatisfy(j -> assertThat(j.attempts()).isEqualTo(1));
        } finally {
            first.close();
            second.close();
        }
        // Every lease is live, so nothing is left to claim.
        assertThat(claimDue("c", T0.plusSeconds(1), 100)).isEmpty();
    }

    @Test
    void jobsOfOneResourceRunInOrderAndInstanceJobsOrderAgainstEverything() {
        long applyT1 = inTx(jobs -> jobs.enqueue("APPLY_TOPIC", "i-1", "t1", T0));
        long deleteT1 = inTx(jobs -> jobs.enqueue("DELETE_TOPIC", "i-1", "t1", T0));
        long applyT2 = inTx(jobs -> jobs.enqueue("APPLY_TOPIC", "i-1", "t2", T0));
        long deleteInstance = inTx(jobs -> jobs.enqueue("DELETE_INSTANCE", "i-1", null, T0));
        long otherInstance = inTx(jobs -> jobs.enqueue("APPLY_TOPIC", "i-2", "t1", T0));

        assertThat(ids(claimDue("w", T0, 10))).containsExactly(applyT1, applyT2,
                otherInstance);
        // A specific claim obeys the same rule.
        assertThat(claim(deleteT1, "w", T0)).isEmpty();

        assertThat(PostgresStorageTest.<Boolean>inTx(jobs -> jobs.complete(applyT1, "w"))).isTrue();
        assertThat(claim(deleteT1, "w", T0)).map(ProvisioningJob::id).contains(deleteT1);
        assertThat(claimDue("w", T0, 10)).isEmpty();

        assertThat(PostgresStorageTest.<Boolean>inTx(jobs -> (jobs.complete(deleteT1, "w") && jobs.complete(applyT2, "w")))).isTrue();
        assertThat(ids(claimDue("w", T0, 10))).containsExactly(deleteInstance);

        // An instance-level job blocks later jobs of its instance, even for resources it was enqueued before.
        long applyT3 = inTx(jobs -> jobs.enqueue("APPLY_TOPIC", "i-1", "t3", T0));
        assertThat(claim(applyT3, "w", T0.plus(LEASE).plusSeconds(1))).isEmpty();
    }

    @Test
    void anExpiredLeaseMakesTheJobClaimableAgain() {
        long id = inTx(jobs -> jobs.enqueue("APPLY_TOPIC", "i-1", "t1", T0));
        assertThat(claimDue("dead", T0, 1)).hasSize(1);
        assertThat(claimDue("w", T0.plusSeconds(10), 1)).isEmpty();

        Optional<ProvisioningJob> again = claim(id, "w", T0.plus(LEASE).plusSeconds(1));
        assertThat(again).get().satisfies(j -> assertThat(j.attempts()).isEqualTo(2));

        // The worker that lost its lease can neither finish nor reschedule the job the new owner holds.
        assertThat(PostgresStorageTest.<Boolean>inTx(jobs -> jobs.complete(id, "dead"))).isFalse();
        assertThat(PostgresStorageTest.<Boolean>inTx(jobs -> jobs.retryLater(id, "dead", "late", T0))).isFalse();
        assertThat(PostgresStorageTest.<Boolean>inTx(jobs -> jobs.complete(id, "w"))).isTrue();
    }

    @Test
    void retryLaterReleasesTheLeaseAndDefersTheJob() {
        long id = inTx(jobs -> jobs.enqueue("APPLY_TOPIC", "i-1", "t1", T0));
        assertThat(claimDue("w", T0, 1)).hasSize(1);
        String longError = "x".repeat(5000);
        assertThat(PostgresStorageTest.<Boolean>inTx(jobs -> jobs.retryLater(id, "w", longError, T0.plusSeconds(5)))).isTrue();

        assertThat(claimDue("w", T0.plusSeconds(4), 1)).isEmpty();
        List<ProvisioningJob> retried = claimDue("w", T0.plusSeconds(5), 1);
        assertThat(retried).singleElement().satisfies(j -> {
            assertThat(j.attempts()).isEqualTo(2);
            assertThat(j.nextAttemptAt()).isEqualTo(T0.plusSeconds(5));
            assertThat(j.lastError()).hasSize(PgProvisioningJobRepository.MAX_ERROR_LENGTH);
        });
    }

    @Test
    void pendingJobsAreCountedPerInstanceAndResource() {
        inTx(jobs -> jobs.enqueue("APPLY_TOPIC", "i-1", "t1", T0.plusSeconds(60)));
        inTx(jobs -> jobs.enqueue("PREPARE_INSTANCE", "i-2", null, T0));

        assertThat(hasPending("i-1", null)).isTrue();
        assertThat(hasPending("i-1", "t1")).isTrue();
        assertThat(hasPending("i-1", "t2")).isFalse();
        assertThat(hasPending("i-3", null)).isFalse();
        assertThat((long) inTx(PgProvisioningJobRepository::countPending)).isEqualTo(2);
    }

    @Test
    void nameFiltersTreatWildcardsLiterally() throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into tenant values ('t', 't', now())");
            s.execute("insert into instance (id, tenant_id, region, engine, name, status, dialect, cluster_id,"
                    + " broker_namespace, created_at, updated_at) values ('i-like', 't', 'r', 'ROCKETMQ', 'n',"
                    + " 'RUNNING', 'test', 'c', 'ns', now(), now())");
            for (String name : List.of("Orders_EU", "ordersXeu", "a%b", "axb", "x!y")) {
                s.execute("insert into topic (instance_id, name, message_type, read_queue_nums, write_queue_nums,"
                        + " permission, status, created_at, updated_at) values ('i-like', '" + name
                        + "', 'NORMAL', 8, 8, 'PUBLISH_SUBSCRIBE', 'ACTIVE', now(), now())");
            }
        }
        assertThat(topicsLike("s_e")).containsExactly("Orders_EU");
        assertThat(topicsLike("A%")).containsExactly("a%b");
        assertThat(topicsLike("!")).containsExactly("x!y");
        assertThat(topicsLike("ORDERS")).containsExactly("Orders_EU", "ordersXeu");
    }

    private static List<String> topicsLike(String filter) {
        try (EntityManager em = sessions.createEntityManager()) {
            return em.createQuery("select t.name from TopicEntity t where lower(t.name) like :p"
                            + Likes.ESCAPE_CLAUSE + " order by t.name", String.class)
                    .setParameter("p", Likes.containsIgnoreCase(filter))
                    .getResultList();
        }
    }

    private static List<ProvisioningJob> claimDue(String owner, Instant now, int limit) {
        return inTx(jobs -> jobs.claimDue(owner, now, LEASE, limit));
    }

    private static Optional<ProvisioningJob> claim(long id, String owner, Instant now) {
        return inTx(jobs -> jobs.claim(id, owner, now, LEASE));
    }

    private static boolean hasPending(String instanceId, String resourceName) {
        return inTx(jobs -> jobs.hasPending(instanceId, resourceName));
    }

    private static List<Long> ids(List<ProvisioningJob> jobs) {
        return jobs.stream().map(ProvisioningJob::id).toList();
    }

    private static <T> T inTx(Function<PgProvisioningJobRepository, T> work) {
        EntityManager em = sessions.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(new PgProvisioningJobRepository(em));
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
