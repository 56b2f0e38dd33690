package io.cloudmq.gateway.server.huawei;

import com.huaweicloud.sdk.core.exception.ServiceResponseException;
import com.huaweicloud.sdk.rocketmq.v2.RocketMQClient;
import com.huaweicloud.sdk.rocketmq.v2.model.BatchUpdateConsumerGroupReq;
import com.huaweicloud.sdk.rocketmq.v2.model.BatchUpdateConsumerGroupRequest;
import com.huaweicloud.sdk.rocketmq.v2.model.CreateConsumerGroupOrBatchDeleteConsumerGroupReq;
import com.huaweicloud.sdk.rocketmq.v2.model.CreateConsumerGroupOrBatchDeleteConsumerGroupRequest;
import com.huaweicloud.sdk.rocketmq.v2.model.CreateOrUpdateConsumerGroup;
import com.huaweicloud.sdk.rocketmq.v2.model.DeleteConsumerGroupRequest;
import com.huaweicloud.sdk.rocketmq.v2.model.ListInstanceConsumerGroupsRequest;
import com.huaweicloud.sdk.rocketmq.v2.model.ListInstanceConsumerGroupsResponse;
import com.huaweicloud.sdk.rocketmq.v2.model.ShowGroupRequest;
import com.huaweicloud.sdk.rocketmq.v2.model.ShowGroupResponse;
import com.huaweicloud.sdk.rocketmq.v2.model.ShowInstanceRequest;
import com.huaweicloud.sdk.rocketmq.v2.model.UpdateConsumerGroup;
import com.huaweicloud.sdk.rocketmq.v2.model.UpdateConsumerGroupRequest;
import io.cloudmq.gateway.server.BrokerView;
import io.cloudmq.gateway.server.GatewayTestResources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.rocketmq.remoting.protocol.subscription.SubscriptionGroupConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static io.cloudmq.gateway.server.huawei.HuaweiTenant.refused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Consumer group operations of the Huawei dialect through the official SDK, checked against the RocketMQ broker's
 * subscription group configs.
 */
@QuarkusTest
@QuarkusTestResource(value = GatewayTestResources.class, restrictToAnnotatedClass = false)
class HuaweiGroupsTest {

    static BrokerView broker;

