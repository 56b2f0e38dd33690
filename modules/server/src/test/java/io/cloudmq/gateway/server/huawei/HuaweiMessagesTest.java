package io.cloudmq.gateway.server.huawei;

import com.huaweicloud.sdk.core.exception.ServiceResponseException;
import com.huaweicloud.sdk.rocketmq.v2.RocketMQClient;
import com.huaweicloud.sdk.rocketmq.v2.model.CreateTopicOrBatchDeleteTopicReq;
import com.huaweicloud.sdk.rocketmq.v2.model.CreateTopicOrBatchDeleteTopicRequest;
import com.huaweicloud.sdk.rocketmq.v2.model.ListMessagesRequest;
import com.huaweicloud.sdk.rocketmq.v2.model.ListMessagesResponse;
import com.huaweicloud.sdk.rocketmq.v2.model.Message;
import com.huaweicloud.sdk.rocketmq.v2.model.MessagePropertyList;
import com.huaweicloud.sdk.rocketmq.v2.model.ShowInstanceRequest;
import com.huaweicloud.sdk.rocketmq.v2.model.ValidateConsumedMessageRequest;
import com.huaweicloud.sdk.rocketmq.v2.model.ValidateConsumedMessageResponse;
import com.huaweicloud.sdk.rocketmq.v2.model.DeadletterResendReq;
import com.huaweicloud.sdk.rocketmq.v2.model.DeadletterResendRespResendResults;
import com.huaweicloud.sdk.rocketmq.v2.model.ExportDlqMessageReq;
import com.huaweicloud.sdk.rocketmq.v2.model.ExportDlqMessageRequest;
import com.huaweicloud.sdk.rocketmq.v2.model.ExportDlqMessageResponse;
import com.huaweicloud.sdk.rocketmq.v2.model.ResendReq;
import com.huaweicloud.sdk.rocketmq.v2.model.SendDlqMessageRequest;
import com.huaweicloud.sdk.rocketmq.v2.model.SendDlqMessageResponse;
import io.cloudmq.gateway.core.model.Caller;
import io.cloudmq.gateway.core.model.ConsumerGroupSettings;
import io.cloudmq.gateway.core.model.PageRequest;
import io.cloudmq.gateway.core.model.message.MessageQuery;
import io.cloudmq.gateway.core.service.ConsumerGroupService;
import io.cloudmq.gateway.core.service.ConsumerStateService;
import io.cloudmq.gateway.core.service.MessageService;
import io.cloudmq.gateway.server.Await;
import io.cloudmq.gateway.server.GatewayTestResources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.rocketmq.client.consumer.DefaultMQPushConsumer;
import org.apache.rocketmq.client.consumer.listener.ConsumeConcurrentlyStatus;
import org.apache.rocketmq.client.consumer.listener.MessageListenerConcurrently;
import org.apache.rocketmq.client.producer.DefaultMQProducer;
import org.apache.rocketmq.common.consumer.ConsumeFromWhere;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.cloudmq.gateway.server.huawei.HuaweiTenant.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Message queries of the Huawei dialect through the official SDK, against messages a real RocketMQ producer sent to the
 * instance's namespace.
 */
@QuarkusTest
@QuarkusTestResource(value = GatewayTestResources.class, restrictToAnnotatedClass = false)
class HuaweiMessagesTest {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @Inject
    ConsumerGroupService groups;
    @Inject
    MessageService messages;
    @Inject
    ConsumerStateService consumerState;

    HuaweiTenant tenant;
    RocketMQClient client;

    @BeforeEach
    void tenant() {
        tenant = HuaweiTenant.create();
        client = tenant.client();
    }

