package io.cloudmq.gateway.broker.rocketmq;

import io.cloudmq.gateway.core.error.ErrorKind;
import io.cloudmq.gateway.core.error.GatewayException;
import io.cloudmq.gateway.core.error.ResourceType;
import io.cloudmq.gateway.core.model.BrokerPlacement;
import io.cloudmq.gateway.core.model.MessageType;
import io.cloudmq.gateway.core.model.TopicPermission;
import io.cloudmq.gateway.core.port.broker.BrokerTopicState;
import io.cloudmq.gateway.core.port.broker.InstanceEndpoints;
import io.cloudmq.gateway.core.port.broker.TopicSpec;
import org.apache.rocketmq.client.exception.MQClientException;
import org.apache.rocketmq.common.TopicConfig;
import org.apache.rocketmq.common.constant.PermName;
import org.apache.rocketmq.common.topic.TopicValidator;
import org.apache.rocketmq.remoting.protocol.ResponseCode;
import org.apache.rocketmq.remoting.protocol.route.QueueData;
import org.apache.rocketmq.remoting.protocol.route.TopicRouteData;
import org.apache.rocketmq.remoting.protocol.subscription.SubscriptionGroupConfig;
import org.apache.rocketmq.tools.admin.DefaultMQAdminExt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;
import java.util.Set;

