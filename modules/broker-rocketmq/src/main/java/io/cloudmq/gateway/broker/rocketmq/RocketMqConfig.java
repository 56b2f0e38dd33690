package io.cloudmq.gateway.broker.rocketmq;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The RocketMQ clusters the gateway places instances on ({@code gateway.rocketmq.clusters.<id>.*}) and the embedded
 * NameServer + broker used when none is configured ({@code gateway.rocketmq.embedded.*}).
 */
@ConfigMapping(prefix = "gateway.rocketmq")
public interface RocketMqConfig {

    /** Cluster id (as stored in instance placements) to cluster. New instances prefer ids in alphabetical order. */
    Map<String, ClusterConfig> clusters();

    Embedded embedded();

    interface ClusterConfig {

        /** {@code host:port} of every NameServer of the cluster. */
        List<String> namesrvAddresses();

        /** Admin credentials, required when the brokers enforce ACL 2.0 authentication (a Super user). */
        Optional<String> accessKey();

        Optional<String> secretKey();

        /** Proxy (gRPC) address reported to clients; absent when the cluster has no proxy. */
        Optional<String> grpcEndpoint();

        /** RocketMQ broker cluster name; a NameServer may serve several broker clusters. */
        @WithDefault("DefaultCluster")
        String clusterName();
    }

    interface Embedded {

        /** Absent: start the embedded broker exactly when no cluster is configured. */
        Optional<Boolean> enabled();

        /** Survives restarts on purpose: topics created through the API must still exist after a gateway restart. */
        @WithDefault("${user.home}/.cloudmq/rocketmq")
        String dataDir();

        @WithDefault("19876")
        int namesrvPort();

        /** The broker also listens on {@code broker-port - 2} (RocketMQ's fixed "fast" channel). */
        @WithDefault("20911")
        int brokerPort();

        /** Master-slave replication port; defaults to {@code broker-port + 1}. */
        OptionalInt haPort();

        /** Enforce ACL 2.0 authentication and authorization; then {@code access-key}/{@code secret-key} are required. */
        @WithDefault("false")
        boolean aclEnabled();

        /** Initial Super user of the embedded broker, also used by the gateway's admin client. */
        Optional<String> accessKey();

        Optional<String> secretKey();
    }
}
