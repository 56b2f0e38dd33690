package io.cloudmq.gateway.server.huawei;

import com.huaweicloud.sdk.core.exception.ServiceResponseException;
import com.huaweicloud.sdk.rocketmq.v2.RocketMQClient;
import com.huaweicloud.sdk.rocketmq.v2.model.CreateTopicOrBatchDeleteTopicReq;
import com.huaweicloud.sdk.rocketmq.v2.model.CreateTopicOrBatchDeleteTopicRequest;
import com.huaweicloud.sdk.rocketmq.v2.model.DeleteTopicRequest;
import com.huaweicloud.sdk.rocketmq.v2.model.ListRocketInstanceTopicsRequest;
import com.huaweicloud.sdk.rocketmq.v2.model.ListRocketInstanceTopicsResponse;
import com.huaweicloud.sdk.rocketmq.v2.model.ShowInstanceRequest;
import com.huaweicloud.sdk.rocketmq.v2.model.ShowOneTopicRequest;
import com.huaweicloud.sdk.rocketmq.v2.model.ShowOneTopicResponse;
import com.huaweicloud.sdk.rocketmq.v2.model.ShowTopicStatusRequest;
import com.huaweicloud.sdk.rocketmq.v2.model.ShowTopicStatusRespQueues;
import com.huaweicloud.sdk.rocketmq.v2.model.ShowTopicStatusResponse;
import com.huaweicloud.sdk.rocketmq.v2.model.UpdateTopicReq;
import com.huaweicloud.sdk.rocketmq.v2.model.UpdateTopicRequest;
import io.cloudmq.gateway.server.Await;
import io.cloudmq.gateway.server.BrokerView;
import io.cloudmq.gateway.server.GatewayTestResources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.rocketmq.client.producer.DefaultMQProducer;
import org.apache.rocketmq.common.constant.PermName;
import org.apache.rocketmq.common.message.Message;
import org.apache.rocketmq.remoting.protocol.route.QueueData;
import org.apache.rocketmq.remoting.protocol.route.TopicRouteData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static io.cloudmq.gateway.server.huawei.HuaweiTenant.refused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Topic operations of the Huawei dialect through the official SDK, checked against the RocketMQ broker's own view:
 * what the API says exists really exists, isolated per instance.
 */
@QuarkusTest
@QuarkusTestResource(value = GatewayTestResources.class, restrictToAnnotatedClass = false)
class HuaweiTopicsTest {

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
    void topicExistsOnTheBrokerAndIsIsolatedPerInstance() {
        String first = tenant.runningInstance(HuaweiTenant.uniqueName("iso-a"));
        String second = tenant.runningInstance(HuaweiTenant.uniqueName("iso-b"));

        client.createTopicOrBatchDeleteTopic(create(first, "orders", 3, "all"));
        client.createTopicOrBatchDeleteTopic(create(second, "orders", 5, "pub"));

        TopicRouteData a = route(first, first + "%orders").orElseThrow();
        TopicRouteData b = route(second, second + "%orders").orElseThrow();
        assertThat(a.getQueueDatas()).extracting(QueueData::getWriteQueueNums).containsOnly(3);
        assertThat(a.getQueueDatas()).extracting(QueueData::getPerm)
                .containsOnly(PermName.PERM_READ | PermName.PERM_WRITE);
        assertThat(b.getQueueDatas()).extracting(QueueData::getWriteQueueNums).containsOnly(5);
        assertThat(b.getQueueDatas()).extracting(QueueData::getPerm).containsOnly(PermName.PERM_WRITE);

        ShowOneTopicResponse shown = client.showOneTopic(new ShowOneTopicRequest().withInstanceId(second)
                .withTopic("orders"));
        assertThat(shown.getName()).isEqualTo("orders");
        assertThat(shown.getPermission()).isEqualTo(ShowOneTopicResponse.PermissionEnum.PUB);
        assertThat(shown.getBrokers()).isNotEmpty();
        assertThat(shown.getTotalWriteQueueNum()).isEqualTo(BigDecimal.valueOf(5L * shown.getBrokers().size()));
    }

    @Test
    void listShowsTheInstancesTopics() {
        String id = tenant.runningInstance(HuaweiTenant.uniqueName("lst"));
        for (String name : List.of("alpha", "beta", "gamma")) {
            client.createTopicOrBatchDeleteTopic(create(id, name, 2, "all"));
        }
        ListRocketInstanceTopicsResponse page = client.listRocketInstanceTopics(
                new ListRocketInstanceTopicsRequest().withInstanceId(id).withLimit(2).withOffset(0));
        assertThat(page.getTotal()).isEqualTo(3);
        assertThat(page.getTopics()).extracting(t -> t.getName()).containsExactly("alpha", "beta");
        assertThat(page.getNextOffset()).isEqualTo(2);
        assertThat(page.getPreviousOffset()).isEqualTo(-1);
        assertThat(page.getRemaining()).isEqualTo(page.getMax() - 3);
    }