    @AfterAll
    static void closeBroker() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }

    HuaweiTenant tenant;
    RocketMQClient client;

    @BeforeEach
    void tenant() {
        tenant = HuaweiTenant.create();
        client = tenant.client();
    }

    @Test
    void createShowUpdateAndDeleteReachTheBroker() {
        String id = tenant.runningInstance(HuaweiTenant.uniqueName("grp"));
        var created = client.createConsumerGroupOrBatchDeleteConsumerGroup(create(id, "billing")
                .withBody(body("billing").withBroadcast(true).withRetryMaxTime(5).withConsumeOrderly(true)
                        .withGroupDesc("bills")));
        assertThat(created.getName()).isEqualTo("billing");

        SubscriptionGroupConfig config = groupConfig(id, id + "%billing").orElseThrow();
        assertThat(config.isConsumeBroadcastEnable()).isTrue();
        assertThat(config.isConsumeMessageOrderly()).isTrue();
        assertThat(config.getRetryMaxTimes()).isEqualTo(5);
        assertThat(config.isConsumeEnable()).isTrue();

        ShowGroupResponse shown = client.showGroup(new ShowGroupRequest().withInstanceId(id).withGroup("billing"));
        assertThat(shown.getName()).isEqualTo("billing");
        assertThat(shown.getBroadcast()).isTrue();
        assertThat(shown.getEnabled()).isTrue();
        assertThat(shown.getRetryMaxTime()).isEqualTo(5);
        assertThat(shown.getGroupDesc()).isEqualTo("bills");
        assertThat(shown.getBrokers()).isNotEmpty();

        client.updateConsumerGroup(new UpdateConsumerGroupRequest().withInstanceId(id).withGroup("billing")
                .withBody(new UpdateConsumerGroup().withName("billing").withEnabled(false).withBroadcast(false)
                        .withRetryMaxTime(7).withBrokers(shown.getBrokers())));
        SubscriptionGroupConfig updated = groupConfig(id, id + "%billing").orElseThrow();
        assertThat(updated.isConsumeEnable()).isFalse();
        assertThat(updated.isConsumeBroadcastEnable()).isFalse();
        assertThat(updated.getRetryMaxTimes()).isEqualTo(7);
        assertThat(updated.isConsumeMessageOrderly()).as("unchanged fields are kept").isTrue();
        ShowGroupResponse after = client.showGroup(new ShowGroupRequest().withInstanceId(id).withGroup("billing"));
        assertThat(after.getEnabled()).isFalse();
        assertThat(after.getGroupDesc()).isEqualTo("bills");

        client.deleteConsumerGroup(new DeleteConsumerGroupRequest().withInstanceId(id).withGroup("billing"));
        assertThat(groupConfig(id, id + "%billing")).isEmpty();
        ServiceResponseException gone = refused(() -> client.showGroup(
                new ShowGroupRequest().withInstanceId(id).withGroup("billing")));
        assertThat(gone.getHttpStatusCode()).isEqualTo(404);
        assertThat(gone.getErrorCode()).isEqualTo("DMS.10540401");
    }

    @Test
    void listFiltersAndPages() {
        String id = tenant.runningInstance(HuaweiTenant.uniqueName("glst"));
        for (String name : List.of("alpha-g", "beta-g", "gamma-g")) {
            client.createConsumerGroupOrBatchDeleteConsumerGroup(create(id, name).withBody(body(name)
                    .withConsumeOrderly(name.startsWith("beta"))));
        }
        ListInstanceConsumerGroupsResponse page = client.listInstanceConsumerGroups(
                new ListInstanceConsumerGroupsRequest().withInstanceId(id).withLimit(2).withOffset(0));
        assertThat(page.getTotal().intValue()).isEqualTo(3);
        assertThat(page.getGroups()).extracting(g -> g.getName()).containsExactly("alpha-g", "beta-g");
        assertThat(page.getGroups().get(0).getCreatedAt()).isPositive();
        assertThat(page.getGroups().get(1).getConsumeOrderly()).isTrue();
        assertThat(page.getGroups().get(0).getRetryMaxTime()).isEqualTo(16);
        assertThat(page.getNextOffset()).isEqualTo(2);
        assertThat(page.getPreviousOffset()).isEqualTo(-1);
        assertThat(page.getRemaining()).isEqualTo(page.getMax() - 3);

        ListInstanceConsumerGroupsResponse filtered = client.listInstanceConsumerGroups(
                new ListInstanceConsumerGroupsRequest().withInstanceId(id).withGroup("gam"));
        assertThat(filtered.getGroups()).extracting(g -> g.getName()).containsExactly("gamma-g");
    }

    @Test
    void batchUpdateAndBatchDelete() {
        String id = tenant.runningInstance(HuaweiTenant.uniqueName("gbat"));
        for (String name : List.of("one-g", "two-g", "three-g")) {
            client.createConsumerGroupOrBatchDeleteConsumerGroup(create(id, name).withBody(body(name)));
        }
        var updated = client.batchUpdateConsumerGroup(new BatchUpdateConsumerGroupRequest().withInstanceId(id)
                .withBody(new BatchUpdateConsumerGroupReq().withGroups(List.of(
                        new CreateOrUpdateConsumerGroup().withName("one-g").withRetryMaxTime(3),
                        new CreateOrUpdateConsumerGroup().withName("two-g").withEnabled(false)))));
        assertThat(updated.getJobId()).isNotBlank();
        assertThat(groupConfig(id, id + "%one-g").orElseThrow().getRetryMaxTimes()).isEqualTo(3);
        assertThat(groupConfig(id, id + "%two-g").orElseThrow().isConsumeEnable()).isFalse();

        ServiceResponseException partlyUnknown = refused(() -> client.batchUpdateConsumerGroup(
                new BatchUpdateConsumerGroupRequest().withInstanceId(id).withBody(new BatchUpdateConsumerGroupReq()
                        .withGroups(List.of(new CreateOrUpdateConsumerGroup().withName("one-g").withRetryMaxTime(9),
                                new CreateOrUpdateConsumerGroup().withName("nope-g").withRetryMaxTime(9))))));
        assertThat(partlyUnknown.getHttpStatusCode()).isEqualTo(404);
        assertThat(groupConfig(id, id + "%one-g").orElseThrow().getRetryMaxTimes())
                .as("a refused batch changes nothing").isEqualTo(3);

        var deleted = client.createConsumerGroupOrBatchDeleteConsumerGroup(create(id, null).withAction("delete")
                .withBody(new CreateConsumerGroupOrBatchDeleteConsumerGroupReq()
                        .withGroups(List.of("one-g", "two-g"))));
        assertThat(deleted.getJobId()).isNotBlank();
        assertThat(groupConfig(id, id + "%one-g")).isEmpty();
        assertThat(groupConfig(id, id + "%two-g")).isEmpty();
        assertThat(groupConfig(id, id + "%three-g")).isPresent();
    }

    @Test
    void refusalsUseDmsCodesAndStoreNothing() {
        String id = tenant.runningInstance(HuaweiTenant.uniqueName("gbad"));
        client.createConsumerGroupOrBatchDeleteConsumerGroup(create(id, "taken").withBody(body("taken")));

        ServiceResponseException duplicate = refused(() -> client.createConsumerGroupOrBatchDeleteConsumerGroup(
                create(id, "taken").withBody(body("taken"))));
        assertThat(duplicate.getHttpStatusCode()).isEqualTo(400);
        assertThat(duplicate.getErrorCode()).isEqualTo("DMS.00400800");

        for (String bad : List.of("ab", "a b c", "x".repeat(65), "bad/name")) {
            ServiceResponseException badName = refused(() -> client.createConsumerGroupOrBatchDeleteConsumerGroup(
                    create(id, bad).withBody(body(bad))));
            assertThat(badName.getHttpStatusCode()).as(bad).isEqualTo(400);
            assertThat(badName.getErrorCode()).as(bad).isEqualTo("DMS.00400800");
        }

        ServiceResponseException badBroker = refused(() -> client.createConsumerGroupOrBatchDeleteConsumerGroup(
                create(id, "on-nowhere").withBody(body("on-nowhere").withBrokers(List.of("no-such-broker")))));
        assertThat(badBroker.getErrorCode()).isEqualTo("DMS.00400800");
        assertThat(groupConfig(id, id + "%on-nowhere")).isEmpty();

        ServiceResponseException unknownGroup = refused(() -> client.updateConsumerGroup(
                new UpdateConsumerGroupRequest().withInstanceId(id).withGroup("missing")
                        .withBody(new UpdateConsumerGroup().withEnabled(false))));
        assertThat(unknownGroup.getHttpStatusCode()).isEqualTo(404);
        assertThat(unknownGroup.getErrorCode()).isEqualTo("DMS.10540401");

        ServiceResponseException unknownDelete = refused(() -> client.deleteConsumerGroup(
                new DeleteConsumerGroupRequest().withInstanceId(id).withGroup("missing")));
        assertThat(unknownDelete.getHttpStatusCode()).isEqualTo(404);

        ServiceResponseException unknownInstance = refused(() -> client.createConsumerGroupOrBatchDeleteConsumerGroup(
                create(UUID.randomUUID().toString(), "x-group").withBody(body("x-group"))));
        assertThat(unknownInstance.getHttpStatusCode()).isEqualTo(404);
        assertThat(unknownInstance.getErrorCode()).isEqualTo("DMS.00404022");

        ServiceResponseException unknownInstanceList = refused(() -> client.listInstanceConsumerGroups(
                new ListInstanceConsumerGroupsRequest().withInstanceId(UUID.randomUUID().toString())));
        assertThat(unknownInstanceList.getErrorCode()).isEqualTo("DMS.00404022");

        assertThat(client.listInstanceConsumerGroups(new ListInstanceConsumerGroupsRequest().withInstanceId(id))
                .getGroups()).extracting(g -> g.getName()).containsExactly("taken");
    }

    static CreateConsumerGroupOrBatchDeleteConsumerGroupRequest create(String instanceId, String name) {
        return new CreateConsumerGroupOrBatchDeleteConsumerGroupRequest().withInstanceId(instanceId);
    }

    static CreateConsumerGroupOrBatchDeleteConsumerGroupReq body(String name) {
        return new CreateConsumerGroupOrBatchDeleteConsumerGroupReq().withName(name);
    }

    /** The broker's subscription group config for a physical group name, empty when the broker has none. */
    private Optional<SubscriptionGroupConfig> groupConfig(String instanceId, String physicalGroup) {
        BrokerView view = broker(instanceId);
        try {
            String address = view.admin().examineBrokerClusterInfo().getBrokerAddrTable().values().iterator().next()
                    .selectBrokerAddr();
            return Optional.ofNullable(view.admin().examineSubscriptionGroupConfig(address, physicalGroup));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    BrokerView broker(String instanceId) {
        if (broker == null) {
            broker = BrokerView.of(client.showInstance(new ShowInstanceRequest().withInstanceId(instanceId))
                    .getNamesrvAddress());
        }
        return broker;
    }
}
