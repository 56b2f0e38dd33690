package io.cloudmq.gateway.server.core;

import io.cloudmq.gateway.core.error.ErrorKind;
import io.cloudmq.gateway.core.error.GatewayException;
import io.cloudmq.gateway.core.model.AclAction;
import io.cloudmq.gateway.core.model.AclDecision;
import io.cloudmq.gateway.core.model.AclEntry;
import io.cloudmq.gateway.core.model.AclPermission;
import io.cloudmq.gateway.core.model.AclResourceType;
import io.cloudmq.gateway.core.model.BrokerUser;
import io.cloudmq.gateway.core.model.BrokerUserSettings;
import io.cloudmq.gateway.core.model.Caller;
import io.cloudmq.gateway.core.model.ConsumerGroup;
import io.cloudmq.gateway.core.model.ConsumerGroupSettings;
import io.cloudmq.gateway.core.model.DeliveryOrder;
import io.cloudmq.gateway.core.model.MessageModel;
import io.cloudmq.gateway.core.model.PageRequest;
import io.cloudmq.gateway.core.model.ResourceStatus;
import io.cloudmq.gateway.core.port.broker.InstanceEndpoints;
import io.cloudmq.gateway.core.service.ConsumerGroupService;
import io.cloudmq.gateway.core.service.InstanceService;
import io.cloudmq.gateway.core.service.UserService;
import io.cloudmq.gateway.server.Await;
import io.cloudmq.gateway.server.GatewayTestResources;
import io.cloudmq.gateway.server.huawei.HuaweiTenant;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.rocketmq.remoting.protocol.body.AclInfo;
import org.apache.rocketmq.remoting.protocol.subscription.SubscriptionGroupConfig;
import org.apache.rocketmq.tools.admin.DefaultMQAdminExt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Consumer groups and broker users through the core services, checked against the RocketMQ broker's own view. */
@QuarkusTest
@QuarkusTestResource(value = GatewayTestResources.class, restrictToAnnotatedClass = false)
class GroupsAndUsersTest {

    static DefaultMQAdminExt broker;
    static String brokerAddress;

    @Inject
    ConsumerGroupService groups;
    @Inject
    UserService users;
    @Inject
    InstanceService instances;

    HuaweiTenant tenant;
    Caller caller;

    @BeforeAll
    static void noBrokerYet() {
        broker = null;
    }

    @AfterAll
    static void closeBroker() {
        if (broker != null) {
            broker.shutdown();
        }
    }

    @BeforeEach
    void tenant() {
        tenant = HuaweiTenant.create();
        caller = new Caller(tenant.tenantId(), tenant.accessKeyId(), tenant.projectId(), tenant.region());
    }

    @Test
    void groupsExistOnTheBrokerPerInstanceAndGoWhenDeleted() throws Exception {
        String first = tenant.runningInstance("groups-a-" + shortId());
        String second = tenant.runningInstance("groups-b-" + shortId());
        observe(first);

        ConsumerGroup created = groups.create(caller, first, "billing", new ConsumerGroupSettings("bills",
                DeliveryOrder.ORDERLY, MessageModel.BROADCASTING, true, 3, null, null, null, Map.of()));
        groups.create(caller, second, "billing", new ConsumerGroupSettings(null, null, null, true, null, null, null,
                null, null));

        assertThat(created.status()).isEqualTo(ResourceStatus.ACTIVE);
        SubscriptionGroupConfig a = admin().examineSubscriptionGroupConfig(brokerAddress, first + "%billing");
        assertThat(a.getRetryMaxTimes()).isEqualTo(3);
        assertThat(a.isConsumeMessageOrderly()).isTrue();
        assertThat(a.isConsumeBroadcastEnable()).isTrue();
        assertThat(admin().examineSubscriptionGroupConfig(brokerAddress, second + "%billing").isConsumeMessageOrderly())
                .isFalse();
        assertThat(catchThrowableOfType(GatewayException.class, () -> groups.create(caller, first, "billing",
                new ConsumerGroupSettings(null, null, null, true, null, null, null, null, null))).kind())
                .isEqualTo(ErrorKind.ALREADY_EXISTS);

        groups.update(caller, first, "billing", new ConsumerGroupSettings("bills", DeliveryOrder.CONCURRENTLY,
                MessageModel.CLUSTERING, false, 5, null, null, null, Map.of()));
        SubscriptionGroupConfig updated = admin().examineSubscriptionGroupConfig(brokerAddress, first + "%billing");
        assertThat(updated.isConsumeEnable()).isFalse();
        assertThat(updated.getRetryMaxTimes()).isEqualTo(5);
        assertThat(groups.list(caller, first, "BILL", new PageRequest(0, 10)).items())
                .extracting(ConsumerGroup::name).containsExactly("billing");
        assertThat(groups.connections(caller, first, "billing")).isEmpty();

        groups.delete(caller, first, "billing");
        assertThat(catchThrowableOfType(GatewayException.class, () -> groups.get(caller, first, "billing")).kind())
                .isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(admin().getAllSubscriptionGroup(brokerAddress, 5_000).getSubscriptionGroupTable())
                .doesNotContainKey(first + "%billing").containsKey(second + "%billing");
    }

