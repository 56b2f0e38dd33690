package io.cloudmq.gateway.server.huawei;

import com.huaweicloud.sdk.core.exception.ServiceResponseException;
import com.huaweicloud.sdk.rocketmq.v2.RocketMQClient;
import com.huaweicloud.sdk.rocketmq.v2.model.CreateUserRequest;
import com.huaweicloud.sdk.rocketmq.v2.model.CreateUserResponse;
import com.huaweicloud.sdk.rocketmq.v2.model.DeleteUserRequest;
import com.huaweicloud.sdk.rocketmq.v2.model.ListUserRequest;
import com.huaweicloud.sdk.rocketmq.v2.model.ListUserResponse;
import com.huaweicloud.sdk.rocketmq.v2.model.ShowInstanceRequest;
import com.huaweicloud.sdk.rocketmq.v2.model.ShowUserRequest;
import com.huaweicloud.sdk.rocketmq.v2.model.ShowUserResponse;
import com.huaweicloud.sdk.rocketmq.v2.model.UpdateUserRequest;
import com.huaweicloud.sdk.rocketmq.v2.model.UpdateUserResponse;
import com.huaweicloud.sdk.rocketmq.v2.model.User;
import com.huaweicloud.sdk.rocketmq.v2.model.UserGroupPerms;
import com.huaweicloud.sdk.rocketmq.v2.model.UserTopicPerms;
import com.huaweicloud.sdk.rocketmq.v2.model.CreateTopicOrBatchDeleteTopicReq;
import com.huaweicloud.sdk.rocketmq.v2.model.CreateTopicOrBatchDeleteTopicRequest;
import com.huaweicloud.sdk.rocketmq.v2.model.ListAccessPolicyRespPolicies;
import com.huaweicloud.sdk.rocketmq.v2.model.ListConsumeGroupAccessPolicyRequest;
import com.huaweicloud.sdk.rocketmq.v2.model.ListConsumeGroupAccessPolicyResponse;
import com.huaweicloud.sdk.rocketmq.v2.model.ListTopicAccessPolicyRequest;
import com.huaweicloud.sdk.rocketmq.v2.model.ListTopicAccessPolicyResponse;
import io.cloudmq.gateway.core.model.Caller;
import io.cloudmq.gateway.core.model.ConsumerGroupSettings;
import io.cloudmq.gateway.core.service.ConsumerGroupService;
import io.cloudmq.gateway.server.Await;
import io.cloudmq.gateway.server.BrokerView;
import io.cloudmq.gateway.server.GatewayTestResources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.rocketmq.remoting.protocol.body.AclInfo;
import org.apache.rocketmq.remoting.protocol.body.UserInfo;
import org.apache.rocketmq.remoting.protocol.route.BrokerData;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.cloudmq.gateway.server.huawei.HuaweiTenant.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * User operations of the Huawei dialect (CreateUser, ListUser, ShowUser, UpdateUser, DeleteUser) through the official
 * SDK, checked against the broker's ACL 2.0 users and policies.
 */
@QuarkusTest
@QuarkusTestResource(value = GatewayTestResources.class, restrictToAnnotatedClass = false)
class HuaweiUsersTest {

    static BrokerView broker;

