package io.cloudmq.gateway.server.core;

import io.cloudmq.gateway.core.error.ErrorKind;
import io.cloudmq.gateway.core.error.GatewayException;
import io.cloudmq.gateway.core.error.ResourceType;
import io.cloudmq.gateway.core.model.Caller;
import io.cloudmq.gateway.core.model.ConsumerGroupSettings;
import io.cloudmq.gateway.core.model.MessageType;
import io.cloudmq.gateway.core.model.PageRequest;
import io.cloudmq.gateway.core.model.TopicPermission;
import io.cloudmq.gateway.core.model.message.ConsumeVerification;
import io.cloudmq.gateway.core.model.message.ConsumerConnections;
import io.cloudmq.gateway.core.model.message.ConsumerLag;
import io.cloudmq.gateway.core.model.message.MessagePage;
import io.cloudmq.gateway.core.model.message.MessageQuery;
import io.cloudmq.gateway.core.model.message.MessageView;
import io.cloudmq.gateway.core.model.message.OffsetReset;
import io.cloudmq.gateway.core.model.message.OutgoingMessage;
import io.cloudmq.gateway.core.model.message.QueueLag;
import io.cloudmq.gateway.core.model.message.QueueOffset;
import io.cloudmq.gateway.core.model.message.QueueStatus;
import io.cloudmq.gateway.core.model.message.ResendResult;
import io.cloudmq.gateway.core.model.message.TopicStatus;
import io.cloudmq.gateway.core.port.broker.InstanceEndpoints;
import io.cloudmq.gateway.core.service.ConsumerGroupService;
import io.cloudmq.gateway.core.service.ConsumerStateService;
import io.cloudmq.gateway.core.service.CreateTopicCommand;
import io.cloudmq.gateway.core.service.InstanceService;
import io.cloudmq.gateway.core.service.MessageService;
import io.cloudmq.gateway.core.service.TopicService;
import io.cloudmq.gateway.server.Await;
import io.cloudmq.gateway.server.GatewayTestResources;
import io.cloudmq.gateway.server.huawei.HuaweiTenant;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.rocketmq.client.consumer.DefaultMQPushConsumer;
import org.apache.rocketmq.client.consumer.listener.ConsumeConcurrentlyStatus;
import org.apache.rocketmq.client.consumer.listener.MessageListenerConcurrently;
import org.apache.rocketmq.client.producer.DefaultMQProducer;
import org.apache.rocketmq.common.consumer.ConsumeFromWhere;
import org.apache.rocketmq.common.message.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Messages and consumer state through the core services, on an instance created like any tenant's, with real RocketMQ
 * producers and push consumers on its namespace: every answer of the services is checked against what the clients did.
 */
@QuarkusTest
@QuarkusTestResource(value = GatewayTestResources.class, restrictToAnnotatedClass = false)
class MessagesAndConsumerStateTest {

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final AtomicLong CLIENTS = new AtomicLong();

    @Inject
    MessageService messages;
    @Inject
    ConsumerStateService consumerState;
    @Inject
    ConsumerGroupService groups;
    @Inject
    TopicService topics;
    @Inject
    InstanceService instances;

    Caller caller;
    String instanceId;
    InstanceEndpoints endpoints;
    private final List<Runnable> shutdowns = new ArrayList<>();

    @BeforeEach
    void runningInstance() {
        HuaweiTenant tenant = HuaweiTenant.create();
        caller = new Caller(tenant.tenantId(), tenant.accessKeyId(), tenant.projectId(), tenant.region());
        instanceId = tenant.runningInstance(HuaweiTenant.uniqueName("messages"));
        endpoints = instances.endpoints(instances.get(caller, instanceId));
    }

    @AfterEach
    void stopClients() {
        shutdowns.forEach(Runnable::run);
    }

