package io.cloudmq.gateway.benchmarks;

import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.rocketmq.v2.RocketMQClient;
import com.huaweicloud.sdk.rocketmq.v2.model.CreatePostPaidInstanceReq;
import com.huaweicloud.sdk.rocketmq.v2.model.CreatePostPaidInstanceRequest;
import com.huaweicloud.sdk.rocketmq.v2.model.ShowInstanceRequest;
import org.apache.rocketmq.tools.admin.DefaultMQAdminExt;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged gateway ({@code modules/server/target/quarkus-app}) on embedded defaults in its own process, with fixed
 * bootstrap credentials, plus an instance to work on and an admin client on the same embedded broker for the direct
 * baselines.
 */
final class PackagedGateway implements AutoCloseable {

    static final String AK = "BENCHMARKACCESSKEY01";
    static final String SK = "benchmark-secret-key-0123456789";
    static final String PROJECT = "0123456789abcdef0123456789abcdef";
    static final String REGION = "cn-north-4";

    final RocketMQClient client;
    final DefaultMQAdminExt admin;
    final String instanceId;
    final String endpoint;
    private final Process process;

    private PackagedGateway(Process process, String endpoint, String namesrv) throws Exception {
        this.process = process;
        this.endpoint = endpoint;
        this.client = RocketMQClient.newBuilder()
                .withCredential(new BasicCredentials().withAk(AK).withSk(SK).withProjectId(PROJECT))
                .withEndpoint(endpoint)
                .build();
        this.instanceId = client.createPostPaidInstance(new CreatePostPaidInstanceRequest().withBody(
                new CreatePostPaidInstanceReq().withName("bench-" + System.nanoTime())
                        .withEngine(CreatePostPaidInstanceReq.EngineEnum.RELIABILITY)
                        .withEngineVersion(CreatePostPaidInstanceReq.EngineVersionEnum.fromValue("4.8.0"))
                        .withProductId(CreatePostPaidInstanceReq.ProductIdEnum.fromValue("c6.16u32g.cluster"))
                        .withStorageSpace(300).withBrokerNum(1)
                        .withStorageSpecCode(CreatePostPaidInstanceReq.StorageSpecCodeEnum.DMS_PHYSICAL_STORAGE_HIGH_V2)
                        .withVpcId("vpc").withSubnetId("subnet").withSecurityGroupId("sg")
                        .withAvailableZones(List.of(REGION + "a")))).getInstanceId();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!"RUNNING".equals(client.showInstance(new ShowInstanceRequest().withInstanceId(instanceId))
                .getStatus())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("instance " + instanceId + " did not become RUNNING");
            }
            Thread.sleep(50);
        }
        this.admin = new DefaultMQAdminExt(10_000);
        admin.setNamesrvAddr(namesrv);
        admin.setInstanceName("benchmark-" + System.nanoTime());
        admin.start();
    }

    static PackagedGateway start() throws Exception {
        Path jar = Path.of(System.getProperty("gateway.jar", "modules/server/target/quarkus-app/quarkus-run.jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath() + " is missing: build the gateway first");
        }
        Path data = Files.createTempDirectory("cloudmq-benchmark-");
        int http = freePort();
        int namesrv = freePort();
        Process process = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-XX:MaxDirectMemorySize=256m",
                "-Duser.home=" + data, "-Dgateway.data-dir=" + data, "-Dquarkus.http.port=" + http,
                "-Dgateway.rocketmq.embedded.namesrv-port=" + namesrv,
                "-Dgateway.rocketmq.embedded.broker-port=" + (namesrv + 10),
                "-Dgateway.rocketmq.embedded.ha-port=" + (namesrv + 11),
                "-Dgateway.bootstrap.account-id=bench",
                "-Dgateway.bootstrap.access-key-id=" + AK,
                "-Dgateway.bootstrap.access-key-secret=" + SK,
                "-Dgateway.bootstrap.huawei-project-id=" + PROJECT,
                "-Dgateway.bootstrap.region=" + REGION,
                "-Dgateway.admin.token=benchmark",
                "-Dquarkus.log.level=WARN",
                "-jar", jar.toAbsolutePath().toString())
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("gateway.log").toFile())
                .start();
        String endpoint = "http://127.0.0.1:" + http;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (ready(endpoint) != 200) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException("the gateway did not start; see " + data.resolve("gateway.log"));
            }
            Thread.sleep(200);
        }
        return new PackagedGateway(process, endpoint, "127.0.0.1:" + namesrv);
    }

    /** The master address of the embedded broker, for direct admin calls. */
    String brokerAddress() throws Exception {
        return admin.examineBrokerClusterInfo().getBrokerAddrTable().values().iterator().next().selectBrokerAddr();
    }

    @Override
    public void close() throws Exception {
        admin.shutdown();
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static int ready(String endpoint) {
        try {
            return ((HttpURLConnection) URI.create(endpoint + "/q/health/ready").toURL().openConnection())
                    .getResponseCode();
        } catch (IOException e) {
            return -1;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
