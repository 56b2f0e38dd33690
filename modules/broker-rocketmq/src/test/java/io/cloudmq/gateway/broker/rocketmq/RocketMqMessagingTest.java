package io.cloudmq.gateway.broker.rocketmq;

import io.cloudmq.gateway.core.error.ErrorKind;
import io.cloudmq.gateway.core.error.GatewayException;
import io.cloudmq.gateway.core.model.BrokerPlacement;
import io.cloudmq.gateway.core.model.MessageType;
import io.cloudmq.gateway.core.model.PageRequest;
import io.cloudmq.gateway.core.model.TopicPermission;
import io.cloudmq.gateway.core.model.message.ConsumeVerification;
import io.cloudmq.gateway.core.model.message.ConsumerConnections;
import io.cloudmq.gateway.core.model.message.MessagePage;
import io.cloudmq.gateway.core.model.message.MessageQuery;
import io.cloudmq.gateway.core.model.message.MessageTrace;
import io.cloudmq.gateway.core.model.message.MessageView;
import io.cloudmq.gateway.core.model.message.OffsetReset;
import io.cloudmq.gateway.core.model.message.QueueOffset;
import io.cloudmq.gateway.core.model.message.QueueStatus;
import io.cloudmq.gateway.core.model.message.ResendResult;
import io.cloudmq.gateway.core.model.message.TopicStatus;
import io.cloudmq.gateway.core.model.message.TraceType;
import io.cloudmq.gateway.core.port.broker.TopicSpec;
import org.apache.rocketmq.client.consumer.DefaultMQPushConsumer;
import org.apache.rocketmq.client.consumer.listener.ConsumeConcurrentlyStatus;
import org.apache.rocketmq.client.consumer.listener.MessageListenerConcurrently;
import org.apache.rocketmq.client.producer.DefaultMQProducer;
import org.apache.rocketmq.client.producer.SendResult;
import org.apache.rocketmq.common.consumer.ConsumeFromWhere;
import org.apache.rocketmq.common.message.Message;
import org.apache.rocketmq.remoting.protocol.subscription.SubscriptionGroupConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static io.cloudmq.gateway.broker.rocketmq.TestBroker.eventually;
import static io.cloudmq.gateway.broker.rocketmq.TestBroker.newPlacement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Messages and consumer state against the embedded broker, with real producers and push consumers. */
class RocketMqMessagingTest {

    private static final Duration CONSUMPTION = Duration.ofSeconds(30);
    private static final Instant EPOCH = Instant.EPOCH;
    private static final AtomicLong CLIENTS = new AtomicLong();

    private static RocketMqClusters clusters;
    private static RocketMqClients clients;
    private static RocketMqTopicBrokerDriver topics;
    private static RocketMqMessageBrokerDriver messages;
    private static RocketMqConsumerStateBrokerDriver consumerState;
    private static String brokerAddress;

    private final List<Runnable> shutdowns = new ArrayList<>();

    @BeforeAll
    static void start() {
        EmbeddedRocketMq embedded = TestBroker.embedded();
        brokerAddress = embedded.brokerAddress();
        clusters = new RocketMqClusters(List.of(ClusterTarget.embedded(embedded)));
        clients = new RocketMqClients();
        topics = new RocketMqTopicBrokerDriver(clusters);
        messages = new RocketMqMessageBrokerDriver(clusters, clients);
        consumerState = new RocketMqConsumerStateBrokerDriver(clusters);
    }

    @AfterAll
    static void close() {
        clients.close();
        clusters.close();
    }

    @AfterEach
    void stopClients() {
        shutdowns.forEach(Runnable::run);
    }

