package io.cloudmq.gateway.core.service;

import io.cloudmq.gateway.core.error.GatewayException;
import io.cloudmq.gateway.core.error.ResourceType;
import io.cloudmq.gateway.core.model.AccessKey;
import io.cloudmq.gateway.core.model.Project;
import io.cloudmq.gateway.core.model.Tenant;
import io.cloudmq.gateway.core.port.storage.AccessKeyRepository;
import io.cloudmq.gateway.core.port.storage.ProjectRepository;
import io.cloudmq.gateway.core.port.storage.TenantRepository;
import io.cloudmq.gateway.core.port.storage.Transactions;
import io.cloudmq.gateway.core.security.Credentials;
import io.cloudmq.gateway.core.security.SecretSealer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tenants, their access keys and projects: what the operator admin API and the bootstrap manage, and what adapters use
 * to turn a signed request into a tenant.
 */
@ApplicationScoped
public class TenantService {

    private static final Pattern TENANT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
    private static final Pattern ACCESS_KEY_ID = Pattern.compile("[A-Za-z0-9_.-]{8,128}");
    private static final Pattern PROJECT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern REGION = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private final TenantRepository tenants;
    private final AccessKeyRepository accessKeys;
    private final ProjectRepository projects;
    private final Transactions tx;
    private final SecretSealer sealer;
    private final Clock clock;

    @Inject
    public TenantService(TenantRepository tenants, AccessKeyRepository accessKeys, ProjectRepository projects,
                         Transactions tx, SecretSealer sealer, Clock clock) {
        this.tenants = tenants;
        this.accessKeys = accessKeys;
        this.projects = projects;
        this.tx = tx;
        this.sealer = sealer;
        this.clock = clock;
    }

    public Tenant createTenant(String id, String name) {
        require(TENANT_ID, "tenant_id", id);
        return tx.inNewTransaction(() -> {
            if (tenants.find(id).isPresent()) {
                throw GatewayException.alreadyExists(ResourceType.TENANT, id);
            }
            Tenant tenant = new Tenant(id, name == null || name.isBlank() ? id : name, clock.instant());
            tenants.insert(tenant);
            return tenant;
        });
    }

    public List<Tenant> listTenants() {
        return tx.inNewTransaction(tenants::list);
    }

    public Tenant getTenant(String id) {
        return tx.inNewTransaction(() -> tenants.find(id))
                .orElseThrow(() -> GatewayException.notFound(ResourceType.TENANT, id));
    }

    /**
     * Issues an access key for a tenant. With {@code accessKeyId}/{@code secret} null, both are generated; supplying
     * them lets operators import keys that existing scripts already use.
     */
    public IssuedAccessKey createAccessKey(String tenantId, String accessKeyId, String secret, String description) {
        String id = accessKeyId == null || accessKeyId.isBlank() ? Credentials.newAccessKeyId() : accessKeyId;
        String plain = secret == null || secret.isBlank() ? Credentials.newSecret() : secret;
        require(ACCESS_KEY_ID, "access_key_id", id);
        if (plain.length() < 16) {
            throw GatewayException.invalidParameter("access_key_secret", "must have at least 16 characters");
        }
        return tx.inNewTransaction(() -> {
            if (tenants.find(tenantId).isEmpty()) {
                throw GatewayException.notFound(ResourceType.TENANT, tenantId);
            }
            if (accessKeys.find(id).isPresent()) {
                throw GatewayException.alreadyExists(ResourceType.ACCESS_KEY, id);
            }
            accessKeys.insert(new AccessKey(id, tenantId, sealer.seal(plain), true, description, clock.instant()));
            return new IssuedAccessKey(id, tenantId, plain);
        });
    }

    public List<AccessKey> listAccessKeys(String tenantId) {
        return tx.inNewTransaction(() -> {
            if (tenants.find(tenantId).isEmpty()) {
                throw GatewayException.notFound(ResourceType.TENANT, tenantId);
            }
            return accessKeys.listByTenant(tenantId);
        });
    }

