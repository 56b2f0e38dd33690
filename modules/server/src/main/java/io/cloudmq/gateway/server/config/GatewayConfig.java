package io.cloudmq.gateway.server.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** The gateway's own settings ({@code gateway.*}, or {@code GATEWAY_*} in the environment). */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Where embedded PostgreSQL and RocketMQ keep their data and where a generated master key is stored. */
    @WithDefault("data")
    String dataDir();

    /** The region that requests without a project resolve to, and that the development tenant is created in. */
    @WithDefault("cn-north-4")
    String region();

    /**
     * Encrypts access key secrets and broker passwords at rest. Required in production; when absent, a key is
     * generated once into {@code <data-dir>/master.key} (fine for development only).
     */
    Optional<String> masterKey();

    Bootstrap bootstrap();

    Admin admin();

    interface Bootstrap {
        Optional<String> accountId();

        Optional<String> accessKeyId();

        Optional<String> accessKeySecret();

        Optional<String> huaweiProjectId();

        Optional<String> region();

        /** Without bootstrap credentials, create a development tenant and key pair on first start and print them. */
        @WithDefault("true")
        boolean developmentKeyWhenUnconfigured();
    }

    interface Admin {
        /** Bearer token of the operator admin API; when absent, one is generated at each start and logged. */
        Optional<String> token();
    }
}
