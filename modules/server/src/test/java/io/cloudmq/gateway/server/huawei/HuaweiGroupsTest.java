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
import com.huaweicloud.sdk.rocketmq.v2.model.CreateTopicOrBatchDeleteTopicReq;
import com.huaweicloud.sdk.rocketmq.v2.model.CreateTopicOrBatchDeleteTopicRequest;
import com.huaweicloud.sdk.rocketmq.v2.model.ListConsumerGroupOfTopicRequest;
import com.huaweicloud.sdk.rocketmq.v2.model.ListConsumerGroupOfTopicResponse;
import com.huaweicloud.sdk.rocketmq.v2.model.ResetConsumeOffsetReq;
import com.huaweicloud.sdk.rocketmq.v2.model.ResetConsumeOffsetRequest;
import com.huaweicloud.sdk.rocketmq.v2.model.ResetConsumeOffsetResponse;
import com.huaweicloud.sdk.rocketmq.v2.model.ShowConsumerConnectionsRequest;
import com.huaweicloud.sdk.rocketmq.v2.model.ShowConsumerConnectionsResponse;
import com.huaweicloud.sdk.rocketmq.v2.model.ShowConsumerListOrDetailsRequest;
import com.huaweicloud.sdk.rocketmq.v2.model.ShowConsumerListOrDetailsResponse;
import io.cloudmq.gateway.server.Await;
import io.cloudmq.gateway.server.BrokerView;
import io.cloudmq.gateway.server.GatewayTestResources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.rocketmq.client.consumer.DefaultMQPushConsumer;
import org.apache.rocketmq.client.consumer.listener.ConsumeConcurrentlyStatus;
import org.apache.rocketmq.client.consumer.listener.MessageListenerConcurrently;
import org.apache.rocketmq.client.producer.DefaultMQProducer;
import org.apache.rocketmq.common.consumer.ConsumeFromWhere;
import org.apache.rocketmq.common.message.Message;
import org.apache.rocketmq.remoting.protocol.subscription.SubscriptionGroupConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

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
    final List<Runnable> shutdowns = new ArrayList<>();

    @AfterEach
    void shutdownClients() {
        shutdowns.forEach(Runnable::run);
        shutdowns.clear();
    }

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

    @Test
    void topicsLagClientsGroupsOfTopicAndResetComeFromTheBroker() throws Exception {
        String id = tenant.runningInstance(HuaweiTenant.uniqueName("gst"));
        String namesrv = client.showInstance(new ShowInstanceRequest().withInstanceId(id)).getNamesrvAddress();
        client.createTopicOrBatchDeleteTopic(new CreateTopicOrBatchDeleteTopicRequest().withInstanceId(id)
                .withBody(new CreateTopicOrBatchDeleteTopicReq().withName("orders").withQueueNum(BigDecimal.valueOf(2))));
        client.createConsumerGroupOrBatchDeleteConsumerGroup(create(id, "readers").withBody(body("readers")));

        DefaultMQProducer producer = new DefaultMQProducer("producer-" + UUID.randomUUID());
        producer.setNamesrvAddr(namesrv);
        producer.setInstanceName("hw-groups-producer-" + UUID.randomUUID());
        producer.start();
        shutdowns.add(producer::shutdown);
        for (int i = 0; i < 4; i++) {
            producer.send(new Message(id + "%orders", "TagA", ("m" + i).getBytes(StandardCharsets.UTF_8)));
        }

        AtomicInteger consumed = new AtomicInteger();
        DefaultMQPushConsumer consumer = new DefaultMQPushConsumer(id + "%readers");
        consumer.setNamesrvAddr(namesrv);
        consumer.setInstanceName("hw-groups-consumer-" + UUID.randomUUID());
        consumer.setConsumeFromWhere(ConsumeFromWhere.CONSUME_FROM_FIRST_OFFSET);
        consumer.setPersistConsumerOffsetInterval(1000);
        consumer.setHeartbeatBrokerInterval(1000);
        consumer.setPollNameServerInterval(1000);
        consumer.subscribe(id + "%orders", "TagA || TagB");
        consumer.registerMessageListener((MessageListenerConcurrently) (messages, context) -> {
            consumed.addAndGet(messages.size());
            return ConsumeConcurrentlyStatus.CONSUME_SUCCESS;
        });
        consumer.start();
        shutdowns.add(consumer::shutdown);

        // 18: the client and its subscription, under the literal "rocketmq" engine segment
        ShowConsumerConnectionsResponse connections = Await.until("an online client", Duration.ofSeconds(30),
                () -> client.showConsumerConnections(new ShowConsumerConnectionsRequest().withInstanceId(id)
                        .withGroup("readers")), r -> r.getClients() != null && !r.getClients().isEmpty());
        assertThat(connections.getOnline()).isTrue();
        assertThat(connections.getGroupName()).isEqualTo("readers");
        assertThat(connections.getTotal()).isEqualTo(1);
        assertThat(connections.getClients().get(0).getClientId()).isNotBlank();
        assertThat(connections.getClients().get(0).getSubscriptions())
                .anySatisfy(sub -> {
                    assertThat(sub.getTopic()).isEqualTo("orders");
                    assertThat(sub.getType()).isEqualTo("TAG");
                    assertThat(sub.getExpression()).contains("TagA");
                });

        // 17 without topic: the subscribed topics
        ShowConsumerListOrDetailsResponse subscribed = Await.until("the subscription", Duration.ofSeconds(30),
                () -> client.showConsumerListOrDetails(new ShowConsumerListOrDetailsRequest().withInstanceId(id)
                        .withGroup("readers")), r -> r.getTopics() != null && r.getTopics().contains("orders"));
        assertThat(subscribed.getTotal()).isEqualTo(1);

        // 26: the groups of the topic
        ListConsumerGroupOfTopicResponse ofTopic = client.listConsumerGroupOfTopic(
                new ListConsumerGroupOfTopicRequest().withInstanceId(id).withTopic("orders"));
        assertThat(ofTopic.getGroups()).containsExactly("readers");

        // 17 with topic: everything consumed, so no lag
        ShowConsumerListOrDetailsResponse details = Await.until("no lag", Duration.ofSeconds(30),
                () -> client.showConsumerListOrDetails(new ShowConsumerListOrDetailsRequest().withInstanceId(id)
                        .withGroup("readers").withTopic("orders")),
                r -> r.getLag() != null && r.getLag() == 0 && r.getConsumerOffset() == 4);
        assertThat(details.getMaxOffset()).isEqualTo(4);
        assertThat(details.getBrokers()).isNotEmpty();
        assertThat(details.getBrokers().get(0).getQueues()).hasSize(2);

        // 19: with the consumer offline, back to the start: the lag is the whole topic again
        consumer.shutdown();
        Await.until("the client gone", Duration.ofSeconds(30),
                () -> client.showConsumerConnections(new ShowConsumerConnectionsRequest().withInstanceId(id)
                        .withGroup("readers")), r -> !r.getOnline());
        ResetConsumeOffsetResponse reset = client.resetConsumeOffset(new ResetConsumeOffsetRequest()
                .withEngine(ResetConsumeOffsetRequest.EngineEnum.RELIABILITY).withInstanceId(id).withGroupId("readers")
                .withBody(new ResetConsumeOffsetReq().withTopic("orders").withTimestamp("0")));
        assertThat(reset.getQueues()).hasSize(2 * details.getBrokers().size());
        assertThat(reset.getQueues()).allSatisfy(q -> assertThat(q.getTimestampOffset()).isZero());
        ShowConsumerListOrDetailsResponse behind = client.showConsumerListOrDetails(
                new ShowConsumerListOrDetailsRequest().withInstanceId(id).withGroup("readers").withTopic("orders"));
        assertThat(behind.getLag()).isEqualTo(4);
        assertThat(behind.getConsumerOffset()).isZero();

        ServiceResponseException unknownGroup = refused(() -> client.showConsumerListOrDetails(
                new ShowConsumerListOrDetailsRequest().withInstanceId(id).withGroup("nobody")));
        assertThat(unknownGroup.getHttpStatusCode()).isEqualTo(404);
        assertThat(unknownGroup.getErrorCode()).isEqualTo("DMS.10540401");
        ServiceResponseException unknownGroupReset = refused(() -> client.resetConsumeOffset(
                new ResetConsumeOffsetRequest().withEngine(ResetConsumeOffsetRequest.EngineEnum.RELIABILITY)
                        .withInstanceId(id).withGroupId("nobody")
                        .withBody(new ResetConsumeOffsetReq().withTopic("orders").withTimestamp("0"))));
        assertThat(unknownGroupReset.getHttpStatusCode()).isEqualTo(404);
        ServiceResponseException unknownInstance = refused(() -> client.showConsumerConnections(
                new ShowConsumerConnectionsRequest().withInstanceId(UUID.randomUUID().toString())
                        .withGroup("readers")));
        assertThat(unknownInstance.getErrorCode()).isEqualTo("DMS.00404022");
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
