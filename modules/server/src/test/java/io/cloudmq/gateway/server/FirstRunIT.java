package io.cloudmq.gateway.server;

import com.huaweicloud.sdk.rocketmq.v2.RocketMQClient;
import com.huaweicloud.sdk.rocketmq.v2.model.CreatePostPaidInstanceRequest;
import com.huaweicloud.sdk.rocketmq.v2.model.CreateTopicOrBatchDeleteTopicReq;
import com.huaweicloud.sdk.rocketmq.v2.model.CreateTopicOrBatchDeleteTopicRequest;
import com.huaweicloud.sdk.rocketmq.v2.model.ShowInstanceRequest;
import com.huaweicloud.sdk.rocketmq.v2.model.ShowInstanceResponse;
import com.huaweicloud.sdk.rocketmq.v2.model.ShowOneTopicRequest;
import io.cloudmq.gateway.server.huawei.HuaweiTenant;
import org.apache.rocketmq.remoting.protocol.route.TopicRouteData;
import org.apache.rocketmq.tools.admin.DefaultMQAdminExt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's first run, for real: the packaged gateway starts on embedded defaults (embedded PostgreSQL and
 * RocketMQ, nothing configured), prints a development key, serves the official Huawei SDK, and after a restart on the
 * same data directory still has the instance and the topic — in PostgreSQL and on the broker.
 */
class FirstRunIT {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopAll() throws InterruptedException {
        for (Process p : started) {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void firstRunServesTheSdkAndKeepsStateAcrossRestarts() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "first-run-");
        int httpPort = freePort();
        int namesrvPort = freePort();

        Gateway first = start(dataDir, httpPort, namesrvPort);
        Map<String, String> credentials = first.credentials();
        RocketMQClient client = HuaweiTenant.clientFor(credentials.get("access key id"),
                credentials.get("access key secret"), credentials.get("huawei project id"),
                "http://127.0.0.1:" + httpPort);

        HuaweiTenant shape = new HuaweiTenant("dev", null, null, null, credentials.get("region"));
        String instanceId = client.createPostPaidInstance(new CreatePostPaidInstanceRequest()
                .withBody(shape.instanceBody("first-run"))).getInstanceId();
        Await.until("RUNNING", Duration.ofSeconds(60),
                () -> client.showInstance(new ShowInstanceRequest().withInstanceId(instanceId)).getStatus(),
                "RUNNING"::equals);
        client.createTopicOrBatchDeleteTopic(new CreateTopicOrBatchDeleteTopicRequest().withInstanceId(instanceId)
                .withBody(new CreateTopicOrBatchDeleteTopicReq().withName("orders").withQueueNum(BigDecimal.ONE)));
        first.stop();

        Gateway second = start(dataDir, httpPort, namesrvPort);
        assertThat(second.output()).as("credentials are printed on the first start only")
                .doesNotContain("access key secret");
        ShowInstanceResponse shown = client.showInstance(new ShowInstanceRequest().withInstanceId(instanceId));
        assertThat(shown.getStatus()).isEqualTo("RUNNING");
        assertThat(client.showOneTopic(new ShowOneTopicRequest().withInstanceId(instanceId).withTopic("orders"))
                .getName()).isEqualTo("orders");

        DefaultMQAdminExt admin = new DefaultMQAdminExt(5000);
        admin.setNamesrvAddr(shown.getNamesrvAddress().replace(',', ';'));
        admin.setInstanceName("first-run-it-" + System.nanoTime());
        admin.start();
        try {
            TopicRouteData route = Await.until("route of the topic after restart", Duration.ofSeconds(30),
                    () -> {
                        try {
                            return admin.examineTopicRouteInfo(instanceId + "%orders");
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }, r -> !r.getQueueDatas().isEmpty());
            assertThat(route.getQueueDatas()).isNotEmpty();
        } finally {
            admin.shutdown();
        }
    }

    private Gateway start(Path dataDir, int httpPort, int namesrvPort) throws IOException {
        assertThat(JAR).as("the packaged gateway (mvn package)").exists();
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:MaxDirectMemorySize=256m",
                "-Duser.home=" + dataDir.toAbsolutePath(),
                "-Dgateway.data-dir=" + dataDir.toAbsolutePath(),
                "-Dquarkus.http.port=" + httpPort,
                "-Dgateway.rocketmq.embedded.namesrv-port=" + namesrvPort,
                // The broker also listens on broker-port - 2, so keep clear of the name server's port.
                "-Dgateway.rocketmq.embedded.broker-port=" + (namesrvPort + 10),
                "-Dgateway.rocketmq.embedded.ha-port=" + (namesrvPort + 11),
                "-jar", JAR.toAbsolutePath().toString())
                .redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("GATEWAY_"));
        Process process = pb.start();
        started.add(process);
        Gateway gateway = new Gateway(process, httpPort);
        gateway.awaitReady();
        return gateway;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** A running gateway process whose output is collected for assertions and diagnostics. */
    private static final class Gateway {
        private final Process process;
        private final int port;
        private final StringBuffer output = new StringBuffer();
        private final Map<String, String> printed = new ConcurrentHashMap<>();

        Gateway(Process process, int port) {
            this.process = process;
            this.port = port;
            Thread reader = new Thread(() -> {
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
            }, "gateway-output");
            reader.setDaemon(true);
            reader.start();
        }

        void awaitReady() {
            try {
                waitForHealth();
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + "\n--- gateway output ---\n" + output, e);
            }
        }

        private void waitForHealth() {
            Await.until("gateway health on port " + port, Duration.ofSeconds(120), () -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the gateway exited with " + process.exitValue());
                }
                try {
                    HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + port
                            + "/q/health/ready").toURL().openConnection();
                    return c.getResponseCode();
                } catch (IOException e) {
                    return -1;
                }
            }, status -> status == 200);
        }

        Map<String, String> credentials() {
            return Await.until("development credentials in the output", Duration.ofSeconds(10),
                    () -> Map.copyOf(printed), m -> m.containsKey("access key secret")
                            && m.containsKey("huawei project id") && m.containsKey("region"));
        }

        String output() {
            return output.toString();
        }

        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }
}
