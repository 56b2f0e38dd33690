package io.cloudmq.gateway.broker.rocketmq;

import io.cloudmq.gateway.core.model.BrokerPlacement;
import io.cloudmq.gateway.core.model.DeliveryOrder;
import io.cloudmq.gateway.core.model.MessageModel;
import io.cloudmq.gateway.core.model.MessageType;
import io.cloudmq.gateway.core.model.TopicPermission;
import io.cloudmq.gateway.core.port.broker.ConsumerConnection;
import io.cloudmq.gateway.core.port.broker.GroupSpec;
import io.cloudmq.gateway.core.port.broker.GroupSubscription;
import io.cloudmq.gateway.core.port.broker.TopicSpec;
import org.apache.rocketmq.client.consumer.DefaultMQPushConsumer;
import org.apache.rocketmq.client.consumer.listener.ConsumeConcurrentlyStatus;
import org.apache.rocketmq.client.consumer.listener.MessageListenerConcurrently;
import org.apache.rocketmq.remoting.protocol.subscription.SubscriptionGroupConfig;
import org.apache.rocketmq.tools.admin.DefaultMQAdminExt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.cloudmq.gateway.broker.rocketmq.TestBroker.eventually;
import static org.assertj.core.api.Assertions.assertThat;

class RocketMqGroupBrokerDriverTest {

    private static RocketMqClusters clusters;
    private static RocketMqGroupBrokerDriver driver;
    private static RocketMqTopicBrokerDriver topics;
    private static DefaultMQAdminExt observer;
    private static String brokerAddress;

    @BeforeAll
    static void start() throws Exception {
        EmbeddedRocketMq embedded = TestBroker.embedded();
        clusters = new RocketMqClusters(List.of(ClusterTarget.embedded(embedded)));
        driver = new RocketMqGroupBrokerDriver(clusters);
        topics = new RocketMqTopicBrokerDriver(clusters);
        observer = TestBroker.observer();
        brokerAddress = embedded.brokerAddress();
    }

    @AfterAll
    static void close() {
        clusters.close();
    }

    @Test
    void applyGroupConfiguresItOnTheBrokerIdempotentlyAndPerNamespace() throws Exception {
        BrokerPlacement first = newPlacement();
        BrokerPlacement second = newPlacement();
        GroupSpec orderly = new GroupSpec("billing", DeliveryOrder.ORDERLY, MessageModel.BROADCASTING, false, 5);

        driver.applyGroup(first, orderly);
        driver.applyGroup(first, orderly);
        driver.applyGroup(second, new GroupSpec("billing", DeliveryOrder.CONCURRENTLY, MessageModel.CLUSTERING, true,
                null));

        SubscriptionGroupConfig a = observer.examineSubscriptionGroupConfig(brokerAddress, first.namespace() + "%billing");
        assertThat(a.getRetryMaxTimes()).isEqualTo(5);
        assertThat(a.isConsumeBroadcastEnable()).isTrue();
        assertThat(a.isConsumeEnable()).isFalse();
        assertThat(a.isConsumeMessageOrderly()).isTrue();
        SubscriptionGroupConfig b = observer.examineSubscriptionGroupConfig(brokerAddress,
                second.namespace() + "%billing");
        assertThat(b.getRetryMaxTimes()).isEqualTo(16);
        assertThat(b.isConsumeBroadcastEnable()).isFalse();
        assertThat(b.isConsumeEnable()).isTrue();
        assertThat(b.isConsumeMessageOrderly()).isFalse();
    }

    @Test
    void deleteGroupRemovesItAndLeavesOtherNamespacesAlone() throws Exception {
        BrokerPlacement first = newPlacement();
        BrokerPlacement second = newPlacement();
        GroupSpec spec = new GroupSpec("gone", DeliveryOrder.CONCURRENTLY, MessageModel.CLUSTERING, true, null);
        driver.applyGroup(first, spec);
        driver.applyGroup(second, spec);

        driver.deleteGroup(first, "gone");
        driver.deleteGroup(first, "gone");

        assertThat(groupNames()).doesNotContain(first.namespace() + "%gone").contains(second.namespace() + "%gone");
    }

    @Test
    void aRealConsumerShowsUpWithItsSubscriptions() throws Exception {
        BrokerPlacement placement = newPlacement();
        topics.applyTopic(placement, new TopicSpec("orders", MessageType.NORMAL, 2, 2,
                TopicPermission.PUBLISH_SUBSCRIBE));
        driver.applyGroup(placement, new GroupSpec("shipping", DeliveryOrder.CONCURRENTLY, MessageModel.CLUSTERING,
                true, null));
        assertThat(driver.connections(placement, "shipping")).isEmpty();

        DefaultMQPushConsumer consumer = new DefaultMQPushConsumer(placement.namespace() + "%shipping");
        consumer.setNamesrvAddr(TestBroker.embedded().namesrvAddress());
        consumer.setInstanceName("group-test-" + UUID.randomUUID());
        consumer.subscribe(placement.namespace() + "%orders", "TagA || TagB");
        consumer.registerMessageListener((MessageListenerConcurrently) (msgs, ctx) ->
                ConsumeConcurrentlyStatus.CONSUME_SUCCESS);
        consumer.start();
        try {
            eventually(() -> {
                List<ConsumerConnection> connections = driver.connections(placement, "shipping");
                assertThat(connections).hasSize(1);
                assertThat(connections.get(0).clientId()).contains(consumer.getInstanceName());
                assertThat(connections.get(0).language()).isEqualTo("JAVA");
                assertThat(driver.subscriptions(placement, "shipping")).containsExactly(
                        new GroupSubscription("orders", GroupSubscription.ExpressionType.TAG, "TagA || TagB"));
            });
        } finally {
            consumer.shutdown();
        }
    }

    private static List<String> groupNames() throws Exception {
        return List.copyOf(observer.getAllSubscriptionGroup(brokerAddress, 5_000).getSubscriptionGroupTable().keySet());
    }

    private static BrokerPlacement newPlacement() {
        return new BrokerPlacement(ClusterTarget.EMBEDDED_ID, "g" + UUID.randomUUID().toString().replace("-", ""));
    }
}
