package io.cloudmq.gateway.server;

import com.huaweicloud.sdk.rocketmq.v2.RocketMQClient;
import com.huaweicloud.sdk.rocketmq.v2.model.CreatePostPaidInstanceRequest;
import com.huaweicloud.sdk.rocketmq.v2.model.CreateTopicOrBatchDeleteTopicReq;
import com.huaweicloud.sdk.rocketmq.v2.model.CreateTopicOrBatchDeleteTopicRequest;
import com.huaweicloud.sdk.rocketmq.v2.model.ShowInstanceRequest;
import com.huaweicloud.sdk.rocketmq.v2.model.ShowInstanceResponse;
import com.huaweicloud.sdk.rocketmq.v2.model.ShowOneTopicRequest;
import io.cloudmq.gateway.server.huawei.HuaweiTenant;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's first run, for real: the packaged gateway starts on embedded defaults (embedded PostgreSQL and
 * RocketMQ, nothing configured), prints a development key, serves the official Huawei SDK, and after a restart on the
 * same data directory still has the instance and the topic — in PostgreSQL and on the broker.
 */
class FirstRunIT {

    @Test
    void firstRunServesTheSdkAndKeepsStateAcrossRestarts() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "first-run-");
        GatewayProcess.Ports ports = GatewayProcess.Ports.free();

        GatewayProcess first = GatewayProcess.start(dataDir, ports);
        String instanceId;
        RocketMQClient client;
        try {
            Map<String, String> credentials = first.printedCredentials();
            client = HuaweiTenant.clientFor(credentials.get("access key id"), credentials.get("access key secret"),
                    credentials.get("huawei project id"), first.endpoint());
            HuaweiTenant shape = new HuaweiTenant("dev", null, null, null, credentials.get("region"));
            instanceId = client.createPostPaidInstance(new CreatePostPaidInstanceRequest()
                    .withBody(shape.instanceBody("first-run"))).getInstanceId();
            String id = instanceId;
            Await.until("RUNNING", Duration.ofSeconds(60),
                    () -> client.showInstance(new ShowInstanceRequest().withInstanceId(id)).getStatus(),
                    "RUNNING"::equals);
            client.createTopicOrBatchDeleteTopic(new CreateTopicOrBatchDeleteTopicRequest().withInstanceId(id)
                    .withBody(new CreateTopicOrBatchDeleteTopicReq().withName("orders").withQueueNum(BigDecimal.ONE)));
        } finally {
            first.stop();
        }

        GatewayProcess second = GatewayProcess.start(dataDir, ports);
        try {
            assertThat(second.output()).as("credentials are printed on the first start only")
                    .doesNotContain("access key secret");
            ShowInstanceResponse shown = client.showInstance(new ShowInstanceRequest().withInstanceId(instanceId));
            assertThat(shown.getStatus()).isEqualTo("RUNNING");
            assertThat(client.showOneTopic(new ShowOneTopicRequest().withInstanceId(instanceId).withTopic("orders"))
                    .getName()).isEqualTo("orders");
            try (BrokerView broker = BrokerView.of(shown.getNamesrvAddress())) {
                Await.until("the topic's route after the restart", Duration.ofSeconds(30),
                        () -> broker.hasTopic(instanceId + "%orders"), Boolean::booleanValue);
            }
        } finally {
            second.stop();
        }
    }
}
