package io.cloudmq.gateway.broker.rabbitmq;

import io.smallrye.config.ConfigMapping;

import java.util.Map;

/**
 * The RabbitMQ clusters the gateway places AMQP instances on ({@code gateway.rabbitmq.clusters.<id>.*}). There is no
 * embedded RabbitMQ: with no cluster configured the RABBITMQ engine is unavailable and the rest of the gateway works.
 */
@ConfigMapping(prefix = "gateway.rabbitmq")
public interface RabbitMqConfig {

    /** Cluster id (as stored in instance placements) to cluster. New instances prefer ids in alphabetical order. */
    Map<String, ClusterConfig> clusters();

    interface ClusterConfig {

        /** Base URL of the management plugin, e.g. {@code http://rabbit-1:15672}. */
        String managementUrl();

        /** A user with the {@code administrator} tag: the gateway creates virtual hosts and users. */
        String username();

        String password();

        /** {@code host:port} AMQP clients connect to (reported to tenants, never used by the gateway itself). */
        String amqpEndpoint();
    }
}
