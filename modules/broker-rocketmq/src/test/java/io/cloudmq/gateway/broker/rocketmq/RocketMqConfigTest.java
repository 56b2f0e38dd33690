package io.cloudmq.gateway.broker.rocketmq;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RocketMqConfigTest {

    @Test
    void defaults() {
        RocketMqConfig config = config(Map.of());

        assertThat(config.clusters()).isEmpty();
        assertThat(config.embedded().enabled()).isEmpty();
        assertThat(Path.of(config.embedded().dataDir()))
                .isEqualTo(Path.of(System.getProperty("user.home"), ".cloudmq", "rocketmq"));
        EmbeddedRocketMq.Settings settings = EmbeddedRocketMq.Settings.from(config.embedded());
        assertThat(settings.namesrvPort()).isEqualTo(19876);
        assertThat(settings.brokerPort()).isEqualTo(20911);
        assertThat(settings.haPort()).isEqualTo(20912);
        assertThat(settings.aclEnabled()).isFalse();
    }

    @Test
    void configuredClustersWithoutEmbedded() {
        RocketMqConfig config = config(Map.of(
                "gateway.rocketmq.clusters.prod.namesrv-addresses", "10.0.0.1:9876,10.0.0.2:9876",
                "gateway.rocketmq.clusters.prod.access-key", "admin",
                "gateway.rocketmq.clusters.prod.secret-key", "s3cret",
                "gateway.rocketmq.clusters.prod.grpc-endpoint", "10.0.0.9:8081",
                "gateway.rocketmq.clusters.a-dev.namesrv-addresses", "127.0.0.1:9876",
                "gateway.rocketmq.clusters.a-dev.cluster-name", "DevCluster"));

        List<ClusterTarget> targets = ClusterTarget.fromConfig(config);

        assertThat(targets).containsExactly(
                new ClusterTarget("a-dev", List.of("127.0.0.1:9876"), "DevCluster", null, null, null),
                new ClusterTarget("prod", List.of("10.0.0.1:9876", "10.0.0.2:9876"), "DefaultCluster",
                        "10.0.0.9:8081", "admin", "s3cret"));
        assertThat(targets.get(1).toString()).doesNotContain("s3cret");
    }

    @Test
    void embeddedStartsWhenNoClusterIsConfigured() {
        RocketMqConfig config = config(Map.of(
                "gateway.rocketmq.embedded.data-dir", TestBroker.DATA_DIR.toString(),
                "gateway.rocketmq.embedded.namesrv-port", String.valueOf(TestBroker.NAMESRV_PORT),
                "gateway.rocketmq.embedded.broker-port", String.valueOf(TestBroker.BROKER_PORT)));

        List<ClusterTarget> targets = ClusterTarget.fromConfig(config);

        assertThat(targets).containsExactly(ClusterTarget.embedded(TestBroker.embedded()));
        assertThat(targets.get(0).namesrvAddresses()).containsExactly("127.0.0.1:" + TestBroker.NAMESRV_PORT);
    }

    @Test
    void noClusterAtAllIsAConfigurationError() {
        assertThatThrownBy(() -> ClusterTarget.fromConfig(config(Map.of("gateway.rocketmq.embedded.enabled", "false"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gateway.rocketmq.clusters");
    }

    @Test
    void aclWithoutCredentialsIsAConfigurationError() {
        RocketMqConfig config = config(Map.of("gateway.rocketmq.embedded.acl-enabled", "true"));

        assertThatThrownBy(() -> EmbeddedRocketMq.Settings.from(config.embedded()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("access-key");
    }

    private static RocketMqConfig config(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .addDefaultInterceptors()
                .addSystemSources()
                .withSources(new PropertiesConfigSource(properties, "test", 500))
                .withMapping(RocketMqConfig.class)
                .build();
        return config.getConfigMapping(RocketMqConfig.class);
    }
}
