package io.cloudmq.gateway.storage.entity;

import io.cloudmq.gateway.core.model.BindingDestinationType;
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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Map;

@Entity
@Table(name = "binding")
public class BindingEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "instance_id", nullable = false, updatable = false)
    public String instanceId;

    @Column(name = "vhost", nullable = false, updatable = false)
    public String vhost;

    @Column(name = "source", nullable = false, updatable = false)
    public String source;

    @Column(name = "destination", nullable = false, updatable = false)
    public String destination;

    @Enumerated(EnumType.STRING)
    @Column(name = "destination_type", nullable = false, updatable = false)
    public BindingDestinationType destinationType;

    @Column(name = "routing_key", nullable = false, updatable = false)
    public String routingKey;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "arguments", nullable = false, updatable = false)
    public Map<String, String> arguments;

    /** The binding's derived identity (core BindingSettings.identity()). */
    @Column(name = "binding_key", nullable = false, updatable = false)
    public String identity;

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