    @Test
    void deleteAndBatchDeleteRemoveTopicsFromTheBroker() {
        String id = tenant.runningInstance(HuaweiTenant.uniqueName("del"));
        for (String name : List.of("one", "two", "three")) {
            client.createTopicOrBatchDeleteTopic(create(id, name, 1, "all"));
        }
        client.deleteTopic(new DeleteTopicRequest().withInstanceId(id).withTopic("one"));
        assertThat(route(id, id + "%one")).isEmpty();

        var response = client.createTopicOrBatchDeleteTopic(new CreateTopicOrBatchDeleteTopicRequest()
                .withInstanceId(id).withAction("delete")
                .withBody(new CreateTopicOrBatchDeleteTopicReq().withTopics(List.of("two", "three"))));
        assertThat(response.getJobId()).isNotBlank();
        assertThat(route(id, id + "%two")).isEmpty();
        assertThat(route(id, id + "%three")).isEmpty();

        ServiceResponseException e = refused(() -> client.showOneTopic(
                new ShowOneTopicRequest().withInstanceId(id).withTopic("two")));
        assertThat(e.getHttpStatusCode()).isEqualTo(404);
    }

    @Test
    void refusalsUseDmsCodesAndCreateNothing() {
        String id = tenant.runningInstance(HuaweiTenant.uniqueName("bad"));
        client.createTopicOrBatchDeleteTopic(create(id, "taken", 1, "all"));

        ServiceResponseException duplicate = refused(() -> client.createTopicOrBatchDeleteTopic(
                create(id, "taken", 1, "all")));
        assertThat(duplicate.getErrorCode()).isEqualTo("DMS.00400800");

        ServiceResponseException badName = refused(() -> client.createTopicOrBatchDeleteTopic(
                create(id, "a b", 1, "all")));
        assertThat(badName.getHttpStatusCode()).isEqualTo(400);
        assertThat(badName.getErrorCode()).isEqualTo("DMS.00400800");

        ServiceResponseException badQueues = refused(() -> client.createTopicOrBatchDeleteTopic(
                create(id, "tooMany", 51, "all")));
        assertThat(badQueues.getErrorCode()).isEqualTo("DMS.00400800");
        assertThat(route(id, id + "%tooMany")).isEmpty();

        ServiceResponseException unknownInstance = refused(() -> client.createTopicOrBatchDeleteTopic(
                create(UUID.randomUUID().toString(), "x-topic", 1, "all")));
        assertThat(unknownInstance.getHttpStatusCode()).isEqualTo(404);
        assertThat(unknownInstance.getErrorCode()).isEqualTo("DMS.00404022");
    }

    private static CreateTopicOrBatchDeleteTopicRequest create(String instanceId, String name, int queues,
                                                               String permission) {
        return new CreateTopicOrBatchDeleteTopicRequest().withInstanceId(instanceId)
                .withBody(new CreateTopicOrBatchDeleteTopicReq().withName(name)
                        .withQueueNum(BigDecimal.valueOf(queues))
                        .withPermission(CreateTopicOrBatchDeleteTopicReq.PermissionEnum.fromValue(permission)));
    }

