package io.cloudmq.gateway.server.config;

import io.cloudmq.gateway.core.service.IssuedAccessKey;
import io.cloudmq.gateway.core.service.TenantService;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Makes sure someone can call the gateway after it starts: the tenant and key pair from {@code gateway.bootstrap.*},
 * or, when none is configured and no tenant exists yet, a development tenant whose key is printed once.
 */
@ApplicationScoped
public class Bootstrap {

    static final String DEVELOPMENT_TENANT = "dev";
    private static final Logger LOG = Logger.getLogger(Bootstrap.class);

    void onStart(@Observes StartupEvent event, GatewayConfig config, TenantService tenants) {
        GatewayConfig.Bootstrap b = config.bootstrap();
        String region = b.region().orElse(config.region());
        if (b.accessKeyId().isPresent() && b.accessKeySecret().isPresent()) {
            tenants.ensureBootstrap(b.accountId().orElse("default"), b.accessKeyId().get(), b.accessKeySecret().get(),
                    b.huaweiProjectId().orElse(null), region);
            LOG.infof("Bootstrap access key %s is ready for account %s", b.accessKeyId().get(),
                    b.accountId().orElse("default"));
            return;
        }
        if (!b.developmentKeyWhenUnconfigured() || !tenants.listTenants().isEmpty()) {
            return;
        }
        tenants.createTenant(DEVELOPMENT_TENANT, "Development");
        IssuedAccessKey key = tenants.createAccessKey(DEVELOPMENT_TENANT, null, null, "development key");
        String projectId = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        tenants.createProject(DEVELOPMENT_TENANT, projectId, region);
        // Printed once, on the first start only: the secret is stored sealed and cannot be shown again.
        System.out.printf("%n=== CloudMQ Gateway development credentials (shown once) ===%n"
                        + "  access key id:     %s%n  access key secret: %s%n  huawei project id: %s%n"
                        + "  region:            %s%n=============================================================%n%n",
                key.accessKeyId(), key.secret(), projectId, region);
    }
}