    @Inject
    ConsumerGroupService groups;
    static String brokerAddress;

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
    void userAndItsPermissionsExistOnTheBroker() throws Exception {
        String id = tenant.runningInstance(HuaweiTenant.uniqueName("usr"));
        observe(id);

        CreateUserResponse created = client.createUser(new CreateUserRequest().withInstanceId(id).withBody(new User()
                .withAccessKey("app_user1").withSecretKey("Secret-123").withAdmin(false)
                .withWhiteRemoteAddress("10.0.0.0/8")
                .withDefaultTopicPerm(User.DefaultTopicPermEnum.SUB)
                .withDefaultGroupPerm(User.DefaultGroupPermEnum.SUB)
                .withTopicPerms(List.of(new UserTopicPerms().withName("orders")
                        .withPerm(UserTopicPerms.PermEnum.fromValue("PUB|SUB"))))
                .withGroupPerms(List.of(new UserGroupPerms().withName("billing")
                        .withPerm(UserGroupPerms.PermEnum.DENY)))));
        assertThat(created.getAccessKey()).isEqualTo("app_user1");
        assertThat(created.getSecretKey()).as("the secret is never returned").isNull();
        assertThat(created.getWhiteRemoteAddress()).isEqualTo("10.0.0.0/8");
        assertThat(created.getTopicPerms()).singleElement().satisfies(p -> {
            assertThat(p.getName()).isEqualTo("orders");
            assertThat(p.getPerm().getValue()).isEqualTo("PUB|SUB");
        });

        String physical = id + "%app_user1";
        UserInfo onBroker = broker.admin().getUser(brokerAddress, physical);
        assertThat(onBroker.getUserType()).isEqualTo("Normal");
        Map<String, String> acl = acl(physical);
        assertThat(acl).containsEntry("Topic:" + id + "%orders", "Allow [PUB, SUB]")
                .containsKey("Topic:" + id + "%*");
        assertThat(acl.get("Group:" + id + "%billing")).startsWith("Deny");

        ShowUserResponse shown = client.showUser(new ShowUserRequest().withInstanceId(id).withUserName("app_user1"));
        assertThat(shown.getDefaultTopicPerm().getValue()).isEqualTo("SUB");
        assertThat(shown.getGroupPerms()).extracting(UserGroupPerms::getName).containsExactly("billing");
        assertThat(shown.getSecretKey()).isNull();

        UpdateUserResponse updated = client.updateUser(new UpdateUserRequest().withInstanceId(id)
                .withUserName("app_user1").withBody(new User().withSecretKey("Other#Secret9")
                        .withTopicPerms(List.of(new UserTopicPerms().withName("payments")
                                .withPerm(UserTopicPerms.PermEnum.PUB)))));
        assertThat(updated.getTopicPerms()).extracting(UserTopicPerms::getName).containsExactly("payments");
        assertThat(updated.getGroupPerms()).extracting(UserGroupPerms::getName).containsExactly("billing");
        Map<String, String> after = acl(physical);
        assertThat(after).containsKey("Topic:" + id + "%payments").doesNotContainKey("Topic:" + id + "%orders");
        assertThat(after.get("Topic:" + id + "%payments")).isEqualTo("Allow [PUB]");

        client.createUser(new CreateUserRequest().withInstanceId(id).withBody(new User()
                .withAccessKey("second_user").withSecretKey("Another-Pw1").withAdmin(true)));
        ListUserResponse listed = client.listUser(new ListUserRequest().withInstanceId(id));
        assertThat(listed.getTotal()).isEqualByComparingTo(BigDecimal.valueOf(2));
        assertThat(listed.getUsers()).extracting(User::getAccessKey)
                .containsExactlyInAnyOrder("app_user1", "second_user");
        assertThat(listed.getUsers()).extracting(User::getSecretKey).containsOnlyNulls();
        ListUserResponse firstPage = client.listUser(new ListUserRequest().withInstanceId(id).withLimit("1"));
        assertThat(firstPage.getUsers()).hasSize(1);
        assertThat(firstPage.getTotal()).isEqualByComparingTo(BigDecimal.valueOf(2));

        client.deleteUser(new DeleteUserRequest().withInstanceId(id).withUserName("app_user1"));
        Await.until("the broker user to go", Duration.ofSeconds(30), () -> userNames(id),
                names -> !names.contains(physical));
        ServiceResponseException gone = refused(() -> client.showUser(new ShowUserRequest().withInstanceId(id)
                .withUserName("app_user1")));
        assertThat(gone.getHttpStatusCode()).isEqualTo(404);
        assertThat(gone.getErrorCode()).isEqualTo("DMS.10540401");
        ServiceResponseException deleteAgain = refused(() -> client.deleteUser(new DeleteUserRequest()
                .withInstanceId(id).withUserName("app_user1")));
        assertThat(deleteAgain.getHttpStatusCode()).isEqualTo(404);
    }

