package io.cloudmq.gateway.storage.entity;

import io.cloudmq.gateway.core.model.ResourceStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** An AMQP login: the columns of broker_user that AMQP accounts use (the RocketMQ-only ones keep their defaults). */
@Entity
@Table(name = "broker_user")
public class AmqpAccountEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "instance_id", nullable = false, updatable = false)
    public String instanceId;

    @Column(name = "username", nullable = false, updatable = false)
    public String username;

    @Column(name = "sealed_secret", nullable = false)
    public String sealedPassword;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public ResourceStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    public Long version;
}