    @Test
    void messagesAreFoundByIdKeyAndTimeOnePageAtATimeAndOnlyByTheirTenant() throws Exception {
        topic("orders", 4);
        Instant before = Instant.now().minusSeconds(1);
        String probe = messages.send(caller, instanceId, "orders", new OutgoingMessage("Probe", List.of("probe", "batch"),
                "ping".getBytes(StandardCharsets.UTF_8), Map.of("origin", "test"))).messageId();
        List<String> sent = new ArrayList<>(send("orders", 24, i -> "order-" + i + " batch"));
        sent.add(probe);

        // The broker dispatches to its consume queues and key index asynchronously: wait until both have everything.
        MessageQuery byTime = MessageQuery.byTime(before, Instant.now().plusSeconds(3600));
        Await.until("every message in the time range", DEADLINE,
                () -> messages.list(caller, instanceId, "orders", byTime, new PageRequest(0, 10)).total(),
                total -> total == sent.size());
        assertThat(everyPage(byTime)).containsExactlyInAnyOrderElementsOf(sent);
        MessageQuery byKey = MessageQuery.byKey("batch", before, Instant.now().plusSeconds(3600));
        Await.until("every message in the key index", DEADLINE,
                () -> messages.list(caller, instanceId, "orders", byKey, new PageRequest(0, 10)).total(),
                total -> total == sent.size());
        assertThat(everyPage(byKey)).containsExactlyInAnyOrderElementsOf(sent);
        assertThat(messages.list(caller, instanceId, "orders", MessageQuery.byKey("order-7", before, Instant.now()),
                new PageRequest(0, 10)).items()).extracting(MessageView::messageId).containsExactly(sent.get(7));

        MessageView detail = messages.get(caller, instanceId, "orders", sent.get(7));
        assertThat(detail.topic()).isEqualTo("orders");
        assertThat(detail.tags()).isEqualTo("TagA");
        assertThat(detail.keys()).containsExactly("order-7", "batch");
        assertThat(new String(detail.body(), StandardCharsets.UTF_8)).isEqualTo("m7");
        assertThat(detail.properties()).containsEntry("seq", "7");
        assertThat(messages.get(caller, instanceId, "orders", probe).properties()).containsEntry("origin", "test");

        assertThat(refusal(() -> messages.get(caller, instanceId, "orders", "no-such-id")))
                .satisfies(e -> assertThat(e.resourceType()).isEqualTo(ResourceType.MESSAGE));
        HuaweiTenant other = HuaweiTenant.create();
        Caller stranger = new Caller(other.tenantId(), other.accessKeyId(), other.projectId(), other.region());
        assertThat(List.of(
                refusal(() -> messages.get(stranger, instanceId, "orders", probe)),
                refusal(() -> messages.list(stranger, instanceId, "orders", byTime, new PageRequest(0, 10))),
                refusal(() -> consumerState.topicStatus(stranger, instanceId, "orders"))))
                .allSatisfy(e -> assertThat(e.resourceType()).isEqualTo(ResourceType.INSTANCE));
    }

    @Test
    void lagFollowsConsumptionOnlineClientsCanBeVerifiedAndOfflineResetsAreExact() throws Exception {
        topic("payments", 2);
        group("billing", null);
        List<String> sent = send("payments", 10, i -> "p" + i);

        Await.until("the backlog of every stored message", DEADLINE,
                () -> consumerState.lag(caller, instanceId, "billing", "payments").totalLag(), lag -> lag == 10);
        TopicStatus status = consumerState.topicStatus(caller, instanceId, "payments");
        assertThat(status.messageCount()).isEqualTo(10);
        assertThat(status.queues()).extracting(QueueStatus::queueId).containsExactly(0, 1);
        assertThat(lagPerQueue()).isEqualTo(countPerQueue(status));

        List<String> consumed = new CopyOnWriteArrayList<>();
        DefaultMQPushConsumer consumer = pushConsumer("billing", "payments", -1, (msgs, context) -> {
            msgs.forEach(m -> consumed.add(m.getMsgId()));
            return ConsumeConcurrentlyStatus.CONSUME_SUCCESS;
        });
        Await.until("the group to catch up", DEADLINE,
                () -> consumerState.lag(caller, instanceId, "billing", "payments").totalLag(), lag -> lag == 0);
        assertThat(consumed).containsAll(sent);
        ConsumerConnections online = consumerState.connections(caller, instanceId, "billing");
        assertThat(online.clients()).hasSize(1);
        assertThat(online.subscriptions()).containsExactly(
                new ConsumerConnections.Subscription("payments", "TAG", "*"));

        String clientId = online.clients().get(0).clientId();
        long deliveriesBefore = consumed.stream().filter(sent.get(3)::equals).count();
        ConsumeVerification verified = messages.verifyConsumption(caller, instanceId, "billing", clientId, "payments",
                sent.get(3));
        assertThat(verified.success()).isTrue();
        assertThat(verified.result()).isEqualTo("CR_SUCCESS");
        assertThat(consumed.stream().filter(sent.get(3)::equals).count()).as("the client's listener ran for it again")
                .isEqualTo(deliveriesBefore + 1);

        consumer.shutdown();
        Await.until("the client to go offline", DEADLINE,
                () -> consumerState.connections(caller, instanceId, "billing").online(), isOnline -> !isOnline);
        List<QueueOffset> earliest = consumerState.resetOffsets(caller, instanceId, "billing", "payments",
                OffsetReset.earliest());
        assertThat(earliest).extracting(QueueOffset::offset).containsOnly(0L);
        assertThat(consumerState.lag(caller, instanceId, "billing", "payments").totalLag()).isEqualTo(10);
        consumerState.resetOffsets(caller, instanceId, "billing", "payments", OffsetReset.latest());
        assertThat(consumerState.lag(caller, instanceId, "billing", "payments").totalLag()).isZero();

        List<Instant> storedAt = messages.list(caller, instanceId, "payments",
                        MessageQuery.byTime(Instant.EPOCH, Instant.now().plusSeconds(60)), new PageRequest(0, 100))
                .items().stream().map(MessageView::storedAt).sorted().toList();
        Instant middle = storedAt.get(5);
        consumerState.resetOffsets(caller, instanceId, "billing", "payments", OffsetReset.to(middle));
        assertThat(consumerState.lag(caller, instanceId, "billing", "payments").totalLag())
                .isEqualTo(storedAt.stream().filter(t -> !t.isBefore(middle)).count());
    }

