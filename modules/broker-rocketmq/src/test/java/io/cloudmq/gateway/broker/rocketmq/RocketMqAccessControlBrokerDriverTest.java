package io.cloudmq.gateway.broker.rocketmq;

import io.cloudmq.gateway.core.model.AclAction;
import io.cloudmq.gateway.core.model.AclDecision;
import io.cloudmq.gateway.core.model.AclEntry;
import io.cloudmq.gateway.core.model.AclPermission;
import io.cloudmq.gateway.core.model.AclResourceType;
import io.cloudmq.gateway.core.model.BrokerPlacement;
import io.cloudmq.gateway.core.model.MessageType;
import io.cloudmq.gateway.core.model.TopicPermission;
import io.cloudmq.gateway.core.port.broker.TopicSpec;
import io.cloudmq.gateway.core.port.broker.UserSpec;
import org.apache.rocketmq.acl.common.AclClientRPCHook;
import org.apache.rocketmq.acl.common.SessionCredentials;
import org.apache.rocketmq.client.producer.DefaultMQProducer;
import org.apache.rocketmq.client.producer.SendStatus;
import org.apache.rocketmq.common.message.Message;
import org.apache.rocketmq.remoting.protocol.body.AclInfo;
import org.apache.rocketmq.remoting.protocol.body.UserInfo;
import org.apache.rocketmq.tools.admin.DefaultMQAdminExt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Users and ACLs as the broker itself records them (on the shared embedded broker), and as it enforces them (on a
 * second embedded broker started with ACL 2.0 authentication and authorization on).
 */
class RocketMqAccessControlBrokerDriverTest {

    private static final String SUPER_USER = "gateway-admin";
    private static final String SUPER_SECRET = "gateway-admin-secret";

    private static RocketMqClusters clusters;
    private static RocketMqAccessControlBrokerDriver driver;
    private static DefaultMQAdminExt observer;
    private static String brokerAddress;

    private static EmbeddedRocketMq enforcing;
    private static RocketMqClusters enforcingClusters;

    @BeforeAll
    static void start() throws Exception {
        EmbeddedRocketMq embedded = TestBroker.embedded();
        clusters = new RocketMqClusters(List.of(ClusterTarget.embedded(embedded)));
        driver = new RocketMqAccessControlBrokerDriver(clusters);
        observer = TestBroker.observer();
        brokerAddress = embedded.brokerAddress();
    }

    @AfterAll
    static void close() {
        clusters.close();
        if (enforcingClusters != null) {
            enforcingClusters.close();
        }
    }

    @Test
    void applyUserRecordsTheUserAndItsPermissionsPerNamespaceAndIdempotently() throws Exception {
        BrokerPlacement first = newPlacement();
        BrokerPlacement second = newPlacement();
        UserSpec app = new UserSpec("app", "app-secret-1", false, true, AclPermission.SUB, null,
                List.of("10.0.0.0/8"), List.of(
                        new AclEntry(AclResourceType.TOPIC, "orders", Set.of(AclAction.PUB), AclDecision.ALLOW, null),
                        new AclEntry(AclResourceType.GROUP, "billing", Set.of(AclAction.SUB), AclDecision.DENY,
                                List.of("192.168.1.10"))));

        driver.applyUser(first, app);
        driver.applyUser(first, app);
        driver.applyUser(second, new UserSpec("app", "other-secret", true, false, null, null, List.of(), List.of()));

        String a = first.namespace() + "%app";
        String b = second.namespace() + "%app";
        assertThat(driver.brokerUsername(first, "app")).isEqualTo(a);
        UserInfo userA = observer.getUser(brokerAddress, a);
        assertThat(userA.getUserType()).isEqualTo("Normal");
        assertThat(userA.getUserStatus()).isEqualToIgnoringCase("enable");
        assertThat(observer.getUser(brokerAddress, b).getUserStatus()).isEqualToIgnoringCase("disable");

        assertThat(entries(a)).isEqualTo(Map.of(
                "Topic:" + first.namespace() + "%*", "[Sub] Allow [10.0.0.0/8]",
                "Topic:" + first.namespace() + "%orders", "[Pub] Allow [10.0.0.0/8]",
                "Group:" + first.namespace() + "%billing", "[Sub] Deny [192.168.1.10]"));
        assertThat(entries(b)).isEqualTo(Map.of(
                "Topic:" + second.namespace() + "%*", "[Pub, Sub] Allow []",
                "Group:" + second.namespace() + "%*", "[Pub, Sub] Allow []"));

        // Applying less revokes the rest.
        driver.applyUser(first, new UserSpec("app", "app-secret-2", false, true, null, AclPermission.PUB_SUB,
                List.of(), List.of()));
        assertThat(entries(a)).isEqualTo(Map.of("Group:" + first.namespace() + "%*", "[Pub, Sub] Allow []"));
        assertThat(entries(b)).hasSize(2);
    }

    @Test
    void deleteUserRemovesItWithItsPermissionsAndReleaseRemovesTheNamespacesUsers() throws Exception {
        BrokerPlacement placement = newPlacement();
        UserSpec spec = new UserSpec("temp", "temp-secret", false, true, AclPermission.PUB, null, List.of(),
                List.of());
        driver.applyUser(placement, spec);
        driver.applyUser(placement, new UserSpec("kept", "kept-secret", false, true, AclPermission.PUB, null,
                List.of(), List.of()));

        driver.deleteUser(placement, "temp");
        driver.deleteUser(placement, "temp");
        assertThat(usernames(placement)).containsExactly(placement.namespace() + "%kept");

        new RocketMqTopicBrokerDriver(clusters).releaseInstance(placement);
        assertThat(usernames(placement)).isEmpty();
        assertThat(observer.listAcl(brokerAddress, "User:" + placement.namespace() + "%", null)).isNullOrEmpty();
    }

