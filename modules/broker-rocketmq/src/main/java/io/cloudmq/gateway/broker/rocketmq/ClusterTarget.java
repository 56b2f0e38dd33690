package io.cloudmq.gateway.broker.rocketmq;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One RocketMQ cluster the driver talks to.
 *
 * @param id               the gateway's cluster id, as stored in instance placements
 * @param namesrvAddresses {@code host:port} of every NameServer
 * @param clusterName      the RocketMQ broker cluster name (a NameServer may serve several)
 * @param grpcEndpoint     the proxy address reported to clients, or null
 * @param accessKey        admin access key when the brokers enforce ACL 2.0, else null
 * @param secretKey        admin secret key, else null
 */
public record ClusterTarget(String id, List<String> namesrvAddresses, String clusterName, String grpcEndpoint,
                            String accessKey, String secretKey) {

    /** The id of the embedded cluster. */
    public static final String EMBEDDED_ID = "embedded";

    public ClusterTarget {
        Objects.requireNonNull(id, "id");
        namesrvAddresses = List.copyOf(namesrvAddresses);
        if (namesrvAddresses.isEmpty()) {
            throw new IllegalArgumentException("RocketMQ cluster '" + id + "' has no namesrv-addresses");
        }
        Objects.requireNonNull(clusterName, "clusterName");
        if ((accessKey == null) != (secretKey == null)) {
            throw new IllegalArgumentException(
                    "RocketMQ cluster '" + id + "': access-key and secret-key must be configured together");
        }
    }

    public static ClusterTarget embedded(EmbeddedRocketMq embedded) {
        EmbeddedRocketMq.Settings s = embedded.settings();
        return new ClusterTarget(EMBEDDED_ID, List.of(embedded.namesrvAddress()), EmbeddedRocketMq.CLUSTER_NAME, null,
                s.aclEnabled() ? s.accessKey() : null, s.aclEnabled() ? s.secretKey() : null);
    }

    /**
     * The configured clusters, in order of preference (alphabetical by id), followed by the embedded cluster when it is
     * enabled; starts the embedded NameServer + broker (or attaches to the one already running in this JVM).
     */
    public static List<ClusterTarget> fromConfig(RocketMqConfig config) {
        List<ClusterTarget> targets = new ArrayList<>();
        for (Map.Entry<String, RocketMqConfig.ClusterConfig> e : new TreeMap<>(config.clusters()).entrySet()) {
            RocketMqConfig.ClusterConfig c = e.getValue();
            targets.add(new ClusterTarget(e.getKey(), c.namesrvAddresses(), c.clusterName(),
                    c.grpcEndpoint().orElse(null), c.accessKey().orElse(null), c.secretKey().orElse(null)));
        }
        RocketMqConfig.Embedded embedded = config.embedded();
        if (embedded.enabled().orElse(targets.isEmpty())) {
            if (config.clusters().containsKey(EMBEDDED_ID)) {
                throw new IllegalArgumentException("gateway.rocketmq.clusters." + EMBEDDED_ID
                        + " clashes with the embedded cluster's id; rename it or disable gateway.rocketmq.embedded");
            }
            targets.add(embedded(EmbeddedRocketMq.start(EmbeddedRocketMq.Settings.from(embedded))));
        }
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("No RocketMQ cluster: configure gateway.rocketmq.clusters.<id>.* "
                    + "or enable gateway.rocketmq.embedded");
        }
        return targets;
    }

    @Override
    public String toString() {
        return "ClusterTarget[id=" + id + ", namesrvAddresses=" + namesrvAddresses + ", clusterName=" + clusterName
                + ", grpcEndpoint=" + grpcEndpoint + ", accessKey=" + accessKey
                + ", secretKey=" + (secretKey == null ? null : "***") + "]";
    }
}