    @Test
    void deadLettersOfAGroupThatNeverRetriesAreListedExportedAndResent() throws Exception {
        topic("invoices", 1);
        group("fragile", 0);
        AtomicBoolean failing = new AtomicBoolean(true);
        Set<String> consumedAfterResend = ConcurrentHashMap.newKeySet();
        pushConsumer("fragile", "invoices", 0, (msgs, context) -> {
            if (failing.get()) {
                return ConsumeConcurrentlyStatus.RECONSUME_LATER;
            }
            msgs.forEach(m -> consumedAfterResend.add(m.getMsgId()));
            return ConsumeConcurrentlyStatus.CONSUME_SUCCESS;
        });
        List<String> sent = send("invoices", 12, i -> "i" + i);

        MessageQuery allTime = MessageQuery.byTime(Instant.EPOCH, Instant.now().plusSeconds(3600));
        Await.until("every failed message to be dead-lettered", DEADLINE,
                () -> messages.listDeadLetters(caller, instanceId, "fragile", allTime, new PageRequest(0, 5)).total(),
                total -> total == sent.size());
        List<String> deadLetters = new ArrayList<>();
        MessagePage first = messages.listDeadLetters(caller, instanceId, "fragile", allTime, new PageRequest(0, 5));
        for (int offset = 0; offset < first.total(); offset += 5) {
            messages.listDeadLetters(caller, instanceId, "fragile", allTime.withSnapshot(first.snapshot()),
                    new PageRequest(offset, 5)).items().forEach(m -> {
                        assertThat(m.topic()).isEqualTo("invoices");
                        deadLetters.add(m.messageId());
                    });
        }
        assertThat(deadLetters).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(sent);

        assertThat(messages.exportDeadLetters(caller, instanceId, "fragile", List.of(sent.get(2), sent.get(0))))
                .extracting(MessageView::messageId, m -> new String(m.body(), StandardCharsets.UTF_8))
                .containsExactly(tuple(sent.get(2), "m2"),
                        tuple(sent.get(0), "m0"));
        assertThat(refusal(() -> messages.exportDeadLetters(caller, instanceId, "fragile",
                List.of(sent.get(0), "no-such-id"))).resourceId()).isEqualTo("no-such-id");

        // A resent dead letter starts again at zero reconsumes: under a limit of 0 the broker would dead-letter it at
        // once, so the fixed consumer's group gets a normal limit first.
        failing.set(false);
        groups.update(caller, instanceId, "fragile", settings(16));
        List<ResendResult> results = messages.resendDeadLetters(caller, instanceId, "fragile",
                List.of(sent.get(0), sent.get(1), "no-such-id"));
        assertThat(results).extracting(ResendResult::success).containsExactly(true, true, false);
        Await.until("the resent messages to be consumed", DEADLINE, () -> Set.copyOf(consumedAfterResend),
                consumed -> consumed.equals(Set.of(sent.get(0), sent.get(1))));
        assertThat(consumerState.topicStatus(caller, instanceId, "invoices").messageCount())
                .as("resent to the group's retry topic, not to the topic every group reads").isEqualTo(sent.size());
    }

