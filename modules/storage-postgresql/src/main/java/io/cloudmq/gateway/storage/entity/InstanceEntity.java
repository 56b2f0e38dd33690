package io.cloudmq.gateway.storage.entity;

import io.cloudmq.gateway.core.model.Engine;
import io.cloudmq.gateway.core.model.InstanceStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Map;

@Entity
@Table(name = "instance")
public class InstanceEntity extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "project_id")
    public String projectId;

    @Column(name = "region", nullable = false)
    public String region;

    @Enumerated(EnumType.STRING)
    @Column(name = "engine", nullable = false)
    public Engine engine;

    @Column(name = "engine_version")
    public String engineVersion;

    @Column(name = "name", nullable = false)
    public String name;

    @Column(name = "description")
    public String description;

    @Column(name = "specification")
    public String specification;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public InstanceStatus status;

    @Column(name = "dialect", nullable = false)
    public String dialect;

    @Column(name = "client_token")
    public String clientToken;

    @Column(name = "cluster_id", nullable = false)
    public String clusterId;

    @Column(name = "broker_namespace", nullable = false)
    public String brokerNamespace;

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
