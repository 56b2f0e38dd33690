package io.cloudmq.gateway.server;

import io.cloudmq.gateway.server.config.EmbeddedPostgres;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Entry point of the packaged gateway. Before Quarkus reads its configuration it starts the embedded PostgreSQL when
 * no JDBC URL is configured, so that the first run needs nothing but a JDK.
 */
@QuarkusMain
public final class GatewayMain {

    private GatewayMain() {
    }

    public static void main(String... args) {
        // RocketMQ's shaded logback prints its own configuration status to stdout on every start; the broker's logs
        // still go to its log files.
        System.getProperties().putIfAbsent("logback.statusListenerClass",
                "org.apache.rocketmq.logging.ch.qos.logback.core.status.NopStatusListener");
        EmbeddedPostgres.startIfUnconfigured();
        Quarkus.run(args);
    }
}
