package io.cloudmq.gateway.storage.entity;

import io.cloudmq.gateway.core.model.AclPermission;
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
import java.util.List;
import java.util.Map;

@Entity
@Table(name = "broker_user")
public class BrokerUserEntity extends PanacheEntityBase {

    /** Values of the user_type column. */
    public static final String ADMIN = "ADMIN";
    public static final String NORMAL = "NORMAL";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "instance_id", nullable = false, updatable = false)
    public String instanceId;

    @Column(name = "username", nullable = false, updatable = false)
    public String username;

    @Column(name = "sealed_secret", nullable = false)
    public String sealedSecret;

    @Column(name = "user_type", nullable = false)
    public String userType;

    @Column(name = "enabled", nullable = false)
    public boolean enabled;

    @Enumerated(EnumType.STRING)
    @Column(name = "default_topic_perm")
    public AclPermission defaultTopicPermission;

    @Enumerated(EnumType.STRING)
    @Column(name = "default_group_perm")
    public AclPermission defaultGroupPermission;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "ip_whitelist", nullable = false)
    public List<String> ipWhitelist;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "attributes", nullable = false)
    public Map<String, String> attributes;

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
