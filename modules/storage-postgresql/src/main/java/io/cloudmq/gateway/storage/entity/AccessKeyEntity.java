package io.cloudmq.gateway.storage.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

@Entity
@Table(name = "access_key")
public class AccessKeyEntity extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "sealed_secret", nullable = false)
    public String sealedSecret;

    @Column(name = "enabled", nullable = false)
    public boolean enabled;

    @Column(name = "description")
    public String description;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    public Long version;
}