    @Test
    void messagesAreListedByTimeKeyAndIdOnePageAtATime() throws Exception {
        String id = tenant.runningInstance(HuaweiTenant.uniqueName("msg"));
        client.createTopicOrBatchDeleteTopic(new CreateTopicOrBatchDeleteTopicRequest().withInstanceId(id)
                .withBody(new CreateTopicOrBatchDeleteTopicReq().withName("orders")
                        .withQueueNum(BigDecimal.valueOf(2))));
        String start = String.valueOf(System.currentTimeMillis() - 1000);
        List<String> sent = send(id, "orders", 5);
        String end = String.valueOf(System.currentTimeMillis() + 3_600_000);

        ListMessagesResponse all = Await.until("every message in the time range", DEADLINE,
                () -> client.listMessages(byTime(id, start, end)),
                r -> r.getTotal().intValue() == sent.size());
        assertThat(all.getMessages()).extracting(Message::getMsgId).containsExactlyInAnyOrderElementsOf(sent);
        Message first = all.getMessages().stream().filter(m -> m.getMsgId().equals(sent.get(0))).findFirst()
                .orElseThrow();
        assertThat(first.getTopic()).isEqualTo("orders");
        assertThat(first.getInstanceId()).isEqualTo(id);
        assertThat(first.getBody()).isEqualTo("m0");
        assertThat(first.getReconsumeTimes()).isZero();
        assertThat(first.getQueueId()).isBetween(0, 1);
        assertThat(first.getPropertyList()).extracting(MessagePropertyList::getName).contains("seq");

        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < sent.size(); offset += 2) {
            paged.addAll(client.listMessages(byTime(id, start, end).withOffset(String.valueOf(offset)).withLimit("2"))
                    .getMessages().stream().map(Message::getMsgId).toList());
        }
        assertThat(paged).containsExactlyInAnyOrderElementsOf(sent);

        ListMessagesResponse byKey = Await.until("the key index", DEADLINE,
                () -> client.listMessages(byTime(id, start, end).withKey("key-3")),
                r -> r.getTotal().intValue() == 1);
        assertThat(byKey.getMessages()).extracting(Message::getMsgId).containsExactly(sent.get(3));

        ListMessagesResponse byId = client.listMessages(new ListMessagesRequest()
                .withEngine(ListMessagesRequest.EngineEnum.RELIABILITY).withInstanceId(id).withTopic("orders")
                .withMsgId(sent.get(2)));
        assertThat(byId.getMessages()).extracting(Message::getMsgId).containsExactly(sent.get(2));

