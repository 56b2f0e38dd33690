package io.cloudmq.gateway.server.admin;

import com.rabbitmq.http.client.Client;
import com.rabbitmq.http.client.ClientParameters;
import com.rabbitmq.http.client.domain.QueueInfo;
import io.cloudmq.gateway.core.model.Caller;
import io.cloudmq.gateway.core.model.Engine;
import io.cloudmq.gateway.core.model.InstanceStatus;
import io.cloudmq.gateway.core.model.QueueSettings;
import io.cloudmq.gateway.core.model.QueueType;
import io.cloudmq.gateway.core.service.CreateInstanceCommand;
import io.cloudmq.gateway.core.service.InstanceService;
import io.cloudmq.gateway.core.service.QueueService;
import io.cloudmq.gateway.core.service.VirtualHostService;
import io.cloudmq.gateway.server.Await;
import io.cloudmq.gateway.server.GatewayTestResources;
import io.cloudmq.gateway.server.huawei.HuaweiTenant;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drift of an AMQP instance against the local RabbitMQ, whose management API plays the operator working behind the
 * gateway's back: a deleted queue is reported and declared again, a queue the gateway never made is removed only when
 * asked. Drift names AMQP objects by their path in the instance ({@code vhost/name}, each segment URL-encoded).
 */
@QuarkusTest
@QuarkusTestResource(value = GatewayTestResources.class, restrictToAnnotatedClass = false)
class AmqpDriftReportTest {

    private static final String VHOST = "orders";

    @Inject
    InstanceService instances;
    @Inject
    VirtualHostService vhosts;
    @Inject
    QueueService queues;
    @ConfigProperty(name = "gateway.rabbitmq.clusters.local.management-url")
    String managementUrl;

    Caller caller;
    String instanceId;
    String brokerVhost;
    Client rabbit;

    @BeforeEach
    void instanceWithAQueue() throws MalformedURLException, URISyntaxException {
        HuaweiTenant tenant = HuaweiTenant.create();
        caller = new Caller(tenant.tenantId(), tenant.accessKeyId(), null, tenant.region());
        instanceId = "amqp-" + UUID.randomUUID().toString().substring(0, 8);
        instances.create(caller, new CreateInstanceCommand(instanceId, Engine.RABBITMQ, "3.10", "drift", null, null,
                "test", null, false, Map.of()));
        Await.until("the instance to be RUNNING", Duration.ofSeconds(30),
                () -> instances.get(caller, instanceId).status(), status -> status == InstanceStatus.RUNNING);
        vhosts.create(caller, instanceId, VHOST, null);
        queues.create(caller, instanceId, new QueueSettings(VHOST, "invoices", QueueType.CLASSIC, true, false, false,
                null, null, null, null));
        brokerVhost = vhosts.endpoints(caller, instanceId).brokerVirtualHost(VHOST);
        rabbit = new Client(new ClientParameters().url(managementUrl + "/api/").username("guest").password("guest"));
    }

    /** Unlike the RocketMQ cluster, the local RabbitMQ outlives the test run: leave no virtual hosts behind. */
    @AfterEach
    void deleteInstance() {
        instances.delete(caller, instanceId);
    }

    @Test
    void aQueueDeletedBehindTheGatewaysBackIsReportedAndDeclaredAgain() {
        assertThat(drift()).isEmpty();

        rabbit.deleteQueue(brokerVhost, "invoices");
        assertThat(drift()).containsExactly(Map.of("family", "queue", "name", VHOST + "/invoices",
                "kind", "MISSING_ON_BROKER"));

        HuaweiTenant.admin().post("/admin/drift/" + instanceId + "/repair").then().statusCode(200);
        assertThat(rabbit.getQueue(brokerVhost, "invoices")).isNotNull();
        assertThat(drift()).isEmpty();
    }

    @Test
    void aQueueDeclaredBehindTheGatewaysBackIsRemovedOnlyWhenAsked() {
        rabbit.declareQueue(brokerVhost, "rogue", new QueueInfo(true, false, false));
        assertThat(drift()).containsExactly(Map.of("family", "queue", "name", VHOST + "/rogue",
                "kind", "UNKNOWN_TO_GATEWAY"));

        HuaweiTenant.admin().post("/admin/drift/" + instanceId + "/repair").then().statusCode(200);
        assertThat(rabbit.getQueue(brokerVhost, "rogue")).as("not removed without removeUnknown").isNotNull();

        HuaweiTenant.admin().queryParam("removeUnknown", true).post("/admin/drift/" + instanceId + "/repair")
                .then().statusCode(200);
        assertThat(rabbit.getQueue(brokerVhost, "rogue")).isNull();
        assertThat(drift()).isEmpty();
    }

    private List<Map<String, Object>> drift() {
        return HuaweiTenant.admin().get("/admin/drift/" + instanceId).then().statusCode(200).extract().jsonPath()
                .getList("drifts");
    }
}
