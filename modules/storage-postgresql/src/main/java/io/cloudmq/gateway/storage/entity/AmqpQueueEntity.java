package io.cloudmq.gateway.storage.entity;

import io.cloudmq.gateway.core.model.QueueType;
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
@Table(name = "amqp_queue")
public class AmqpQueueEntity extends PanacheEntityBase {

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
    @Column(name = "queue_type", nullable = false)
    public QueueType type;

    @Column(name = "durable", nullable = false)
    public boolean durable;

    @Column(name = "auto_delete", nullable = false)
    public boolean autoDelete;

    @Column(name = "exclusive", nullable = false)
    public boolean exclusive;

    @Column(name = "message_ttl_ms")
    public Long messageTtlMillis;

    @Column(name = "max_length")
    public Long maxLength;

    @Column(name = "dead_letter_exchange")
    public String deadLetterExchange;

    @Column(name = "dead_letter_routing_key")
    public String deadLetterRoutingKey;

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
