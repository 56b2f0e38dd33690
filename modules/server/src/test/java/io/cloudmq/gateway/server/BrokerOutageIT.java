package io.cloudmq.gateway.server;

import com.huaweicloud.sdk.rocketmq.v2.RocketMQClient;
import com.huaweicloud.sdk.rocketmq.v2.model.CreatePostPaidInstanceRequest;
import com.huaweicloud.sdk.rocketmq.v2.model.CreateTopicOrBatchDeleteTopicReq;
import com.huaweicloud.sdk.rocketmq.v2.model.CreateTopicOrBatchDeleteTopicRequest;
import com.huaweicloud.sdk.rocketmq.v2.model.ShowInstanceRequest;
import io.cloudmq.gateway.server.huawei.HuaweiTenant;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A RocketMQ outage under a running gateway: work accepted while the broker is down is never reported done, the
 * gateway stays ready (and says which cluster is down), and everything converges once the broker is back.
 *
 * <p>The broker runs in a separate process, so that it can be killed and restarted: a second packaged gateway on
 * embedded defaults serves as that process (only its embedded RocketMQ is used). The gateway under test has no
 * embedded broker and is configured with that process's name server as its only cluster.
 */
class BrokerOutageIT {

    private static final String TOKEN = "outage-test-token";

    @Test
    void workAcceptedDuringAnOutageConvergesWhenTheBrokerReturns() throws Exception {
        Path brokerData = Files.createTempDirectory(Path.of("target"), "outage-broker-");
        GatewayProcess.Ports brokerPorts = GatewayProcess.Ports.free();
        GatewayProcess brokerHost = GatewayProcess.start(brokerData, brokerPorts);
        String namesrv = "127.0.0.1:" + brokerPorts.namesrv();

        Path gatewayData = Files.createTempDirectory(Path.of("target"), "outage-gateway-");
        GatewayProcess gateway = GatewayProcess.start(gatewayData, GatewayProcess.Ports.free(),
                "gateway.admin.token=" + TOKEN,
                "gateway.rocketmq.embedded.enabled=false",
                "gateway.rocketmq.clusters.ext.namesrv-addresses=" + namesrv);
        try {
            Map<String, String> credentials = gateway.printedCredentials();
            RocketMQClient client = HuaweiTenant.clientFor(credentials.get("access key id"),
                    credentials.get("access key secret"), credentials.get("huawei project id"), gateway.endpoint());
            HuaweiTenant shape = new HuaweiTenant("dev", null, null, null, credentials.get("region"));
            String instance = client.createPostPaidInstance(new CreatePostPaidInstanceRequest()
                    .withBody(shape.instanceBody("outage"))).getInstanceId();
            Await.until("RUNNING", Duration.ofSeconds(60), () -> status(client, instance), "RUNNING"::equals);

            brokerHost.kill();

            JsonPath readiness = Await.until("readiness reports the cluster down", Duration.ofSeconds(30),
                    () -> RestAssured.get(gateway.endpoint() + "/q/health/ready").then().statusCode(200)
                            .extract().jsonPath(),
                    r -> "DOWN".equals(r.getString("checks.find { it.name == 'broker-clusters' }.data.'rocketmq/ext'")));
            assertThat(readiness.getString("status")).as("a broker outage does not make the gateway unready")
                    .isEqualTo("UP");

            // Accepted while the broker is down: stored, queued, not done.
            client.createTopicOrBatchDeleteTopic(new CreateTopicOrBatchDeleteTopicRequest().withInstanceId(instance)
                    .withBody(new CreateTopicOrBatchDeleteTopicReq().withName("during").withQueueNum(BigDecimal.ONE)));
            String late = client.createPostPaidInstance(new CreatePostPaidInstanceRequest()
                    .withBody(shape.instanceBody("outage-late"))).getInstanceId();
            assertThat(status(client, late)).as("never RUNNING while its broker is down").isEqualTo("CREATING");
            assertThat(drift(gateway, instance).getString("unavailable")).isNotBlank();

            brokerHost = GatewayProcess.start(brokerData, brokerPorts);

            Await.until("the late instance becomes RUNNING", Duration.ofSeconds(90), () -> status(client, late),
                    "RUNNING"::equals);
            try (BrokerView broker = BrokerView.of(namesrv)) {
                Await.until("the topic accepted during the outage is on the broker", Duration.ofSeconds(90),
                        () -> broker.hasTopic(instance + "%during"), Boolean::booleanValue);
            }
            JsonPath drift = Await.until("no drift", Duration.ofSeconds(60), () -> drift(gateway, instance),
                    d -> d.getString("unavailable") == null && d.getList("drifts").isEmpty());
            assertThat(drift.getList("drifts")).isEmpty();
        } finally {
            gateway.stop();
            brokerHost.stop();
        }
    }

    private static String status(RocketMQClient client, String instanceId) {
        return client.showInstance(new ShowInstanceRequest().withInstanceId(instanceId)).getStatus();
    }

    private static JsonPath drift(GatewayProcess gateway, String instanceId) {
        return RestAssured.given().header("Authorization", "Bearer " + TOKEN)
                .get(gateway.endpoint() + "/admin/drift/" + instanceId).then().statusCode(200).extract().jsonPath();
    }
}
