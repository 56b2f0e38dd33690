package io.cloudmq.gateway.server.admin;

import io.cloudmq.gateway.core.security.Credentials;
import io.cloudmq.gateway.server.config.GatewayConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** The operator's bearer token: configured, or generated per start and logged for development. */
@ApplicationScoped
public class AdminToken {

    private static final Logger LOG = Logger.getLogger(AdminToken.class);

    private final byte[] token;
    private final boolean generated;

    @Inject
    public AdminToken(GatewayConfig config) {
        String configured = config.admin().token().filter(t -> !t.isBlank()).orElse(null);
        this.generated = configured == null;
        this.token = (configured != null ? configured : Credentials.newSecret()).getBytes(StandardCharsets.UTF_8);
    }

    void onStart(@Observes StartupEvent event) {
        if (generated) {
            LOG.infof("No gateway.admin.token configured; the admin API accepts this token until restart: %s",
                    new String(token, StandardCharsets.UTF_8));
        }
    }

    boolean matches(String presented) {
        return presented != null
                && MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8));
    }
}