    @Test
    void timeRangeQueryPagesThroughEveryMessageExactlyOnceWithAStableSnapshot() throws Exception {
        BrokerPlacement placement = newPlacement();
        topic(placement, "orders", 4);
        Instant before = Instant.now().minusSeconds(1);
        Set<String> sent = new HashSet<>(send(placement, "orders", 45, i -> "k" + i, "TagA"));

        MessagePage first = messages.listMessages(placement, "orders", MessageQuery.byTime(before, far()),
                new PageRequest(0, 10));
        assertThat(first.total()).isEqualTo(45);
        assertThat(first.complete()).isTrue();
        List<String> seen = new ArrayList<>(first.items().stream().map(MessageView::messageId).toList());
        // Messages sent after the first page do not shift the snapshot the later pages read.
        send(placement, "orders", 3, i -> "late" + i, "TagA");
        for (int offset = 10; offset < 45; offset += 10) {
            MessagePage page = messages.listMessages(placement, "orders",
                    MessageQuery.byTime(before, far()).withSnapshot(first.snapshot()), new PageRequest(offset, 10));
            assertThat(page.total()).isEqualTo(45);
            page.items().forEach(m -> seen.add(m.messageId()));
        }
        assertThat(seen).hasSize(45).doesNotHaveDuplicates();
        assertThat(new HashSet<>(seen)).isEqualTo(sent);
        // Without a snapshot the query sees the new messages too, and any page can be read directly.
        MessagePage last = messages.listMessages(placement, "orders", MessageQuery.byTime(before, far()),
                new PageRequest(40, 10));
        assertThat(last.total()).isEqualTo(48);
        assertThat(last.items()).hasSize(8);
        // A window that ends before the messages were stored matches none of them.
        assertThat(messages.listMessages(placement, "orders", MessageQuery.byTime(EPOCH, before),
                new PageRequest(0, 10)).total()).isZero();
    }

    @Test
    void messageByIdHasItsDetailAndPropertiesAndOtherTopicsCannotReachIt() throws Exception {
        BrokerPlacement placement = newPlacement();
        topic(placement, "orders", 2);
        topic(placement, "other", 1);
        DefaultMQProducer producer = producer(false);
        Message message = new Message(placement.namespace() + "%orders", "TagB", "order-1 order-2",
                "hello".getBytes(StandardCharsets.UTF_8));
        message.putUserProperty("region", "eu");
        SendResult sent = producer.send(message);

        // Lookups by message id go through the broker's index, which is built asynchronously after the store.
        eventually(() -> assertThat(messages.findMessage(placement, "orders", sent.getMsgId())).isPresent());
        MessageView view = messages.findMessage(placement, "orders", sent.getMsgId()).orElseThrow();
        assertThat(view.topic()).isEqualTo("orders");
        assertThat(view.tags()).isEqualTo("TagB");
        assertThat(view.keys()).containsExactly("order-1", "order-2");
        assertThat(new String(view.body(), StandardCharsets.UTF_8)).isEqualTo("hello");
        assertThat(view.properties()).containsEntry("region", "eu");
        assertThat(view.offsetMessageId()).isEqualTo(sent.getOffsetMsgId());
        assertThat(view.queueOffset()).isEqualTo(sent.getQueueOffset());
        assertThat(view.storedAt()).isNotNull();
        assertThat(view.storeSize()).isPositive();
        // The offset message id finds it too; neither id reaches it through another topic.
        assertThat(messages.findMessage(placement, "orders", sent.getOffsetMsgId())).isPresent();
        assertThat(messages.findMessage(placement, "other", sent.getMsgId())).isEmpty();
        assertThat(messages.findMessage(placement, "other", sent.getOffsetMsgId())).isEmpty();
        assertThat(messages.findMessage(placement, "orders", "no-such-id")).isEmpty();
    }

    @Test
    void keyQueryIsNotCappedAtTheIndexBatch() throws Exception {
        BrokerPlacement placement = newPlacement();
        topic(placement, "orders", 2);
        Instant before = Instant.now().minusSeconds(1);
        List<String> sent = new ArrayList<>(send(placement, "orders", 40, i -> "bulk", null));
        // The index tells hits apart by second: a second batch in a later second makes more than 64 separable hits.
        Instant secondBatch = Instant.now().plusMillis(1100);
        eventually(() -> assertThat(Instant.now()).isAfter(secondBatch));
        sent.addAll(send(placement, "orders", 40, i -> "bulk", null));
        send(placement, "orders", 5, i -> "other", null);

        MessagePage page = messages.listMessages(placement, "orders", MessageQuery.byKey("bulk", before, far()),
                new PageRequest(0, 100));

        assertThat(page.total()).isEqualTo(80);
        assertThat(page.complete()).isTrue();
        assertThat(page.items()).extracting(MessageView::messageId).containsExactlyInAnyOrderElementsOf(sent);
        assertThat(messages.listMessages(placement, "orders", MessageQuery.byKey("bulk", before, far()),
                new PageRequest(70, 20)).items()).hasSize(10);
    }

