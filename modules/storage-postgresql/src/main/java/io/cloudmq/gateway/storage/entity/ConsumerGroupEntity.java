package io.cloudmq.gateway.storage.entity;

import io.cloudmq.gateway.core.model.DeliveryOrder;
import io.cloudmq.gateway.core.model.MessageModel;
import io.cloudmq.gateway.core.model.ResourceStatus;
import io.cloudmq.gateway.core.model.RetryPolicy;
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
@Table(name = "consumer_group")
public class ConsumerGroupEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "instance_id", nullable = false, updatable = false)
    public String instanceId;

    @Column(name = "name", nullable = false, updatable = false)
    public String name;

    @Column(name = "description")
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_order", nullable = false)
    public DeliveryOrder deliveryOrder;

    @Enumerated(EnumType.STRING)
    @Column(name = "message_model", nullable = false)
    public MessageModel messageModel;

    @Column(name = "consume_enabled", nullable = false)
    public boolean consumeEnabled;

    @Column(name = "max_retry_times")
    public Integer maxRetryTimes;

    @Enumerated(EnumType.STRING)
    @Column(name = "retry_policy")
    public RetryPolicy retryPolicy;

    @Column(name = "dead_letter_topic")
    public String deadLetterTopic;

    @Column(name = "max_receive_tps")
    public Integer maxReceiveTps;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public ResourceStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "attributes", nullable = false)
    public Map<String, String> attributes;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    public Long version;
}