import static io.cloudmq.gateway.broker.rocketmq.TestBroker.eventually;
import static io.cloudmq.gateway.broker.rocketmq.TestBroker.newPlacement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RocketMqTopicBrokerDriverTest {

    private static RocketMqClusters clusters;
    private static RocketMqTopicBrokerDriver driver;
    private static DefaultMQAdminExt observer;
    private static String brokerAddress;

    @BeforeAll
    static void start() throws Exception {
        EmbeddedRocketMq embedded = TestBroker.embedded();
        clusters = new RocketMqClusters(List.of(ClusterTarget.embedded(embedded)));
        driver = new RocketMqTopicBrokerDriver(clusters);
        observer = TestBroker.observer();
        brokerAddress = embedded.brokerAddress();
    }

    @AfterAll
    static void close() {
        clusters.close();
    }

    @Test
    void embeddedBrokerRegistersTheTopicsOfItsStoreWhenItStarts() throws Exception {
        // Without the remoting version set before start, routes only appear with the re-registration 10 s later.
        assertThat(observer.examineTopicRouteInfo(TopicValidator.RMQ_SYS_SELF_TEST_TOPIC).getQueueDatas()).isNotEmpty();
    }

    @Test
    void applyTopicCreatesItOnTheBrokerWithQueuesPermissionAndMessageType() throws Exception {
        BrokerPlacement placement = newPlacement();

        driver.applyTopic(placement, new TopicSpec("orders", MessageType.FIFO, 4, 3, TopicPermission.PUBLISH_SUBSCRIBE));

        String physical = placement.namespace() + "%orders";
        eventually(() -> {
            QueueData queues = single(observer.examineTopicRouteInfo(physical));
            assertThat(queues.getBrokerName()).isEqualTo(EmbeddedRocketMq.BROKER_NAME);
            assertThat(queues.getReadQueueNums()).isEqualTo(4);
            assertThat(queues.getWriteQueueNums()).isEqualTo(3);
            assertThat(queues.getPerm()).isEqualTo(PermName.PERM_READ | PermName.PERM_WRITE);
        });
        TopicConfig config = observer.examineTopicConfig(brokerAddress, physical);
        assertThat(config.getAttributes()).containsEntry("message.type", "FIFO");
        assertThat(config.isOrder()).isTrue();
        // Persisted under the data directory, so the topic survives a restart.
        assertThat(Files.readString(TestBroker.DATA_DIR.resolve("store/config/topics.json"))).contains(physical);

        assertThat(driver.describeTopic(placement, "orders")).hasValueSatisfying(state -> {
            assertThat(state.name()).isEqualTo("orders");
            assertThat(state.brokers()).containsExactly(
                    new BrokerTopicState.BrokerQueues(EmbeddedRocketMq.BROKER_NAME, 4, 3));
            assertThat(state.permission()).isEqualTo(TopicPermission.PUBLISH_SUBSCRIBE);
            assertThat(state.messageType()).isEqualTo(MessageType.FIFO);
        });
    }

    @Test
    void permissionsAndMessageTypesMapToTheBrokerEncoding() throws Exception {
        BrokerPlacement placement = newPlacement();

        driver.applyTopic(placement, new TopicSpec("pub", MessageType.DELAY, 1, 1, TopicPermission.PUBLISH));
        driver.applyTopic(placement, new TopicSpec("sub", MessageType.TRANSACTION, 1, 1, TopicPermission.SUBSCRIBE));

        eventually(() -> {
            assertThat(single(observer.examineTopicRouteInfo(placement.namespace() + "%pub")).getPerm())
                    .isEqualTo(PermName.PERM_WRITE);
            assertThat(single(observer.examineTopicRouteInfo(placement.namespace() + "%sub")).getPerm())
                    .isEqualTo(PermName.PERM_READ);
        });
        TopicConfig pub = observer.examineTopicConfig(brokerAddress, placement.namespace() + "%pub");
        assertThat(pub.getAttributes()).containsEntry("message.type", "DELAY");
        assertThat(pub.isOrder()).isFalse();
        assertThat(driver.describeTopic(placement, "pub")).hasValueSatisfying(state -> {
            assertThat(state.permission()).isEqualTo(TopicPermission.PUBLISH);
            assertThat(state.messageType()).isEqualTo(MessageType.DELAY);
        });
        assertThat(driver.describeTopic(placement, "sub")).hasValueSatisfying(state -> {
            assertThat(state.permission()).isEqualTo(TopicPermission.SUBSCRIBE);
            assertThat(state.messageType()).isEqualTo(MessageType.TRANSACTION);
        });
    }

    @Test
    void sameTopicNameInTwoNamespacesIsTwoTopics() throws Exception {
        BrokerPlacement a = newPlacement();
        BrokerPlacement b = newPlacement();

        driver.applyTopic(a, new TopicSpec("orders", MessageType.NORMAL, 2, 2, TopicPermission.PUBLISH_SUBSCRIBE));
        driver.applyTopic(b, new TopicSpec("orders", MessageType.FIFO, 5, 5, TopicPermission.PUBLISH));

        eventually(() -> {
            assertThat(single(observer.examineTopicRouteInfo(a.namespace() + "%orders")).getWriteQueueNums())
                    .isEqualTo(2);
            assertThat(single(observer.examineTopicRouteInfo(b.namespace() + "%orders")).getWriteQueueNums())
                    .isEqualTo(5);
        });
        assertThat(driver.describeTopic(a, "orders").orElseThrow().messageType()).isEqualTo(MessageType.NORMAL);
        assertThat(driver.describeTopic(b, "orders").orElseThrow().messageType()).isEqualTo(MessageType.FIFO);

        driver.deleteTopic(a, "orders");

        eventually(() -> assertThat(routeExists(a.namespace() + "%orders")).isFalse());
        assertThat(routeExists(b.namespace() + "%orders")).isTrue();
        assertThat(driver.describeTopic(b, "orders")).isPresent();
    }

    @Test
    void applyAgainUpdatesTheTopic() throws Exception {
        BrokerPlacement placement = newPlacement();
        driver.applyTopic(placement, new TopicSpec("t", MessageType.NORMAL, 2, 2, TopicPermission.PUBLISH_SUBSCRIBE));

        driver.applyTopic(placement, new TopicSpec("t", MessageType.FIFO, 8, 6, TopicPermission.PUBLISH));

        String physical = placement.namespace() + "%t";
        eventually(() -> {
            QueueData queues = single(observer.examineTopicRouteInfo(physical));
            assertThat(queues.getReadQueueNums()).isEqualTo(8);
            assertThat(queues.getWriteQueueNums()).isEqualTo(6);
            assertThat(queues.getPerm()).isEqualTo(PermName.PERM_WRITE);
        });
        assertThat(observer.examineTopicConfig(brokerAddress, physical).getAttributes())
                .containsEntry("message.type", "FIFO");
    }

    @Test
    void deleteRemovesTheTopicFromBrokerAndNameServerAndAbsentIsSuccess() throws Exception {
        BrokerPlacement placement = newPlacement();
        String physical = placement.namespace() + "%gone";
        driver.applyTopic(placement, new TopicSpec("gone", MessageType.NORMAL, 1, 1, TopicPermission.PUBLISH_SUBSCRIBE));
        eventually(() -> assertThat(routeExists(physical)).isTrue());

        driver.deleteTopic(placement, "gone");

        eventually(() -> {
            assertThat(routeExists(physical)).isFalse();
            assertThat(observer.getAllTopicConfig(brokerAddress, 5_000).getTopicConfigTable()).doesNotContainKey(physical);
        });
        assertThat(driver.describeTopic(placement, "gone")).isEmpty();
        driver.deleteTopic(placement, "gone");
        driver.deleteTopic(placement, "never-existed");
    }

    @Test
    void describeTopicIsEmptyForAnUnknownTopic() {
        assertThat(driver.describeTopic(newPlacement(), "unknown")).isEmpty();
    }

    @Test
    void listTopicsReturnsTheLogicalNamesOfTheNamespaceOnly() throws Exception {
        BrokerPlacement placement = newPlacement();
        BrokerPlacement other = newPlacement();
        driver.applyTopic(placement, new TopicSpec("a", MessageType.NORMAL, 1, 1, TopicPermission.PUBLISH_SUBSCRIBE));
        driver.applyTopic(placement, new TopicSpec("b-2", MessageType.NORMAL, 1, 1, TopicPermission.PUBLISH_SUBSCRIBE));
        driver.applyTopic(other, new TopicSpec("c", MessageType.NORMAL, 1, 1, TopicPermission.PUBLISH_SUBSCRIBE));

        eventually(() -> assertThat(driver.listTopics(placement)).containsExactlyInAnyOrder("a", "b-2"));
        assertThat(driver.listTopics(newPlacement())).isEmpty();
    }

    @Test
    void releaseInstanceRemovesEverythingOfTheNamespaceAndNothingElse() throws Exception {
        BrokerPlacement released = newPlacement();
        BrokerPlacement kept = newPlacement();
        String r = released.namespace();
        String k = kept.namespace();
        driver.prepareInstance(released);
        driver.prepareInstance(kept);
        for (BrokerPlacement p : List.of(released, kept)) {
            driver.applyTopic(p, new TopicSpec("orders", MessageType.NORMAL, 1, 1, TopicPermission.PUBLISH_SUBSCRIBE));
            driver.applyTopic(p, new TopicSpec("events", MessageType.FIFO, 1, 1, TopicPermission.PUBLISH_SUBSCRIBE));
            // Objects the gateway does not manage itself: a consumer group with its retry and dead-letter topics.
            createGroup(p.namespace() + "%consumers");
            observer.createAndUpdateTopicConfig(brokerAddress,
                    new TopicConfig("%RETRY%" + p.namespace() + "%consumers", 1, 1, 6));
            observer.createAndUpdateTopicConfig(brokerAddress,
                    new TopicConfig("%DLQ%" + p.namespace() + "%consumers", 1, 1, 6));
        }
        Set<String> releasedTopics = Set.of(r + "%orders", r + "%events", "%RETRY%" + r + "%consumers",
                "%DLQ%" + r + "%consumers");
        Set<String> keptTopics = Set.of(k + "%orders", k + "%events", "%RETRY%" + k + "%consumers",
                "%DLQ%" + k + "%consumers");
        eventually(() -> assertThat(observer.fetchTopicsByCLuster(EmbeddedRocketMq.CLUSTER_NAME).getTopicList())
                .containsAll(releasedTopics).containsAll(keptTopics));

        driver.releaseInstance(released);

        eventually(() -> {
            assertThat(observer.fetchAllTopicList().getTopicList())
                    .doesNotContainAnyElementsOf(releasedTopics).containsAll(keptTopics);
            assertThat(observer.getAllTopicConfig(brokerAddress, 5_000).getTopicConfigTable().keySet())
                    .doesNotContainAnyElementsOf(releasedTopics).containsAll(keptTopics);
            assertThat(observer.getAllSubscriptionGroup(brokerAddress, 5_000).getSubscriptionGroupTable().keySet())
                    .doesNotContain(r + "%consumers").contains(k + "%consumers");
        });
        assertThat(driver.listTopics(released)).isEmpty();
        assertThat(driver.listTopics(kept)).containsExactlyInAnyOrder("orders", "events");
        driver.releaseInstance(released);
    }

    @Test
    void clusterFacts() {
        BrokerPlacement placement = newPlacement();

        assertThat(driver.clusterIds()).containsExactly(ClusterTarget.EMBEDDED_ID);
        assertThat(driver.isReachable(ClusterTarget.EMBEDDED_ID)).isTrue();
        assertThat(driver.brokerNames(placement)).containsExactly(EmbeddedRocketMq.BROKER_NAME);
        assertThat(driver.endpoints(placement)).isEqualTo(new InstanceEndpoints(
                List.of("127.0.0.1:" + TestBroker.NAMESRV_PORT), null,
                List.of("127.0.0.1:" + TestBroker.BROKER_PORT), placement.namespace()));
    }

    @Test
    void unknownClusterIsUnavailable() {
        assertThatThrownBy(() -> driver.applyTopic(new BrokerPlacement("nowhere", "ns"),
                new TopicSpec("t", MessageType.NORMAL, 1, 1, TopicPermission.PUBLISH_SUBSCRIBE)))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.UNAVAILABLE);
                    assertThat(e.resourceType()).isEqualTo(ResourceType.CLUSTER);
                    assertThat(e.resourceId()).isEqualTo("nowhere");
                    assertThat(e.getMessage()).contains("not configured");
                });
    }

    @Test
    void unreachableClusterIsUnavailableAndNotReachable() {
        try (RocketMqClusters unreachable = new RocketMqClusters(List.of(
                new ClusterTarget("down", List.of("127.0.0.1:1"), "DefaultCluster", null, "ak", "sk")))) {
            RocketMqTopicBrokerDriver down = new RocketMqTopicBrokerDriver(unreachable);
            BrokerPlacement placement = new BrokerPlacement("down", "ns");

            assertThat(down.isReachable("down")).isFalse();
            assertThatThrownBy(() -> down.listTopics(placement))
                    .isInstanceOfSatisfying(GatewayException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ErrorKind.UNAVAILABLE);
                        assertThat(e.resourceId()).isEqualTo("down");
                        assertThat(e.getMessage()).doesNotContain("sk");
                    });
            assertThatThrownBy(() -> down.prepareInstance(placement))
                    .isInstanceOfSatisfying(GatewayException.class,
                            e -> assertThat(e.kind()).isEqualTo(ErrorKind.UNAVAILABLE));
        }
    }

    @Test
    void topicNamesThatEscapeTheNamespaceAreRejected() {
        BrokerPlacement placement = newPlacement();
        for (String name : List.of("a%b", "with space", "x".repeat(127))) {
            assertThatThrownBy(() -> driver.applyTopic(placement,
                    new TopicSpec(name, MessageType.NORMAL, 1, 1, TopicPermission.PUBLISH_SUBSCRIBE)))
                    .isInstanceOfSatisfying(GatewayException.class,
                            e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_PARAMETER));
        }
    }

    private static QueueData single(TopicRouteData route) {
        assertThat(route.getQueueDatas()).hasSize(1);
        return route.getQueueDatas().get(0);
    }

    private static boolean routeExists(String physical) throws Exception {
        try {
            return !observer.examineTopicRouteInfo(physical).getQueueDatas().isEmpty();
        } catch (MQClientException e) {
            if (e.getResponseCode() == ResponseCode.TOPIC_NOT_EXIST) {
                return false;
            }
            throw e;
        }
    }

    private static void createGroup(String group) throws Exception {
        SubscriptionGroupConfig config = new SubscriptionGroupConfig();
        config.setGroupName(group);
        observer.createAndUpdateSubscriptionGroupConfig(brokerAddress, config);
    }
}