    @Test
    void traceShowsThePublishAndTheConsumptionOfTracedClients() throws Exception {
        BrokerPlacement placement = newPlacement();
        topic(placement, "traced", 1);
        group(placement, "tracer", 16);
        pushConsumer(placement, "tracer", "traced", true, msgs -> ConsumeConcurrentlyStatus.CONSUME_SUCCESS);
        String id = producer(true).send(new Message(placement.namespace() + "%traced", "T", "key-1",
                "x".getBytes(StandardCharsets.UTF_8))).getMsgId();

        eventually(CONSUMPTION, () -> assertThat(messages.traces(placement, "traced", id))
                .extracting(MessageTrace::type).contains(TraceType.PUB, TraceType.SUB_BEFORE, TraceType.SUB_AFTER));
        List<MessageTrace> traces = messages.traces(placement, "traced", id);
        String producerHost = messages.findMessage(placement, "traced", id).orElseThrow().bornHost().split(":")[0];
        assertThat(traces).filteredOn(t -> t.type() == TraceType.PUB).first().satisfies(t -> {
            assertThat(t.keys()).isEqualTo("key-1");
            assertThat(t.success()).isTrue();
            assertThat(t.storeHost()).isEqualTo(brokerAddress);
            assertThat(t.clientHost()).isEqualTo(producerHost);
        });
        assertThat(traces).filteredOn(t -> t.type() == TraceType.SUB_AFTER).first().satisfies(t -> {
            assertThat(t.group()).isEqualTo("tracer");
            assertThat(t.topic()).isEqualTo("traced");
            assertThat(t.success()).isTrue();
            assertThat(t.storeHost()).as("consumers do not report one").isNull();
        });
    }