    @Test
    void invalidUsersAreRefusedAndStoreNothing() throws Exception {
        String id = tenant.runningInstance(HuaweiTenant.uniqueName("usr-bad"));
        observe(id);

        for (String badName : List.of("short", "1starts-with-digit", "has%percent", "x".repeat(65))) {
            ServiceResponseException e = refused(() -> create(id, badName, "Secret-123"));
            assertThat(e.getHttpStatusCode()).as(badName).isEqualTo(400);
            assertThat(e.getErrorCode()).as(badName).isEqualTo("DMS.00400015");
        }
        for (String weak : List.of("Sh0rt!", "alllowercase1", "ALLUPPER-", "x".repeat(20) + "A1-" + "y".repeat(10),
                "Valid_user1", "1resu_dilaV")) {
            ServiceResponseException e = refused(() -> create(id, "Valid_user1", weak));
            assertThat(e.getHttpStatusCode()).as(weak).isEqualTo(400);
            assertThat(e.getErrorCode()).as(weak).isEqualTo("DMS.00400012");
        }
        ServiceResponseException badPerm = refused(() -> client.createUser(new CreateUserRequest().withInstanceId(id)
                .withBody(new User().withAccessKey("valid_user").withSecretKey("Secret-123")
                        .withGroupPerms(List.of(new UserGroupPerms().withName("g1")
                                .withPerm(UserGroupPerms.PermEnum.fromValue("PUB")))))));
        assertThat(badPerm.getHttpStatusCode()).isEqualTo(400);
        assertThat(client.listUser(new ListUserRequest().withInstanceId(id)).getUsers()).isEmpty();
        assertThat(userNames(id)).isEmpty();

        create(id, "valid_user", "Secret-123");
        ServiceResponseException duplicate = refused(() -> create(id, "valid_user", "Secret-456"));
        assertThat(duplicate.getHttpStatusCode()).isEqualTo(400);

        ServiceResponseException unknown = refused(() -> client.updateUser(new UpdateUserRequest()
                .withInstanceId(id).withUserName("nobody_here").withBody(new User().withAdmin(true))));
        assertThat(unknown.getHttpStatusCode()).isEqualTo(404);
        assertThat(unknown.getErrorCode()).isEqualTo("DMS.10540401");
    }

