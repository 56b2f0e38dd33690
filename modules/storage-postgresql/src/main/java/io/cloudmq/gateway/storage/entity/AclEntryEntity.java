package io.cloudmq.gateway.storage.entity;

import io.cloudmq.gateway.core.model.AclDecision;
import io.cloudmq.gateway.core.model.AclResourceType;
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
import java.util.List;

@Entity
@Table(name = "acl_entry")
public class AclEntryEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    public Long userId;

    @Enumerated(EnumType.STRING)
    @Column(name = "resource_type", nullable = false, updatable = false)
    public AclResourceType resourceType;

    @Column(name = "resource_name", nullable = false, updatable = false)
    public String resourceName;

    /** Comma-separated, e.g. "PUB,SUB". */
    @Column(name = "actions", nullable = false)
    public String actions;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", nullable = false)
    public AclDecision decision;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "ip_whitelist", nullable = false)
    public List<String> ipWhitelist;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    public Long version;
}
