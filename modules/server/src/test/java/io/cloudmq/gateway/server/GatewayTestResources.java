package io.cloudmq.gateway.server;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * Gives tests a real PostgreSQL: the CI service (Debian package, {@code app}/{@code app} on 127.0.0.1:5432, see
 * .ci/run) when it is reachable, otherwise an embedded one started once per JVM. RocketMQ needs nothing here: with no
 * cluster configured the driver starts its embedded NameServer + broker itself.
 */
public class GatewayTestResources implements QuarkusTestResourceLifecycleManager {

    private static final String SERVICE_URL = System.getProperty("test.postgres.url",
            "jdbc:postgresql://127.0.0.1:5432/app");
    private static final String SERVICE_USER = System.getProperty("test.postgres.user", "app");
    private static final String SERVICE_PASSWORD = System.getProperty("test.postgres.password", "app");

    private static Map<String, String> datasource;

    @Override
    public synchronized Map<String, String> start() {
        if (datasource == null) {
            datasource = serviceReachable() ? Map.of(
                    "quarkus.datasource.jdbc.url", SERVICE_URL,
                    "quarkus.datasource.username", SERVICE_USER,
                    "quarkus.datasource.password", SERVICE_PASSWORD) : embedded();
        }
        return datasource;
    }

    @Override
    public void stop() {
        // The database outlives application restarts between test classes; the JVM's exit ends it.
    }

    private static boolean serviceReachable() {
        try (Connection ignored = DriverManager.getConnection(SERVICE_URL, SERVICE_USER, SERVICE_PASSWORD)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static Map<String, String> embedded() {
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
            return Map.of(
                    "quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres",
                    "quarkus.datasource.username", "postgres",
                    "quarkus.datasource.password", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("no PostgreSQL reachable at " + SERVICE_URL
                    + " and the embedded one did not start", e);
        }
    }
}