    /** Pages through every match of the query with the first page's snapshot, collecting each id as often as seen. */
    private List<String> everyPage(MessageQuery query) {
        MessagePage first = messages.list(caller, instanceId, "orders", query, new PageRequest(0, 10));
        List<String> seen = new ArrayList<>();
        for (int offset = 0; offset < first.total(); offset += 10) {
            MessagePage page = messages.list(caller, instanceId, "orders", query.withSnapshot(first.snapshot()),
                    new PageRequest(offset, 10));
            assertThat(page.total()).isEqualTo(first.total());
            assertThat(page.complete()).isTrue();
            page.items().forEach(m -> seen.add(m.messageId()));
        }
        return seen;
    }

    private Map<String, Long> lagPerQueue() {
        ConsumerLag lag = consumerState.lag(caller, instanceId, "billing", "payments");
        Map<String, Long> perQueue = new HashMap<>();
        for (QueueLag q : lag.queues()) {
            perQueue.put(q.brokerName() + "/" + q.queueId(), q.lag());
        }
        return perQueue;
    }

    private static Map<String, Long> countPerQueue(TopicStatus status) {
        Map<String, Long> perQueue = new HashMap<>();
        for (QueueStatus q : status.queues()) {
            perQueue.put(q.brokerName() + "/" + q.queueId(), q.messageCount());
        }
        return perQueue;
    }

    private static GatewayException refusal(Executable call) {
        GatewayException e = catchThrowableOfType(GatewayException.class, call::execute);
        assertThat(e).as("the call must be refused").isNotNull();
        assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND);
        return e;
    }

    private void topic(String name, int queues) {
        topics.create(caller, instanceId, new CreateTopicCommand(name, MessageType.NORMAL, queues, queues,
                TopicPermission.PUBLISH_SUBSCRIBE, null, Map.of()));
    }

    private void group(String name, Integer maxRetryTimes) {
        groups.create(caller, instanceId, name, settings(maxRetryTimes));
    }

    private static ConsumerGroupSettings settings(Integer maxRetryTimes) {
        return new ConsumerGroupSettings(null, null, null, true, maxRetryTimes, null, null, null, null);
    }

    private String physical(String name) {
        return endpoints.namespace() + "%" + name;
    }

    /** Sends {@code count} messages with tag TagA, body {@code m<i>} and a {@code seq} property; returns their ids. */
    private List<String> send(String topic, int count, Function<Integer, String> keys) throws Exception {
        DefaultMQProducer producer = new DefaultMQProducer("producer-" + UUID.randomUUID());
        producer.setNamesrvAddr(String.join(";", endpoints.nameServerAddresses()));
        producer.setInstanceName("messages-test-producer-" + CLIENTS.incrementAndGet());
        producer.start();
        shutdowns.add(producer::shutdown);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Message message = new Message(physical(topic), "TagA", keys.apply(i),
                    ("m" + i).getBytes(StandardCharsets.UTF_8));
            message.putUserProperty("seq", String.valueOf(i));
            ids.add(producer.send(message).getMsgId());
        }
        return ids;
    }

    /**
     * Starts a push consumer of the group from the first offset (the test's end stops it; stopping twice is harmless).
     * {@code maxReconsumeTimes} is the client's own retry limit, -1 for the client default: RocketMQ clients send it
     * with every failed message and the broker prefers it to the group's, so an application uses the group's limit.
     */
    private DefaultMQPushConsumer pushConsumer(String group, String topic, int maxReconsumeTimes,
                                               MessageListenerConcurrently listener) throws Exception {
        DefaultMQPushConsumer consumer = new DefaultMQPushConsumer(physical(group));
        consumer.setNamesrvAddr(String.join(";", endpoints.nameServerAddresses()));
        consumer.setInstanceName("messages-test-consumer-" + CLIENTS.incrementAndGet());
        consumer.setConsumeFromWhere(ConsumeFromWhere.CONSUME_FROM_FIRST_OFFSET);
        consumer.setPersistConsumerOffsetInterval(1000);
        // Heartbeats and route polls every 30 s by default stall a new subscription and the retry topic's route
        // (see RocketMqMessagingTest); tests cannot wait that long.
        consumer.setHeartbeatBrokerInterval(1000);
        consumer.setPollNameServerInterval(1000);
        consumer.setMaxReconsumeTimes(maxReconsumeTimes);
        consumer.subscribe(physical(topic), "*");
        consumer.registerMessageListener(listener);
        consumer.start();
        shutdowns.add(consumer::shutdown);
        return consumer;
    }
}