    public Project createProject(String tenantId, String projectId, String region) {
        require(PROJECT_ID, "project_id", projectId);
        require(REGION, "region", region);
        return tx.inNewTransaction(() -> {
            if (tenants.find(tenantId).isEmpty()) {
                throw GatewayException.notFound(ResourceType.TENANT, tenantId);
            }
            if (projects.find(projectId).isPresent()) {
                throw GatewayException.alreadyExists(ResourceType.PROJECT, projectId);
            }
            Project project = new Project(projectId, tenantId, region, clock.instant());
            projects.insert(project);
            return project;
        });
    }

    public List<Project> listProjects(String tenantId) {
        return tx.inNewTransaction(() -> {
            if (tenants.find(tenantId).isEmpty()) {
                throw GatewayException.notFound(ResourceType.TENANT, tenantId);
            }
            return projects.listByTenant(tenantId);
        });
    }

    /** The enabled key with its secret, or empty when the key is unknown or disabled. */
    public Optional<ResolvedCredential> resolveCredential(String accessKeyId) {
        if (accessKeyId == null || accessKeyId.isEmpty()) {
            return Optional.empty();
        }
        return tx.inNewTransaction(() -> accessKeys.find(accessKeyId))
                .filter(AccessKey::enabled)
                .map(k -> new ResolvedCredential(k.id(), k.tenantId(), sealer.unseal(k.sealedSecret())));
    }

    /** The project when it belongs to the tenant; FORBIDDEN otherwise, without revealing whether it exists elsewhere. */
    public Project requireOwnProject(String tenantId, String projectId) {
        return tx.inNewTransaction(() -> projects.find(projectId))
                .filter(p -> p.tenantId().equals(tenantId))
                .orElseThrow(() -> GatewayException.forbidden(ResourceType.PROJECT, projectId,
                        "The project '" + projectId + "' does not belong to the caller's account."));
    }

    /**
     * Makes sure the configured tenant, access key and (optionally) project exist: idempotent, run at every start.
     * An existing key keeps its stored secret only if it matches; a changed secret in configuration is an error rather
     * than a silent overwrite.
     */
    public void ensureBootstrap(String tenantId, String accessKeyId, String secret, String projectId, String region) {
        tx.inNewTransaction(() -> {
            if (tenants.find(tenantId).isEmpty()) {
                tenants.insert(new Tenant(tenantId, tenantId, clock.instant()));
            }
            Optional<AccessKey> existing = accessKeys.find(accessKeyId);
            if (existing.isEmpty()) {
                require(ACCESS_KEY_ID, "access_key_id", accessKeyId);
                accessKeys.insert(new AccessKey(accessKeyId, tenantId, sealer.seal(secret), true, "bootstrap",
                        clock.instant()));
            } else if (!existing.get().tenantId().equals(tenantId)) {
                throw GatewayException.conflict(ResourceType.ACCESS_KEY, accessKeyId,
                        "bootstrap access key belongs to another tenant");
            } else if (!sealer.unseal(existing.get().sealedSecret()).equals(secret)) {
                throw GatewayException.conflict(ResourceType.ACCESS_KEY, accessKeyId,
                        "bootstrap access key exists with a different secret");
            }
            if (projectId != null && !projectId.isBlank()) {
                Optional<Project> project = projects.find(projectId);
                if (project.isEmpty()) {
                    projects.insert(new Project(projectId, tenantId, region, clock.instant()));
                } else if (!project.get().tenantId().equals(tenantId)) {
                    throw GatewayException.conflict(ResourceType.PROJECT, projectId,
                            "bootstrap project belongs to another tenant");
                }
            }
        });
    }

    private static void require(Pattern pattern, String field, String value) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw GatewayException.invalidParameter(field, "must match " + pattern.pattern());
        }
    }
}