        ServiceResponseException noRange = refused(() -> client.listMessages(new ListMessagesRequest()
                .withEngine(ListMessagesRequest.EngineEnum.RELIABILITY).withInstanceId(id).withTopic("orders")));
        assertThat(noRange.getHttpStatusCode()).isEqualTo(400);
        ServiceResponseException noTopic = refused(() -> client.listMessages(byTime(id, start, end)
                .withTopic("missing")));
        assertThat(noTopic.getHttpStatusCode()).isEqualTo(404);
    }

    @Test
    void deadLettersAreExportedAsABareArrayAndResent() throws Exception {
        String id = tenant.runningInstance(HuaweiTenant.uniqueName("dlq"));
        client.createTopicOrBatchDeleteTopic(new CreateTopicOrBatchDeleteTopicRequest().withInstanceId(id)
                .withBody(new CreateTopicOrBatchDeleteTopicReq().withName("invoices")
                        .withQueueNum(BigDecimal.valueOf(1))));
        Caller caller = new Caller(tenant.tenantId(), tenant.accessKeyId(), tenant.projectId(), tenant.region());
        groups.create(caller, id, "fragile", groupSettings(0));
        AtomicBoolean failing = new AtomicBoolean(true);
        Set<String> consumedAfterResend = ConcurrentHashMap.newKeySet();
        DefaultMQPushConsumer consumer = new DefaultMQPushConsumer(id + "%fragile");
        consumer.setNamesrvAddr(namesrv(id));
        consumer.setInstanceName("huawei-messages-consumer-" + UUID.randomUUID());
        consumer.setConsumeFromWhere(ConsumeFromWhere.CONSUME_FROM_FIRST_OFFSET);
        consumer.setPersistConsumerOffsetInterval(1000);
        consumer.setHeartbeatBrokerInterval(1000);
        consumer.setPollNameServerInterval(1000);
        consumer.setMaxReconsumeTimes(0);
        consumer.subscribe(id + "%invoices", "*");
        consumer.registerMessageListener((MessageListenerConcurrently) (msgs, context) -> {
            if (failing.get()) {
                return ConsumeConcurrentlyStatus.RECONSUME_LATER;
            }
            msgs.forEach(m -> consumedAfterResend.add(m.getMsgId()));
            return ConsumeConcurrentlyStatus.CONSUME_SUCCESS;
        });
        consumer.start();
        try {
            List<String> sent = send(id, "invoices", 3);
            MessageQuery allTime = MessageQuery.byTime(Instant.EPOCH, Instant.now().plusSeconds(3600));
            Await.until("every failed message to be dead-lettered", DEADLINE,
                    () -> messages.listDeadLetters(caller, id, "fragile", allTime, new PageRequest(0, 10)).total(),
                    total -> total == sent.size());

            ExportDlqMessageResponse exported = client.exportDlqMessage(new ExportDlqMessageRequest()
                    .withInstanceId(id).withBody(new ExportDlqMessageReq().withTopic("%DLQ%fragile")
                            .withMsgIdList(List.of(sent.get(2), sent.get(0)))));
            assertThat(exported.getBody()).extracting(Message::getMsgId, Message::getBody)
                    .containsExactly(tuple(sent.get(2), "m2"), tuple(sent.get(0), "m0"));
            ServiceResponseException unknown = refused(() -> client.exportDlqMessage(new ExportDlqMessageRequest()
                    .withInstanceId(id).withBody(new ExportDlqMessageReq().withTopic("%DLQ%fragile")
                            .withMsgIdList(List.of("no-such-id")))));
            assertThat(unknown.getHttpStatusCode()).isEqualTo(404);
            ServiceResponseException notDlq = refused(() -> client.exportDlqMessage(new ExportDlqMessageRequest()
                    .withInstanceId(id).withBody(new ExportDlqMessageReq().withTopic("invoices")
                            .withMsgIdList(List.of(sent.get(0))))));
            assertThat(notDlq.getHttpStatusCode()).isEqualTo(400);

            failing.set(false);
            groups.update(caller, id, "fragile", groupSettings(16));
            SendDlqMessageResponse resent = client.sendDlqMessage(new SendDlqMessageRequest()
                    .withEngine(SendDlqMessageRequest.EngineEnum.RELIABILITY).withInstanceId(id)
                    .withBody(new DeadletterResendReq().withTopic("%DLQ%fragile")
                            .withMsgIdList(List.of(sent.get(0), sent.get(1)))));
            assertThat(resent.getResendResults()).extracting(DeadletterResendRespResendResults::getMsgId,
                            DeadletterResendRespResendResults::getErrorCode,
                            DeadletterResendRespResendResults::getErrorMessage)
                    .containsExactly(tuple(sent.get(0), "DMS.00000000", "Success."),
                            tuple(sent.get(1), "DMS.00000000", "Success."));
            Await.until("the resent messages to be consumed", DEADLINE, () -> Set.copyOf(consumedAfterResend),
                    consumed -> consumed.equals(Set.of(sent.get(0), sent.get(1))));
        } finally {
            consumer.shutdown();
        }
    }

    @Test
    void consumptionIsValidatedOnAnOnlineClient() throws Exception {
        String id = tenant.runningInstance(HuaweiTenant.uniqueName("vld"));
        client.createTopicOrBatchDeleteTopic(new CreateTopicOrBatchDeleteTopicRequest().withInstanceId(id)
                .withBody(new CreateTopicOrBatchDeleteTopicReq().withName("payments")
                        .withQueueNum(BigDecimal.valueOf(1))));
        Caller caller = new Caller(tenant.tenantId(), tenant.accessKeyId(), tenant.projectId(), tenant.region());
        groups.create(caller, id, "billing", groupSettings(null));
        Set<String> consumed = ConcurrentHashMap.newKeySet();
        List<String> deliveries = java.util.Collections.synchronizedList(new ArrayList<>());
        DefaultMQPushConsumer consumer = new DefaultMQPushConsumer(id + "%billing");
        consumer.setNamesrvAddr(namesrv(id));
        consumer.setInstanceName("huawei-messages-consumer-" + UUID.randomUUID());
        consumer.setConsumeFromWhere(ConsumeFromWhere.CONSUME_FROM_FIRST_OFFSET);
        consumer.setHeartbeatBrokerInterval(1000);
        consumer.setPollNameServerInterval(1000);
        consumer.subscribe(id + "%payments", "*");
        consumer.registerMessageListener((MessageListenerConcurrently) (msgs, context) -> {
            msgs.forEach(m -> {
                consumed.add(m.getMsgId());
                deliveries.add(m.getMsgId());
            });
            return ConsumeConcurrentlyStatus.CONSUME_SUCCESS;
        });
        consumer.start();
        try {
            List<String> sent = send(id, "payments", 3);
            Await.until("the group to consume everything", DEADLINE, () -> Set.copyOf(consumed),
                    c -> c.containsAll(sent));
            String clientId = Await.until("the client to be online", DEADLINE,
                    () -> consumerState.connections(caller, id, "billing").clients(), c -> !c.isEmpty())
                    .get(0).clientId();
            long before = deliveries.stream().filter(sent.get(1)::equals).count();

            ValidateConsumedMessageResponse validated = client.validateConsumedMessage(
                    new ValidateConsumedMessageRequest().withEngine(
                                    ValidateConsumedMessageRequest.EngineEnum.RELIABILITY).withInstanceId(id)
                            .withBody(new ResendReq().withGroup("billing").withTopic("payments")
                                    .withClientId(clientId).withMsgIdList(List.of(sent.get(1), "no-such-id"))));
            assertThat(validated.getResendResults()).extracting(DeadletterResendRespResendResults::getMsgId,
                            DeadletterResendRespResendResults::getErrorCode)
                    .containsExactly(tuple(sent.get(1), "DMS.00000000"), tuple("no-such-id", "DMS.10540401"));
            assertThat(validated.getResendResults().get(0).getErrorMessage()).isEqualTo("Success.");
            assertThat(deliveries.stream().filter(sent.get(1)::equals).count())
                    .as("the client's listener ran for it again").isEqualTo(before + 1);

            ServiceResponseException noClient = refused(() -> client.validateConsumedMessage(
                    new ValidateConsumedMessageRequest().withEngine(
                                    ValidateConsumedMessageRequest.EngineEnum.RELIABILITY).withInstanceId(id)
                            .withBody(new ResendReq().withGroup("billing").withTopic("payments")
                                    .withMsgIdList(List.of(sent.get(1))))));
            assertThat(noClient.getHttpStatusCode()).isEqualTo(400);
        } finally {
            consumer.shutdown();
        }
    }

    private static ConsumerGroupSettings groupSettings(Integer maxRetryTimes) {
        return new ConsumerGroupSettings(null, null, null, true, maxRetryTimes, null, null, null, null);
    }

    private String namesrv(String id) {
        return client.showInstance(new ShowInstanceRequest().withInstanceId(id)).getNamesrvAddress().replace(',', ';');
    }

    private static ListMessagesRequest byTime(String id, String start, String end) {
        return new ListMessagesRequest().withEngine(ListMessagesRequest.EngineEnum.RELIABILITY).withInstanceId(id)
                .withTopic("orders").withStartTime(start).withEndTime(end);
    }

    private List<String> send(String id, String topic, int count) throws Exception {
        DefaultMQProducer producer = new DefaultMQProducer("producer-" + UUID.randomUUID());
        producer.setNamesrvAddr(client.showInstance(new ShowInstanceRequest().withInstanceId(id)).getNamesrvAddress()
                .replace(',', ';'));
        producer.setInstanceName("huawei-messages-test-" + UUID.randomUUID());
        producer.start();
        try {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                org.apache.rocketmq.common.message.Message message = new org.apache.rocketmq.common.message.Message(
                        id + "%" + topic, "TagA", "key-" + i, ("m" + i).getBytes(StandardCharsets.UTF_8));
                message.putUserProperty("seq", String.valueOf(i));
                ids.add(producer.send(message).getMsgId());
            }
            return ids;
        } finally {
            producer.shutdown();
        }
    }
}
