package io.cloudmq.gateway.server.admin;

import com.huaweicloud.sdk.rocketmq.v2.RocketMQClient;
import com.huaweicloud.sdk.rocketmq.v2.model.CreateTopicOrBatchDeleteTopicReq;
import com.huaweicloud.sdk.rocketmq.v2.model.CreateTopicOrBatchDeleteTopicRequest;
import com.huaweicloud.sdk.rocketmq.v2.model.ShowInstanceRequest;
import io.cloudmq.gateway.core.model.AclPermission;
import io.cloudmq.gateway.core.model.BrokerUserSettings;
import io.cloudmq.gateway.core.model.Caller;
import io.cloudmq.gateway.core.model.ConsumerGroupSettings;
import io.cloudmq.gateway.core.service.ConsumerGroupService;
import io.cloudmq.gateway.core.service.UserService;
import io.cloudmq.gateway.server.BrokerView;
import io.cloudmq.gateway.server.GatewayTestResources;
import io.cloudmq.gateway.server.huawei.HuaweiTenant;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.rocketmq.common.TopicConfig;
import org.apache.rocketmq.remoting.protocol.route.TopicRouteData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The drift report compares stored topics and consumer groups with the broker's, and repair converges them: missing
 * objects are created again, unknown ones are removed only when the operator asks.
 */
@QuarkusTest
@QuarkusTestResource(value = GatewayTestResources.class, restrictToAnnotatedClass = false)
class DriftReportTest {

    @Inject
    ConsumerGroupService groups;

    @Inject
    UserService users;

    HuaweiTenant tenant;
    RocketMQClient client;
    String instanceId;
    BrokerView broker;

    @BeforeEach
    void instanceWithTopics() {
        tenant = HuaweiTenant.create();
        client = tenant.client();
        instanceId = tenant.runningInstance(HuaweiTenant.uniqueName("drift"));
        for (String name : List.of("kept", "lost")) {
            client.createTopicOrBatchDeleteTopic(new CreateTopicOrBatchDeleteTopicRequest().withInstanceId(instanceId)
                    .withBody(new CreateTopicOrBatchDeleteTopicReq().withName(name).withQueueNum(BigDecimal.ONE)));
        }
        broker = BrokerView.of(client.showInstance(new ShowInstanceRequest().withInstanceId(instanceId))
                .getNamesrvAddress());
    }

    @AfterEach
    void closeBroker() {
        broker.close();
    }

    @Test
    void aTopicDeletedBehindTheGatewaysBackIsReportedAndRecreated() throws Exception {
        assertThat(drift().getList("drifts")).isEmpty();

        broker.deleteTopic(instanceId + "%lost");
        assertThat(drift().getList("drifts", Map.class))
                .containsExactly(Map.of("family", "topic", "name", "lost", "kind", "MISSING_ON_BROKER"));

        HuaweiTenant.admin().post("/admin/drift/" + instanceId + "/repair").then().statusCode(200);
        assertThat(broker.hasTopic(instanceId + "%lost")).isTrue();
        assertThat(drift().getList("drifts")).isEmpty();
    }

    @Test
    void aTopicCreatedBehindTheGatewaysBackIsRemovedOnlyWhenAsked() throws Exception {
        String rogue = instanceId + "%rogue";
        broker.admin().createAndUpdateTopicConfig(brokerAddress(), new TopicConfig(rogue, 1, 1, 6));
        assertThat(drift().getList("drifts", Map.class))
                .containsExactly(Map.of("family", "topic", "name", "rogue", "kind", "UNKNOWN_TO_GATEWAY"));

        HuaweiTenant.admin().post("/admin/drift/" + instanceId + "/repair").then().statusCode(200);
        assertThat(broker.hasTopic(rogue)).as("not removed without removeUnknown").isTrue();

        HuaweiTenant.admin().queryParam("removeUnknown", true).post("/admin/drift/" + instanceId + "/repair")
                .then().statusCode(200);
        assertThat(broker.hasTopic(rogue)).isFalse();
        assertThat(drift().getList("drifts")).isEmpty();
    }

    @Test
    void aGroupDeletedBehindTheGatewaysBackIsReportedAndRecreated() throws Exception {
        Caller caller = new Caller(tenant.tenantId(), tenant.accessKeyId(), tenant.projectId(), tenant.region());
        groups.create(caller, instanceId, "billing", new ConsumerGroupSettings(null, null, null, true, 3, null, null,
                null, null));
        String physical = instanceId + "%billing";
        assertThat(drift().getList("drifts")).isEmpty();

        broker.admin().deleteSubscriptionGroup(brokerAddress(), physical);
        assertThat(drift().getList("drifts", Map.class))
                .containsExactly(Map.of("family", "group", "name", "billing", "kind", "MISSING_ON_BROKER"));

        HuaweiTenant.admin().post("/admin/drift/" + instanceId + "/repair").then().statusCode(200);
        assertThat(broker.admin().examineSubscriptionGroupConfig(brokerAddress(), physical).getRetryMaxTimes())
                .as("recreated from the stored settings").isEqualTo(3);
        assertThat(drift().getList("drifts")).isEmpty();
    }

    @Test
    void aUserDeletedBehindTheGatewaysBackIsReportedAndRecreatedWithItsPermissions() throws Exception {
        Caller caller = new Caller(tenant.tenantId(), tenant.accessKeyId(), tenant.projectId(), tenant.region());
        users.create(caller, instanceId, "reporter", "reporter-secret-1", new BrokerUserSettings(false, true,
                AclPermission.SUB, null, List.of(), Map.of()));
        String physical = instanceId + "%reporter";
        assertThat(drift().getList("drifts")).isEmpty();

        broker.admin().deleteUser(brokerAddress(), physical);
        assertThat(drift().getList("drifts", Map.class))
                .containsExactly(Map.of("family", "user", "name", "reporter", "kind", "MISSING_ON_BROKER"));

        HuaweiTenant.admin().post("/admin/drift/" + instanceId + "/repair").then().statusCode(200);
        assertThat(broker.admin().getUser(brokerAddress(), physical).getUsername()).isEqualTo(physical);
        assertThat(broker.admin().listAcl(brokerAddress(), "User:" + physical, null))
                .as("its permissions come back with it").isNotEmpty();
        assertThat(drift().getList("drifts")).isEmpty();
    }

    @Test
    void theOperatorViewCoversEveryRunningInstance() {
        List<Map<String, Object>> all = HuaweiTenant.admin().get("/admin/drift").then().statusCode(200)
                .extract().jsonPath().getList("$");
        Set<Object> ids = new HashSet<>();
        all.forEach(r -> ids.add(r.get("instanceId")));
        assertThat(ids).contains(instanceId);
    }

    /** The master that holds the instance's topics (the test cluster has one). */
    private String brokerAddress() {
        TopicRouteData route = broker.route(instanceId + "%kept").orElseThrow();
        return route.getBrokerDatas().get(0).selectBrokerAddr();
    }

    private JsonPath drift() {
        return HuaweiTenant.admin().get("/admin/drift/" + instanceId).then().statusCode(200).extract().jsonPath();
    }
}