    @Test
    void accessPoliciesListTheUsersGrantedOnATopicOrGroup() {
        String id = tenant.runningInstance(HuaweiTenant.uniqueName("usr-pol"));
        client.createTopicOrBatchDeleteTopic(new CreateTopicOrBatchDeleteTopicRequest().withInstanceId(id)
                .withBody(new CreateTopicOrBatchDeleteTopicReq().withName("orders")
                        .withQueueNum(BigDecimal.valueOf(2))));
        groups.create(new Caller(tenant.tenantId(), tenant.accessKeyId(), tenant.projectId(), tenant.region()), id,
                "billing", new ConsumerGroupSettings(null, null, null, true, null, null, null, null, null));
        client.createUser(new CreateUserRequest().withInstanceId(id).withBody(new User()
                .withAccessKey("publisher").withSecretKey("Secret-123").withWhiteRemoteAddress("10.1.0.0/16")
                .withTopicPerms(List.of(new UserTopicPerms().withName("orders")
                        .withPerm(UserTopicPerms.PermEnum.PUB)))
                .withGroupPerms(List.of(new UserGroupPerms().withName("billing")
                        .withPerm(UserGroupPerms.PermEnum.SUB)))));
        client.createUser(new CreateUserRequest().withInstanceId(id).withBody(new User()
                .withAccessKey("operator").withSecretKey("Secret-123").withAdmin(true)));
        client.createUser(new CreateUserRequest().withInstanceId(id).withBody(new User()
                .withAccessKey("bystander").withSecretKey("Secret-123")
                .withDefaultTopicPerm(User.DefaultTopicPermEnum.SUB)));

        ListTopicAccessPolicyResponse topic = client.listTopicAccessPolicy(new ListTopicAccessPolicyRequest()
                .withInstanceId(id).withTopic("orders"));
        assertThat(topic.getName()).isEqualTo("orders");
        assertThat(topic.getTotal()).isEqualByComparingTo(BigDecimal.valueOf(2));
        assertThat(topic.getPolicies()).extracting(ListAccessPolicyRespPolicies::getAccessKey,
                        ListAccessPolicyRespPolicies::getPerm, ListAccessPolicyRespPolicies::getAdmin)
                .containsExactly(tuple("operator", "PUB|SUB", true), tuple("publisher", "PUB", false));
        assertThat(topic.getPolicies()).extracting(ListAccessPolicyRespPolicies::getSecretKey).containsOnlyNulls();
        assertThat(topic.getPolicies().get(1).getWhiteRemoteAddress()).isEqualTo("10.1.0.0/16");
        ListTopicAccessPolicyResponse second = client.listTopicAccessPolicy(new ListTopicAccessPolicyRequest()
                .withInstanceId(id).withTopic("orders").withOffset("1").withLimit("1"));
        assertThat(second.getPolicies()).extracting(ListAccessPolicyRespPolicies::getAccessKey)
                .containsExactly("publisher");

        ListConsumeGroupAccessPolicyResponse group = client.listConsumeGroupAccessPolicy(
                new ListConsumeGroupAccessPolicyRequest().withEngine(
                                ListConsumeGroupAccessPolicyRequest.EngineEnum.RELIABILITY)
                        .withInstanceId(id).withGroupId("billing"));
        assertThat(group.getName()).isEqualTo("billing");
        assertThat(group.getPolicies()).extracting(ListAccessPolicyRespPolicies::getAccessKey,
                        ListAccessPolicyRespPolicies::getPerm)
                .containsExactly(tuple("operator", "SUB"), tuple("publisher", "SUB"));

        ServiceResponseException noTopic = refused(() -> client.listTopicAccessPolicy(
                new ListTopicAccessPolicyRequest().withInstanceId(id).withTopic("missing")));
        assertThat(noTopic.getHttpStatusCode()).isEqualTo(404);
        ServiceResponseException noGroup = refused(() -> client.listConsumeGroupAccessPolicy(
                new ListConsumeGroupAccessPolicyRequest().withEngine(
                                ListConsumeGroupAccessPolicyRequest.EngineEnum.RELIABILITY)
                        .withInstanceId(id).withGroupId("missing")));
        assertThat(noGroup.getHttpStatusCode()).isEqualTo(404);
    }

    private void create(String id, String name, String secret) {
        client.createUser(new CreateUserRequest().withInstanceId(id)
                .withBody(new User().withAccessKey(name).withSecretKey(secret)));
    }

    /** Resource → "Decision [actions]" of the user's broker policies. */
    private static Map<String, String> acl(String physicalUser) throws Exception {
        AclInfo info = broker.admin().getAcl(brokerAddress, "User:" + physicalUser);
        Map<String, String> out = new TreeMap<>();
        info.getPolicies().stream().flatMap(p -> p.getEntries().stream()).forEach(e -> out.put(e.getResource(),
                e.getDecision() + " " + e.getActions().stream().map(String::toUpperCase).sorted().toList()));
        return out;
    }

    private static List<String> userNames(String namespace) {
        try {
            var listed = broker.admin().listUser(brokerAddress, namespace + "%");
            return listed == null ? List.of() : listed.stream().map(UserInfo::getUsername).toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void observe(String instanceId) throws Exception {
        if (broker == null) {
            broker = BrokerView.of(client.showInstance(new ShowInstanceRequest().withInstanceId(instanceId))
                    .getNamesrvAddress());
            BrokerData data = broker.admin().examineBrokerClusterInfo().getBrokerAddrTable().values().iterator()
                    .next();
            brokerAddress = data.selectBrokerAddr();
        }
    }
}