    @Test
    void lagTopicStatusAndOfflineResetsAreExact() throws Exception {
        BrokerPlacement placement = newPlacement();
        topic(placement, "orders", 2);
        group(placement, "billing", 16);
        send(placement, "orders", 10, i -> "a" + i, null);

        // The broker dispatches stored messages to its consume queues asynchronously: counts catch up shortly after.
        eventually(CONSUMPTION, () -> {
            TopicStatus status = consumerState.topicStatus(placement, "orders");
            assertThat(status.queues()).extracting(QueueStatus::queueId).containsExactly(0, 1);
            assertThat(status.messageCount()).isEqualTo(10);
            assertThat(status.queues()).allSatisfy(q -> assertThat(q.lastMessageAt()).isNotNull());
            assertThat(consumerState.lag(placement, "billing", "orders").totalLag()).isEqualTo(10);
        });

        Runnable stop = pushConsumer(placement, "billing", "orders", false,
                msgs -> ConsumeConcurrentlyStatus.CONSUME_SUCCESS);
        eventually(CONSUMPTION, () -> assertThat(consumerState.lag(placement, "billing", "orders").totalLag()).isZero());
        ConsumerConnections online = consumerState.connections(placement, "billing");
        assertThat(online.online()).isTrue();
        assertThat(online.subscriptions()).extracting(ConsumerConnections.Subscription::topic).containsExactly("orders");
        assertThat(consumerState.clientStack(placement, "billing", online.clients().get(0).clientId()))
                .contains("java.lang.Thread");
        stop.run();
        eventually(() -> assertThat(consumerState.connections(placement, "billing").online()).isFalse());

        consumerState.resetOffsets(placement, "billing", "orders", OffsetReset.earliest());
        assertThat(consumerState.lag(placement, "billing", "orders").totalLag()).isEqualTo(10);
        consumerState.resetOffsets(placement, "billing", "orders", OffsetReset.latest());
        assertThat(consumerState.lag(placement, "billing", "orders").totalLag()).isZero();

        List<MessageView> stored = messages.listMessages(placement, "orders", MessageQuery.byTime(EPOCH, far()),
                new PageRequest(0, 100)).items();
        Instant middle = stored.stream().map(MessageView::storedAt).sorted().toList().get(5);
        long storedSinceMiddle = stored.stream().filter(m -> !m.storedAt().isBefore(middle)).count();
        consumerState.resetOffsets(placement, "billing", "orders", OffsetReset.to(middle));
        assertThat(consumerState.lag(placement, "billing", "orders").totalLag()).isEqualTo(storedSinceMiddle);

        assertThatThrownBy(() -> consumerState.lag(placement, "nobody", "orders"))
                .isInstanceOfSatisfying(GatewayException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND));
    }

    @Test
    void onlineResetMovesTheBrokerOffsetsAtOnce() throws Exception {
        BrokerPlacement placement = newPlacement();
        topic(placement, "orders", 2);
        group(placement, "live", 16);
        send(placement, "orders", 6, i -> "a" + i, null);
        pushConsumer(placement, "live", "orders", false, msgs -> ConsumeConcurrentlyStatus.CONSUME_SUCCESS);
        eventually(CONSUMPTION, () -> assertThat(consumerState.lag(placement, "live", "orders").totalLag()).isZero());

        List<QueueOffset> reset = consumerState.resetOffsets(placement, "live", "orders", OffsetReset.earliest());

        // What the brokers now hold; whether the running client re-reads everything is up to the client.
        assertThat(reset).hasSize(2).allSatisfy(q -> assertThat(q.offset()).isZero());
    }

    @Test
    void deadLettersCanBeListedExportedAndResentToTheGroupOnly() throws Exception {
        BrokerPlacement placement = newPlacement();
        topic(placement, "orders", 1);
        group(placement, "fragile", 0);
        AtomicBoolean failing = new AtomicBoolean(true);
        Set<String> consumedAfterResend = ConcurrentHashMap.newKeySet();
        pushConsumer(placement, "fragile", "orders", false, msgs -> {
            if (failing.get()) {
                return ConsumeConcurrentlyStatus.RECONSUME_LATER;
            }
            msgs.forEach(m -> consumedAfterResend.add(m.getMsgId()));
            return ConsumeConcurrentlyStatus.CONSUME_SUCCESS;
        });
        List<String> sent = send(placement, "orders", 3, i -> "d" + i, "TagD");

        eventually(CONSUMPTION, () -> assertThat(messages.listDeadLetters(placement, "fragile",
                MessageQuery.byTime(EPOCH, far()), new PageRequest(0, 10)).total()).isEqualTo(3));
        MessagePage dead = messages.listDeadLetters(placement, "fragile", MessageQuery.byTime(EPOCH, far()),
                new PageRequest(0, 10));
        assertThat(dead.items()).extracting(MessageView::messageId).containsExactlyInAnyOrderElementsOf(sent);
        assertThat(dead.items()).allSatisfy(m -> assertThat(m.topic()).isEqualTo("orders"));
        assertThat(messages.findDeadLetter(placement, "fragile", sent.get(0))).get()
                .satisfies(m -> assertThat(m.tags()).isEqualTo("TagD"));

        // Fixed consumer, normal retry limit: with retryMaxTimes 0 the broker would dead-letter the resent copies at once.
        failing.set(false);
        group(placement, "fragile", 16);
        List<ResendResult> results = messages.resendDeadLetters(placement, "fragile",
                List.of(sent.get(0), sent.get(1), "no-such-id"));

        assertThat(results).extracting(ResendResult::success).containsExactly(true, true, false);
        eventually(CONSUMPTION, () -> assertThat(consumedAfterResend).containsExactlyInAnyOrder(sent.get(0), sent.get(1)));
        // The retry topic is the group's own: the original topic did not get the messages again.
        assertThat(consumerState.topicStatus(placement, "orders").messageCount()).isEqualTo(3);
    }

    @Test
    void verifyConsumptionHandsAStoredMessageToTheChosenClient() throws Exception {
        BrokerPlacement placement = newPlacement();
        topic(placement, "orders", 1);
        group(placement, "checker", 16);
        Set<String> received = ConcurrentHashMap.newKeySet();
        pushConsumer(placement, "checker", "orders", false, msgs -> {
            msgs.forEach(m -> received.add(m.getMsgId()));
            return ConsumeConcurrentlyStatus.CONSUME_SUCCESS;
        });
        String id = send(placement, "orders", 1, i -> "v", null).get(0);
        eventually(CONSUMPTION, () -> assertThat(received).contains(id));
        String clientId = consumerState.connections(placement, "checker").clients().get(0).clientId();

        ConsumeVerification verification = messages.consumeDirectly(placement, "checker", clientId, "orders", id);

        assertThat(verification.success()).isTrue();
        assertThat(verification.result()).isEqualTo("CR_SUCCESS");
        assertThatThrownBy(() -> messages.consumeDirectly(placement, "checker", "no-such-client", "orders", id))
                .isInstanceOfSatisfying(GatewayException.class,
                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_STATE));
    }

    @Test
    void sendsATestMessageThatCanBeReadBack() throws Exception {
        BrokerPlacement placement = newPlacement();
        topic(placement, "orders", 1);

        var receipt = messages.send(placement, "orders", new io.cloudmq.gateway.core.model.message.OutgoingMessage(
                "T", List.of("probe"), "ping".getBytes(StandardCharsets.UTF_8), Map.of("origin", "test")));

        eventually(() -> assertThat(messages.findMessage(placement, "orders", receipt.messageId())).isPresent());
        MessageView view = messages.findMessage(placement, "orders", receipt.messageId()).orElseThrow();
        assertThat(view.properties()).containsEntry("origin", "test");
        assertThat(view.keys()).containsExactly("probe");
    }

    private static Instant far() {
        return Instant.now().plusSeconds(3600);
    }

    private static void topic(BrokerPlacement placement, String name, int queues) {
        topics.applyTopic(placement, new TopicSpec(name, MessageType.NORMAL, queues, queues,
                TopicPermission.PUBLISH_SUBSCRIBE));
    }

    private static void group(BrokerPlacement placement, String name, int retryMaxTimes) throws Exception {
        SubscriptionGroupConfig config = new SubscriptionGroupConfig();
        config.setGroupName(placement.namespace() + "%" + name);
        config.setRetryMaxTimes(retryMaxTimes);
        TestBroker.observer().createAndUpdateSubscriptionGroupConfig(brokerAddress, config);
    }

    private List<String> send(BrokerPlacement placement, String topic, int count,
                              java.util.function.IntFunction<String> key, String tags) throws Exception {
        DefaultMQProducer producer = producer(false);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Message message = new Message(placement.namespace() + "%" + topic, tags, key.apply(i),
                    ("m" + i).getBytes(StandardCharsets.UTF_8));
            ids.add(producer.send(message).getMsgId());
        }
        return ids;
    }

    private DefaultMQProducer producer(boolean traced) throws Exception {
        DefaultMQProducer producer = new DefaultMQProducer("test-producer-" + UUID.randomUUID(), traced, null);
        producer.setNamesrvAddr(TestBroker.embedded().namesrvAddress());
        producer.setInstanceName("test-producer-" + CLIENTS.incrementAndGet());
        producer.start();
        shutdowns.add(producer::shutdown);
        return producer;
    }

    @FunctionalInterface
    private interface Listener {
        ConsumeConcurrentlyStatus consume(List<org.apache.rocketmq.common.message.MessageExt> messages);
    }

    /** Starts a push consumer of the group; returns what stops it (it is stopped after the test in any case). */
    private Runnable pushConsumer(BrokerPlacement placement, String group, String topic, boolean traced,
                                  Listener listener) throws Exception {
        DefaultMQPushConsumer consumer = new DefaultMQPushConsumer(placement.namespace() + "%" + group, traced, null);
        consumer.setNamesrvAddr(TestBroker.embedded().namesrvAddress());
        consumer.setInstanceName("test-consumer-" + CLIENTS.incrementAndGet());
        consumer.setConsumeFromWhere(ConsumeFromWhere.CONSUME_FROM_FIRST_OFFSET);
        consumer.setPersistConsumerOffsetInterval(1000);
        // The first rebalance bumps the subscription version; when its heartbeat is skipped (another is in flight),
        // pulls carry a version the broker lacks ("the broker's subscription is not latest") and stall until the
        // next periodic heartbeat: 30 s by default.
        consumer.setHeartbeatBrokerInterval(1000);
        // Routes of topics created after the consumer started (the group's retry topic after a DLQ resend) are
        // otherwise only fetched every 30 s.
        consumer.setPollNameServerInterval(1000);
        // The client's limit overrides the group's: failed messages of a group with retryMaxTimes 0 go to the DLQ.
        consumer.setMaxReconsumeTimes(0);
        consumer.subscribe(placement.namespace() + "%" + topic, "*");
        consumer.registerMessageListener((MessageListenerConcurrently) (msgs, context) -> listener.consume(msgs));
        consumer.start();
        AtomicBoolean stopped = new AtomicBoolean();
        Runnable stop = () -> {
            if (stopped.compareAndSet(false, true)) {
                consumer.shutdown();
            }
        };
        shutdowns.add(stop);
        return stop;
    }
}
