package io.cloudmq.gateway.server.huawei;

import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.exception.ServiceResponseException;
import com.huaweicloud.sdk.core.http.HttpConfig;
import com.huaweicloud.sdk.rocketmq.v2.RocketMQClient;
import com.huaweicloud.sdk.rocketmq.v2.model.CreatePostPaidInstanceReq;
import com.huaweicloud.sdk.rocketmq.v2.model.CreatePostPaidInstanceRequest;
import com.huaweicloud.sdk.rocketmq.v2.model.ShowInstanceRequest;
import io.cloudmq.gateway.server.Await;
import io.restassured.http.ContentType;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A fresh tenant with an access key and a Huawei project, created through the operator admin API, and the official
 * Huawei SDK client signed with that key. Every test class gets its own, so tests never see each other's resources.
 */
public record HuaweiTenant(String tenantId, String accessKeyId, String secret, String projectId, String region) {

    static final String ADMIN_TOKEN = "test-admin-token";

    public static HuaweiTenant create() {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String tenantId = "t-" + suffix;
        String projectId = UUID.randomUUID().toString().replace("-", "");
        String region = "cn-north-4";
        admin().body(Map.of("id", tenantId, "name", "Tenant " + suffix)).post("/admin/tenants")
                .then().statusCode(201);
        admin().body(Map.of("id", projectId, "region", region)).post("/admin/tenants/" + tenantId + "/projects")
                .then().statusCode(201);
        var key = admin().body(Map.of()).post("/admin/tenants/" + tenantId + "/access-keys")
                .then().statusCode(201).extract().jsonPath();
        return new HuaweiTenant(tenantId, key.getString("accessKeyId"), key.getString("secret"), projectId, region);
    }

    /** A name no other test uses: tests share one database and never clean up after each other. */
    public static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A request to the operator admin API with the test profile's bearer token. */
    public static io.restassured.specification.RequestSpecification admin() {
        return given().header("Authorization", "Bearer " + ADMIN_TOKEN).contentType(ContentType.JSON);
    }

    public RocketMQClient client() {
        return clientFor(accessKeyId, secret, projectId);
    }

    public static RocketMQClient clientFor(String ak, String sk, String projectId) {
        return clientFor(ak, sk, projectId, endpoint());
    }

    public static RocketMQClient clientFor(String ak, String sk, String projectId, String endpoint) {
        return RocketMQClient.newBuilder()
                .withCredential(new BasicCredentials().withAk(ak).withSk(sk).withProjectId(projectId))
                .withHttpConfig(HttpConfig.getDefaultHttpConfig().withIgnoreSSLVerification(true))
                .withEndpoint(endpoint)
                .build();
    }

    /** Quarkus points RestAssured at the test server's (random) port. */
    static String endpoint() {
        return "http://127.0.0.1:" + io.restassured.RestAssured.port;
    }

    /** A valid CreatePostPaidInstance body for this tenant's region. */
    public CreatePostPaidInstanceReq instanceBody(String name) {
        return new CreatePostPaidInstanceReq()
                .withName(name)
                .withDescription("made by a test")
                .withEngine(CreatePostPaidInstanceReq.EngineEnum.RELIABILITY)
                .withEngineVersion(CreatePostPaidInstanceReq.EngineVersionEnum.fromValue("4.8.0"))
                .withStorageSpace(300)
                .withVpcId("vpc-1")
                .withSubnetId("subnet-1")
                .withSecurityGroupId("sg-1")
                .withAvailableZones(List.of(region + "a"))
                .withProductId(CreatePostPaidInstanceReq.ProductIdEnum.fromValue("c6.4u8g.cluster"))
                .withStorageSpecCode(CreatePostPaidInstanceReq.StorageSpecCodeEnum.DMS_PHYSICAL_STORAGE_HIGH_V2)
                .withBrokerNum(1);
    }

    /** Creates an instance through the SDK and waits until the gateway reports it RUNNING. */
    public String runningInstance(String name) {
        String id = client().createPostPaidInstance(new CreatePostPaidInstanceRequest().withBody(instanceBody(name)))
                .getInstanceId();
        Await.until("instance " + id + " RUNNING", Duration.ofSeconds(30),
                () -> client().showInstance(new ShowInstanceRequest().withInstanceId(id)).getStatus(),
                "RUNNING"::equals);
        return id;
    }

    /** Runs a call that must be refused and returns the SDK's exception for assertions on status and code. */
    public static ServiceResponseException refused(Runnable call) {
        Throwable thrown = catchThrowable(call::run);
        assertThat(thrown).as("the call must be refused").isInstanceOf(ServiceResponseException.class);
        ServiceResponseException e = (ServiceResponseException) thrown;
        assertThat(e.getRequestId()).as("X-Request-Id on the error").isNotBlank();
        return e;
    }
}