    @Test
    void usersAndTheirPermissionsExistOnTheBrokerAndGoWithTheInstance() throws Exception {
        String id = tenant.runningInstance("users-" + shortId());
        String physical = id + "%app";
        observe(id);

        BrokerUser created = users.create(caller, id, "app", "app-secret-1", new BrokerUserSettings(false, true,
                AclPermission.SUB, null, List.of("10.0.0.0/8"), Map.of()));
        users.putAclEntry(caller, id, "app", new AclEntry(AclResourceType.TOPIC, "orders", Set.of(AclAction.PUB),
                AclDecision.ALLOW, null));

        assertThat(created.status()).isEqualTo(ResourceStatus.ACTIVE);
        assertThat(created.sealedSecret()).doesNotContain("app-secret-1");
        assertThat(admin().getUser(brokerAddress, physical).getUserType()).isEqualTo("Normal");
        assertThat(resources(physical)).containsExactlyInAnyOrder("Topic:" + id + "%*", "Topic:" + id + "%orders");

        users.removeAclEntry(caller, id, "app", AclResourceType.TOPIC, "orders");
        assertThat(resources(physical)).containsExactly("Topic:" + id + "%*");
        assertThat(catchThrowableOfType(GatewayException.class, () -> users.removeAclEntry(caller, id, "app",
                AclResourceType.TOPIC, "orders")).kind()).isEqualTo(ErrorKind.NOT_FOUND);

        instances.delete(caller, id);
        Await.until("the instance's broker user to go", Duration.ofSeconds(30),
                () -> userNames(id), List::isEmpty);
    }

    private static List<String> resources(String physicalUser) throws Exception {
        return admin().getAcl(brokerAddress, "User:" + physicalUser).getPolicies().stream()
                .flatMap(p -> p.getEntries().stream())
                .map(AclInfo.PolicyEntryInfo::getResource)
                .toList();
    }

    private static List<String> userNames(String namespace) {
        try {
            var listed = admin().listUser(brokerAddress, namespace + "%");
            return listed == null ? List.of() : listed.stream().map(u -> u.getUsername()).toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An admin client of our own on the cluster the instance lives on, to read the broker's view. */
    private void observe(String instanceId) throws Exception {
        if (broker == null) {
            InstanceEndpoints endpoints = instances.endpoints(instances.get(caller, instanceId));
            DefaultMQAdminExt admin = new DefaultMQAdminExt(5_000);
            admin.setNamesrvAddr(String.join(";", endpoints.nameServerAddresses()));
            admin.setInstanceName("groups-users-test-" + UUID.randomUUID());
            admin.start();
            brokerAddress = endpoints.brokerAddresses().get(0);
            broker = admin;
        }
    }

    private static DefaultMQAdminExt admin() {
        return broker;
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
