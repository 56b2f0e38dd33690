package io.cloudmq.gateway.storage.entity;

import io.cloudmq.gateway.core.model.ExchangeType;
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

@Entity
@Table(name = "exchange")
public class ExchangeEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "instance_id", nullable = false, updatable = false)
    public String instanceId;

    @Column(name = "vhost", nullable = false, updatable = false)
    public String vhost;

    @Column(name = "name", nullable = false, updatable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false)
    public ExchangeType type;

    @Column(name = "delayed", nullable = false)
    public boolean delayed;

    @Column(name = "durable", nullable = false)
    public boolean durable;

    @Column(name = "auto_delete", nullable = false)
    public boolean autoDelete;

    @Column(name = "internal", nullable = false)
    public boolean internal;

    @Column(name = "alternate_exchange")
    public String alternateExchange;

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