    /** The broker's route for a physical topic name, read with an admin client of our own. */
    @Test
    void updateChangesQueuesAndPermissionOnTheBroker() {
        String id = tenant.runningInstance(HuaweiTenant.uniqueName("upd"));
        client.createTopicOrBatchDeleteTopic(create(id, "orders", 3, "all"));

        client.updateTopic(new UpdateTopicRequest().withInstanceId(id).withTopic("orders").withBody(new UpdateTopicReq()
                .withReadQueueNum(BigDecimal.valueOf(6)).withWriteQueueNum(BigDecimal.valueOf(6))
                .withPermission(UpdateTopicReq.PermissionEnum.SUB)));
        TopicRouteData changed = Await.until("the new queues and permission on the broker", Duration.ofSeconds(30),
                () -> route(id, id + "%orders").orElseThrow(),
                r -> r.getQueueDatas().stream().allMatch(q -> q.getPerm() == PermName.PERM_READ));
        assertThat(changed.getQueueDatas()).extracting(QueueData::getReadQueueNums).containsOnly(6);
        assertThat(changed.getQueueDatas()).extracting(QueueData::getWriteQueueNums).containsOnly(6);
        assertThat(changed.getQueueDatas()).extracting(QueueData::getPerm).containsOnly(PermName.PERM_READ);

        client.updateTopic(new UpdateTopicRequest().withInstanceId(id).withTopic("orders").withBody(new UpdateTopicReq()
                .withPermission(UpdateTopicReq.PermissionEnum.ALL)));
        TopicRouteData again = Await.until("the permission restored on the broker", Duration.ofSeconds(30),
                () -> route(id, id + "%orders").orElseThrow(),
                r -> r.getQueueDatas().stream()
                        .allMatch(q -> q.getPerm() == (PermName.PERM_READ | PermName.PERM_WRITE)));
        assertThat(again.getQueueDatas()).extracting(QueueData::getWriteQueueNums).containsOnly(6);
        assertThat(again.getQueueDatas()).extracting(QueueData::getPerm)
                .containsOnly(PermName.PERM_READ | PermName.PERM_WRITE);

        ServiceResponseException tooMany = refused(() -> client.updateTopic(new UpdateTopicRequest().withInstanceId(id)
                .withTopic("orders").withBody(new UpdateTopicReq().withWriteQueueNum(BigDecimal.valueOf(51)))));
        assertThat(tooMany.getHttpStatusCode()).isEqualTo(400);
        assertThat(tooMany.getErrorCode()).isEqualTo("DMS.00400800");
        assertThat(route(id, id + "%orders").orElseThrow().getQueueDatas()).extracting(QueueData::getWriteQueueNums)
                .containsOnly(6);
        ServiceResponseException unknown = refused(() -> client.updateTopic(new UpdateTopicRequest().withInstanceId(id)
                .withTopic("missing").withBody(new UpdateTopicReq().withWriteQueueNum(BigDecimal.valueOf(2)))));
        assertThat(unknown.getHttpStatusCode()).isEqualTo(404);
    }

    @Test
    void statusReportsEveryQueueOffsetsAndLastMessageTime() throws Exception {
        String id = tenant.runningInstance(HuaweiTenant.uniqueName("sts"));
        client.createTopicOrBatchDeleteTopic(create(id, "orders", 2, "all"));
        ShowTopicStatusResponse empty = client.showTopicStatus(new ShowTopicStatusRequest().withInstanceId(id)
                .withTopic("orders"));
        assertThat(empty.getMaxOffset()).isZero();
        assertThat(empty.getBrokers()).isNotEmpty();
        assertThat(empty.getBrokers().get(0).getQueues()).extracting(ShowTopicStatusRespQueues::getId)
                .containsExactly(0, 1);

        long before = System.currentTimeMillis() - 1000;
        DefaultMQProducer producer = new DefaultMQProducer("producer-" + UUID.randomUUID());
        producer.setNamesrvAddr(client.showInstance(new ShowInstanceRequest().withInstanceId(id)).getNamesrvAddress()
                .replace(',', ';'));
        producer.setInstanceName("huawei-topics-test-" + UUID.randomUUID());
        producer.start();
        try {
            for (int i = 0; i < 6; i++) {
                producer.send(new Message(id + "%orders", "TagA", ("m" + i).getBytes(StandardCharsets.UTF_8)));
            }
        } finally {
            producer.shutdown();
        }

        ShowTopicStatusResponse status = Await.until("six messages in the topic's queues", Duration.ofSeconds(30),
                () -> client.showTopicStatus(new ShowTopicStatusRequest().withInstanceId(id).withTopic("orders")),
                s -> s.getBrokers().stream().flatMap(b -> b.getQueues().stream())
                        .mapToLong(q -> q.getMaxOffset() - q.getMinOffset()).sum() == 6);
        assertThat(status.getMaxOffset()).isPositive();
        assertThat(status.getBrokers().stream().flatMap(b -> b.getQueues().stream())
                .filter(q -> q.getMaxOffset() > 0)).isNotEmpty()
                .allSatisfy(q -> assertThat(q.getLastMessageTime()).isGreaterThanOrEqualTo(before));

        ServiceResponseException unknown = refused(() -> client.showTopicStatus(new ShowTopicStatusRequest()
                .withInstanceId(id).withTopic("missing")));
        assertThat(unknown.getHttpStatusCode()).isEqualTo(404);
    }

    private Optional<TopicRouteData> route(String instanceId, String physicalTopic) {
        if (broker == null) {
            broker = BrokerView.of(client.showInstance(new ShowInstanceRequest().withInstanceId(instanceId))
                    .getNamesrvAddress());
        }
        return broker.route(physicalTopic);
    }
}
