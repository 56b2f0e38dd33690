package io.cloudmq.gateway.storage.entity;

import io.cloudmq.gateway.core.model.MessageType;
import io.cloudmq.gateway.core.model.ResourceStatus;
import io.cloudmq.gateway.core.model.TopicPermission;
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
@Table(name = "topic")
public class TopicEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "instance_id", nullable = false, updatable = false)
    public String instanceId;

    @Column(name = "name", nullable = false, updatable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "message_type", nullable = false)
    public MessageType messageType;

    @Column(name = "read_queue_nums", nullable = false)
    public int readQueueNums;

    @Column(name = "write_queue_nums", nullable = false)
    public int writeQueueNums;

    @Enumerated(EnumType.STRING)
    @Column(name = "permission", nullable = false)
    public TopicPermission permission;

    @Column(name = "description")
    public String description;

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