    @Test
    void anEnforcingBrokerLetsTheUserPublishOnlyWhereItMay() throws Exception {
        BrokerPlacement placement = new BrokerPlacement(ClusterTarget.EMBEDDED_ID, "acl" + shortId());
        RocketMqClusters admin = enforcingClusters();
        new RocketMqTopicBrokerDriver(admin).applyTopic(placement, topic("allowed"));
        new RocketMqTopicBrokerDriver(admin).applyTopic(placement, topic("forbidden"));
        new RocketMqAccessControlBrokerDriver(admin).applyUser(placement, new UserSpec("app", "app-secret-1", false,
                true, null, null, List.of(), List.of(new AclEntry(AclResourceType.TOPIC, "allowed",
                Set.of(AclAction.PUB), AclDecision.ALLOW, null))));
        String username = placement.namespace() + "%app";

        DefaultMQProducer producer = producer(username, "app-secret-1");
        try {
            assertThat(producer.send(message(placement, "allowed")).getSendStatus()).isEqualTo(SendStatus.SEND_OK);
            assertThatThrownBy(() -> producer.send(message(placement, "forbidden")))
                    .hasStackTraceContaining("no permission");
        } finally {
            producer.shutdown();
        }
        // A default permission is a prefix over the namespace; an entry for one topic overrides it there.
        new RocketMqAccessControlBrokerDriver(admin).applyUser(placement, new UserSpec("writer", "writer-secret", false,
                true, AclPermission.PUB, null, List.of(), List.of(new AclEntry(AclResourceType.TOPIC, "forbidden",
                Set.of(AclAction.PUB), AclDecision.DENY, null))));
        DefaultMQProducer writer = producer(placement.namespace() + "%writer", "writer-secret");
        try {
            assertThat(writer.send(message(placement, "allowed")).getSendStatus()).isEqualTo(SendStatus.SEND_OK);
            assertThatThrownBy(() -> writer.send(message(placement, "forbidden")))
                    .hasStackTraceContaining("no permission");
        } finally {
            writer.shutdown();
        }
        DefaultMQProducer impostor = producer(username, "wrong-secret");
        try {
            assertThatThrownBy(() -> impostor.send(message(placement, "allowed")))
                    .hasStackTraceContaining("check signature failed");
        } finally {
            impostor.shutdown();
        }
    }

    private static synchronized RocketMqClusters enforcingClusters() {
        if (enforcingClusters == null) {
            enforcing = EmbeddedRocketMq.startAdditional(new EmbeddedRocketMq.Settings(
                    Path.of("target", "embedded-rocketmq-acl-" + ProcessHandle.current().pid()),
                    TestBroker.NAMESRV_PORT + 2, TestBroker.BROKER_PORT + 10, TestBroker.BROKER_PORT + 11, true,
                    SUPER_USER, SUPER_SECRET));
            enforcingClusters = new RocketMqClusters(List.of(ClusterTarget.embedded(enforcing)));
        }
        return enforcingClusters;
    }

    private static DefaultMQProducer producer(String accessKey, String secretKey) throws Exception {
        DefaultMQProducer producer = new DefaultMQProducer("acl-test-producer",
                new AclClientRPCHook(new SessionCredentials(accessKey, secretKey)));
        producer.setNamesrvAddr(enforcing.namesrvAddress());
        producer.setInstanceName("acl-test-" + shortId());
        producer.setRetryTimesWhenSendFailed(0);
        producer.start();
        return producer;
    }

    private static Message message(BrokerPlacement placement, String topic) {
        return new Message(placement.namespace() + "%" + topic, "hello".getBytes(StandardCharsets.UTF_8));
    }

    private static TopicSpec topic(String name) {
        return new TopicSpec(name, MessageType.NORMAL, 1, 1, TopicPermission.PUBLISH_SUBSCRIBE);
    }

    /** Resource key to "[actions] decision [source ips]", as the broker reports the user's ACL. */
    private static Map<String, String> entries(String username) throws Exception {
        Map<String, String> entries = new TreeMap<>();
        AclInfo acl = observer.getAcl(brokerAddress, "User:" + username);
        for (AclInfo.PolicyInfo policy : acl.getPolicies()) {
            for (AclInfo.PolicyEntryInfo e : policy.getEntries()) {
                entries.put(e.getResource(), e.getActions().stream().sorted().toList() + " " + e.getDecision() + " "
                        + (e.getSourceIps() == null ? List.of() : e.getSourceIps()));
            }
        }
        return entries;
    }

    private static List<String> usernames(BrokerPlacement placement) throws Exception {
        return RocketMqAccessControlBrokerDriver.usersMatching(observer, brokerAddress, placement.namespace() + "%")
                .stream()
                .map(UserInfo::getUsername)
                .filter(name -> name.startsWith(placement.namespace() + "%"))
                .sorted()
                .toList();
    }

    private static BrokerPlacement newPlacement() {
        return new BrokerPlacement(ClusterTarget.EMBEDDED_ID, "u" + shortId());
    }

    private static String shortId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }
}
