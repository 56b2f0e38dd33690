package io.cloudmq.gateway.server.huawei;

import com.huaweicloud.sdk.core.exception.ServiceResponseException;
import com.huaweicloud.sdk.rocketmq.v2.model.ListInstancesRequest;
import com.huaweicloud.sdk.rocketmq.v2.model.ShowInstanceRequest;
import io.cloudmq.gateway.server.GatewayTestResources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import static io.cloudmq.gateway.server.huawei.HuaweiTenant.refused;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** Requests are served only with a valid SDK-HMAC-SHA256 signature by a known key, within the caller's projects. */
@QuarkusTest
@QuarkusTestResource(value = GatewayTestResources.class, restrictToAnnotatedClass = false)
class HuaweiAuthenticationTest {

    HuaweiTenant tenant;

    @BeforeEach
    void tenant() {
        tenant = HuaweiTenant.create();
    }

    @Test
    void unsignedRequestIsRefused() {
        given().get("/v2/" + tenant.projectId() + "/instances?engine=rocketmq")
                .then().statusCode(401)
                .contentType("application/json")
                .header("X-Request-Id", notNullValue())
                .body("error_code", equalTo("APIG.0301"));
    }

    @Test
    void wrongSecretIsRefused() {
        ServiceResponseException e = refused(() -> HuaweiTenant.clientFor(tenant.accessKeyId(),
                        tenant.secret() + "x", tenant.projectId())
                .listInstances(new ListInstancesRequest().withEngine(ListInstancesRequest.EngineEnum.ROCKETMQ)));
        assertThat(e.getHttpStatusCode()).isEqualTo(401);
        assertThat(e.getErrorCode()).isEqualTo("APIG.0301");
    }

    @Test
    void unknownAccessKeyIsRefused() {
        ServiceResponseException e = refused(() -> HuaweiTenant.clientFor("NOSUCHKEY0000000000", tenant.secret(),
                tenant.projectId()).listInstances(new ListInstancesRequest()
                .withEngine(ListInstancesRequest.EngineEnum.ROCKETMQ)));
        assertThat(e.getHttpStatusCode()).isEqualTo(401);
        assertThat(e.getErrorCode()).isEqualTo("APIG.0301");
    }

    @Test
    void expiredSignatureIsRefused() {
        // The SDK signs with an X-Sdk-Date it finds on the request, so a stale one yields a correctly signed old request.
        String stale = ZonedDateTime.now(ZoneOffset.UTC).minusMinutes(16)
                .format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
        ServiceResponseException e = refused(() -> tenant.client()
                .listInstancesInvoker(new ListInstancesRequest().withEngine(ListInstancesRequest.EngineEnum.ROCKETMQ))
                .addHeader("X-Sdk-Date", stale)
                .invoke());
        assertThat(e.getHttpStatusCode()).isEqualTo(401);
        assertThat(e.getErrorCode()).isEqualTo("APIG.0301");
        assertThat(e.getErrorMsg()).contains("expired");
    }

    @Test
    void foreignProjectIsRefused() {
        HuaweiTenant other = HuaweiTenant.create();
        ServiceResponseException e = refused(() -> HuaweiTenant.clientFor(tenant.accessKeyId(), tenant.secret(),
                other.projectId()).showInstance(new ShowInstanceRequest().withInstanceId("any")));
        assertThat(e.getHttpStatusCode()).isEqualTo(401);
        assertThat(e.getErrorCode()).isEqualTo("DMS.10240104");
    }

    @Test
    void adminApiNeedsTheBearerToken() {
        given().get("/admin/tenants").then().statusCode(401);
        HuaweiTenant.admin().get("/admin/tenants").then().statusCode(200);
    }
}
