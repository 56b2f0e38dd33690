package io.cloudmq.gateway.storage.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * Only {@code enqueue} goes through this mapping; claims, retries and completion are native SQL on the table because
 * they need row-level locking semantics JPQL cannot express. {@code created_at} is left to its database default.
 */
@Entity
@Table(name = "provisioning_job")
public class ProvisioningJobEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "kind", nullable = false)
    public String kind;

    @Column(name = "instance_id", nullable = false)
    public String instanceId;

    @Column(name = "resource_name")
    public String resourceName;

    @Column(name = "attempts", nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "lease_owner")
    public String leaseOwner;

    @Column(name = "lease_until")
    public Instant leaseUntil;

    @Column(name = "last_error")
    public String lastError;
}
