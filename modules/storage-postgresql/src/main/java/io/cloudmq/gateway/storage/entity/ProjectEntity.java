package io.cloudmq.gateway.storage.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "project")
public class ProjectEntity extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "region", nullable = false)
    public String region;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
