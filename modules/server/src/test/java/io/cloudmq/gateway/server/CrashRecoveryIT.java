package io.cloudmq.gateway.server;

import com.huaweicloud.sdk.rocketmq.v2.RocketMQClient;
import com.huaweicloud.sdk.rocketmq.v2.model.CreatePostPaidInstanceRequest;
import com.huaweicloud.sdk.rocketmq.v2.model.CreateTopicOrBatchDeleteTopicReq;
import com.huaweicloud.sdk.rocketmq.v2.model.CreateTopicOrBatchDeleteTopicRequest;
import com.huaweicloud.sdk.rocketmq.v2.model.ListRocketInstanceTopicsRequest;
import com.huaweicloud.sdk.rocketmq.v2.model.ShowInstanceRequest;
import io.cloudmq.gateway.server.huawei.HuaweiTenant;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 of the gateway in the middle of creating an instance and its topics: after a restart the unfinished work is
 * finished, and the drift report shows nothing between PostgreSQL and the broker.
 */
class CrashRecoveryIT {

    private static final String TOKEN = "crash-test-token";
    private static final int TOPICS = 12;

    @Test
    void unfinishedProvisioningResumesAfterAKillAndLeavesNoDrift() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "crash-");
        GatewayProcess.Ports ports = GatewayProcess.Ports.free();
        String[] props = {"gateway.admin.token=" + TOKEN};

        GatewayProcess first = GatewayProcess.start(dataDir, ports, props);
        Map<String, String> credentials = first.printedCredentials();
        RocketMQClient client = HuaweiTenant.clientFor(credentials.get("access key id"),
                credentials.get("access key secret"), credentials.get("huawei project id"), first.endpoint());
        HuaweiTenant shape = new HuaweiTenant("dev", null, null, null, credentials.get("region"));

        String running = client.createPostPaidInstance(new CreatePostPaidInstanceRequest()
                .withBody(shape.instanceBody("crash-topics"))).getInstanceId();
        Await.until("RUNNING", Duration.ofSeconds(60),
                () -> client.showInstance(new ShowInstanceRequest().withInstanceId(running)).getStatus(),
                "RUNNING"::equals);
        // Topic creations in flight, and an instance whose creation was just accepted, when the process dies.
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<String> accepted = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < TOPICS; i++) {
            String name = "t" + i;
            pool.submit(() -> {
                client.createTopicOrBatchDeleteTopic(new CreateTopicOrBatchDeleteTopicRequest()
                        .withInstanceId(running)
                        .withBody(new CreateTopicOrBatchDeleteTopicReq().withName(name).withQueueNum(BigDecimal.ONE)));
                accepted.add(name);
            });
        }
        String creating = client.createPostPaidInstance(new CreatePostPaidInstanceRequest()
                .withBody(shape.instanceBody("crash-instance"))).getInstanceId();
        first.kill();
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);

        GatewayProcess second = GatewayProcess.start(dataDir, ports, props);
        try {
            RocketMQClient again = HuaweiTenant.clientFor(credentials.get("access key id"),
                    credentials.get("access key secret"), credentials.get("huawei project id"), second.endpoint());
            Await.until("the interrupted instance creation finishes", Duration.ofSeconds(90),
                    () -> again.showInstance(new ShowInstanceRequest().withInstanceId(creating)).getStatus(),
                    "RUNNING"::equals);
            // Every topic the gateway stored (at least those it acknowledged) is on the broker: no drift either way.
            for (String instance : List.of(running, creating)) {
                JsonPath drift = Await.until("no drift for " + instance, Duration.ofSeconds(90),
                        () -> RestAssured.given().header("Authorization", "Bearer " + TOKEN)
                                .get(second.endpoint() + "/admin/drift/" + instance).then().statusCode(200)
                                .extract().jsonPath(),
                        d -> d.getList("drifts").isEmpty() && d.getString("unavailable") == null);
                assertThat(drift.getList("drifts")).isEmpty();
            }
            List<String> stored = again.listRocketInstanceTopics(new ListRocketInstanceTopicsRequest()
                    .withInstanceId(running).withLimit(50)).getTopics().stream().map(t -> t.getName()).toList();
            assertThat(stored).containsAll(accepted);
            // The drift report leaves out objects whose jobs are still queued, so look at the broker itself as well.
            String namesrv = again.showInstance(new ShowInstanceRequest().withInstanceId(running)).getNamesrvAddress();
            try (BrokerView broker = BrokerView.of(namesrv)) {
                for (String topic : stored) {
                    Await.until(topic + " on the broker", Duration.ofSeconds(60),
                            () -> broker.hasTopic(running + "%" + topic), Boolean::booleanValue);
                }
            }
        } finally {
            second.stop();
        }
    }
}
