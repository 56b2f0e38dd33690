package io.cloudmq.gateway.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged gateway ({@code target/quarkus-app}) running as its own process on embedded defaults, as a user starts
 * it: for tests of first runs, restarts and crashes. Its output is collected for assertions and failure reports.
 */
public final class GatewayProcess {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");

    private final Process process;
    private final int httpPort;
    private final StringBuffer output = new StringBuffer();
    private final Map<String, String> printed = new ConcurrentHashMap<>();

    private GatewayProcess(Process process, int httpPort) {
        this.process = process;
        this.httpPort = httpPort;
        Thread reader = new Thread(this::collectOutput, "gateway-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Ports a gateway on one data directory keeps across restarts. */
    public record Ports(int http, int namesrv) {
        public static Ports free() throws IOException {
            return new Ports(freePort(), freePort());
        }
    }

    /** Starts the gateway with its data in {@code dataDir} and waits until it is ready. */
    public static GatewayProcess start(Path dataDir, Ports ports, String... extraProperties) throws IOException {
        assertThat(JAR).as("the packaged gateway (mvn package)").exists();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:MaxDirectMemorySize=256m",
                "-Duser.home=" + dataDir.toAbsolutePath(),
                "-Dgateway.data-dir=" + dataDir.toAbsolutePath(),
                "-Dquarkus.http.port=" + ports.http(),
                "-Dgateway.rocketmq.embedded.namesrv-port=" + ports.namesrv(),
                // The broker also listens on broker-port - 2, so keep clear of the name server's port.
                "-Dgateway.rocketmq.embedded.broker-port=" + (ports.namesrv() + 10),
                "-Dgateway.rocketmq.embedded.ha-port=" + (ports.namesrv() + 11)));
        for (String property : extraProperties) {
            command.add("-D" + property);
        }
        command.addAll(List.of("-jar", JAR.toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("GATEWAY_"));
        GatewayProcess gateway = new GatewayProcess(builder.start(), ports.http());
        gateway.awaitReady();
        return gateway;
    }

    public String endpoint() {
        return "http://127.0.0.1:" + httpPort;
    }

    /** The development credentials printed on a first start ("access key id", "access key secret", ...). */
    public Map<String, String> printedCredentials() {
        return Await.until("development credentials in the output", Duration.ofSeconds(10),
                () -> Map.copyOf(printed), m -> m.containsKey("access key secret")
                        && m.containsKey("huawei project id") && m.containsKey("region"));
    }

    public String output() {
        return output.toString();
    }

    /** A graceful stop (SIGTERM). */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
        }
    }

    /** kill -9: no shutdown hook runs, in-flight work is abandoned mid-way. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    private void awaitReady() {
        try {
            Await.until("gateway health on port " + httpPort, Duration.ofSeconds(120), this::readiness,
                    status -> status == 200);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\n--- gateway output ---\n" + output, e);
        }
    }

    private int readiness() {
        if (!process.isAlive()) {
            throw new IllegalStateException("the gateway exited with " + process.exitValue());
        }
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(endpoint() + "/q/health/ready").toURL()
                    .openConnection();
            return c.getResponseCode();
        } catch (IOException e) {
            return -1;
        }
    }

    private void collectOutput() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                output.append(line).append('\n');
                int colon = line.indexOf(':');
                if (line.startsWith("  ") && colon > 0) {
                    printed.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
                }
            }
        } catch (IOException ignored) {
            // the process ended
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
