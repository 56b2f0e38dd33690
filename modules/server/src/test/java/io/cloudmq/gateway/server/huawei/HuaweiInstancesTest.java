package io.cloudmq.gateway.server.huawei;

import com.huaweicloud.sdk.core.exception.ServiceResponseException;
import com.huaweicloud.sdk.rocketmq.v2.RocketMQClient;
import com.huaweicloud.sdk.rocketmq.v2.model.BatchDeleteInstanceReq;
import com.huaweicloud.sdk.rocketmq.v2.model.BatchDeleteInstancesRequest;
import com.huaweicloud.sdk.rocketmq.v2.model.BatchDeleteInstancesResponse;
import com.huaweicloud.sdk.rocketmq.v2.model.CreateInstanceByEngineReq;
import com.huaweicloud.sdk.rocketmq.v2.model.CreateInstanceByEngineRequest;
import com.huaweicloud.sdk.rocketmq.v2.model.CreatePostPaidInstanceRequest;
import com.huaweicloud.sdk.rocketmq.v2.model.DeleteInstanceRequest;
import com.huaweicloud.sdk.rocketmq.v2.model.ListAvailableZonesRequest;
import com.huaweicloud.sdk.rocketmq.v2.model.ListAvailableZonesResponse;
import com.huaweicloud.sdk.rocketmq.v2.model.ListInstancesRequest;
import com.huaweicloud.sdk.rocketmq.v2.model.ListInstancesResponse;
import com.huaweicloud.sdk.rocketmq.v2.model.ShowInstanceRequest;
import com.huaweicloud.sdk.rocketmq.v2.model.ShowInstanceResponse;
import com.huaweicloud.sdk.rocketmq.v2.model.UpdateInstanceReq;
import com.huaweicloud.sdk.rocketmq.v2.model.UpdateInstanceRequest;
import io.cloudmq.gateway.server.Await;
import io.cloudmq.gateway.server.GatewayTestResources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.cloudmq.gateway.server.huawei.HuaweiTenant.refused;
import static org.assertj.core.api.Assertions.assertThat;

/** Instance operations of the Huawei dialect, called through the official SDK against the running gateway. */
@QuarkusTest
@QuarkusTestResource(value = GatewayTestResources.class, restrictToAnnotatedClass = false)
class HuaweiInstancesTest {

    HuaweiTenant tenant;
    RocketMQClient client;

    @BeforeEach
    void tenant() {
        tenant = HuaweiTenant.create();
        client = tenant.client();
    }

    @Test
    void createdInstanceBecomesRunningWithRealEndpoints() {
        String id = tenant.runningInstance(HuaweiTenant.uniqueName("orders"));

        ShowInstanceResponse shown = client.showInstance(new ShowInstanceRequest().withInstanceId(id));
        assertThat(shown.getInstanceId()).isEqualTo(id);
        assertThat(shown.getEngine()).isEqualTo("reliability");
        assertThat(shown.getEngineVersion()).isEqualTo("4.8.0");
        assertThat(shown.getStatus()).isEqualTo("RUNNING");
        assertThat(shown.getStorageSpace()).isEqualTo(300);
        assertThat(shown.getVpcId()).isEqualTo("vpc-1");
        assertThat(shown.getAvailableZones()).containsExactly(tenant.region() + "a");
        assertThat(shown.getProductId()).isEqualTo("c6.4u8g.cluster");
        assertThat(Long.parseLong(shown.getCreatedAt())).isPositive();
        // The address reported is the embedded name server's, which clients really connect to.
        assertThat(shown.getNamesrvAddress()).matches("[0-9.]+:\\d+(,[0-9.]+:\\d+)*");
    }

    @Test
    void createByEngineAcceptsTheSdkEnumConstants() {
        // The SDK's own constants carry documentation tags ("[4.8.0](tag:hws,...)[5.x](tag:hcs)"); we take the first.
        CreateInstanceByEngineReq body = new CreateInstanceByEngineReq()
                .withName(HuaweiTenant.uniqueName("engine"))
                .withEngine(CreateInstanceByEngineReq.EngineEnum.RELIABILITY)
                .withEngineVersion(CreateInstanceByEngineReq.EngineVersionEnum
                        ._4_8_0_TAG_HWS_HWS_EU_HWS_HK_OCB_HWS_OCB_CTC_G42_HK_G42_TM_SBC_HK_SBC_HK_TM_5_X_TAG_HCS_)
                .withStorageSpace(600)
                .withVpcId("vpc-1").withSubnetId("subnet-1").withSecurityGroupId("sg-1")
                .withAvailableZones(List.of(tenant.region() + "a", tenant.region() + "b", tenant.region() + "c"))
                .withProductId(CreateInstanceByEngineReq.ProductIdEnum
                        ._C6_4U8G_CLUSTER_TAG_HWS_HWS_EU_HWS_HK_OCB_HWS_OCB_CTC_G42_HK_G42_TM_SBC_HK_SBC_HK_TM_C6_4U16G_CLUSTER_X86_TAG_HCS_FCS_)
                .withStorageSpecCode(CreateInstanceByEngineReq.StorageSpecCodeEnum.DMS_PHYSICAL_STORAGE_ULTRA_V2)
                .withBrokerNum(1);
        String id = client.createInstanceByEngine(new CreateInstanceByEngineRequest()
                .withEngine(CreateInstanceByEngineRequest.EngineEnum.RELIABILITY).withBody(body)).getInstanceId();

        ShowInstanceResponse shown = client.showInstance(new ShowInstanceRequest().withInstanceId(id));
        assertThat(shown.getEngineVersion()).isEqualTo("4.8.0");
        assertThat(shown.getProductId()).isEqualTo("c6.4u8g.cluster");
        assertThat(shown.getAvailableZones()).hasSize(3);
    }

    @Test
    void listFiltersByNameAndPages() {
        String prefix = HuaweiTenant.uniqueName("lst");
        for (int i = 0; i < 3; i++) {
            client.createPostPaidInstance(new CreatePostPaidInstanceRequest()
                    .withBody(tenant.instanceBody(prefix + "-" + i)));
        }
        ListInstancesResponse all = client.listInstances(new ListInstancesRequest()
                .withEngine(ListInstancesRequest.EngineEnum.ROCKETMQ).withName(prefix));
        assertThat(all.getInstanceNum()).isEqualTo(3);

        ListInstancesResponse page = client.listInstances(new ListInstancesRequest()
                .withEngine(ListInstancesRequest.EngineEnum.ROCKETMQ).withName(prefix).withLimit(2).withOffset(2));
        assertThat(page.getInstances()).hasSize(1);
        assertThat(page.getInstanceNum()).isEqualTo(3);

        ListInstancesResponse exact = client.listInstances(new ListInstancesRequest()
                .withEngine(ListInstancesRequest.EngineEnum.ROCKETMQ).withName(prefix + "-1")
                .withExactMatchName(ListInstancesRequest.ExactMatchNameEnum.TRUE));
        assertThat(exact.getInstances()).extracting(i -> i.getName()).containsExactly(prefix + "-1");
    }

    @Test
    void updateChangesNameAndDescription() {
        String id = tenant.runningInstance(HuaweiTenant.uniqueName("upd"));
        String renamed = HuaweiTenant.uniqueName("renamed");
        client.updateInstance(new UpdateInstanceRequest().withInstanceId(id)
                .withBody(new UpdateInstanceReq().withName(renamed).withDescription("new words")));

        ShowInstanceResponse shown = client.showInstance(new ShowInstanceRequest().withInstanceId(id));
        assertThat(shown.getName()).isEqualTo(renamed);
        assertThat(shown.getDescription()).isEqualTo("new words");
        assertThat(shown.getVpcId()).as("untouched fields keep their value").isEqualTo("vpc-1");
    }

    @Test
    void deleteRemovesTheInstance() {
        String id = tenant.runningInstance(HuaweiTenant.uniqueName("del"));
        client.deleteInstance(new DeleteInstanceRequest().withInstanceId(id));

        ServiceResponseException gone = Await.until("instance deleted", Duration.ofSeconds(30),
                () -> refused(() -> client.showInstance(new ShowInstanceRequest().withInstanceId(id))),
                e -> e.getHttpStatusCode() == 404);
        assertThat(gone.getErrorCode()).isEqualTo("DMS.00404022");
    }

    @Test
    void batchDeleteReportsEachInstance() {
        String id = tenant.runningInstance(HuaweiTenant.uniqueName("bat"));
        String unknown = UUID.randomUUID().toString();
        BatchDeleteInstancesResponse response = client.batchDeleteInstances(new BatchDeleteInstancesRequest()
                .withBody(new BatchDeleteInstanceReq().withAction(BatchDeleteInstanceReq.ActionEnum.DELETE)
                        .withInstances(List.of(id, unknown))));
        assertThat(response.getResults()).extracting(r -> r.getInstance() + "=" + r.getResult())
                .containsExactly(id + "=success", unknown + "=failed");
    }

    @Test
    void duplicateNameIsRefusedAndNothingIsStored() {
        String taken = HuaweiTenant.uniqueName("dup");
        client.createPostPaidInstance(new CreatePostPaidInstanceRequest().withBody(tenant.instanceBody(taken)));

        ServiceResponseException e = refused(() -> client.createPostPaidInstance(
                new CreatePostPaidInstanceRequest().withBody(tenant.instanceBody(taken))));
        assertThat(e.getHttpStatusCode()).isEqualTo(400);
        assertThat(e.getErrorCode()).isEqualTo("DMS.00400060");
        assertThat(count(taken)).isEqualTo(1);
    }

    @Test
    void invalidInputGetsTheDmsCodeAndStoresNothing() {
        String tooShort = "ab1";
        ServiceResponseException badName = refused(() -> client.createPostPaidInstance(
                new CreatePostPaidInstanceRequest().withBody(tenant.instanceBody(tooShort))));
        assertThat(badName.getHttpStatusCode()).isEqualTo(400);
        assertThat(badName.getErrorCode()).isEqualTo("DMS.00400010");
        assertThat(count(tooShort)).isZero();

        String noVpc = HuaweiTenant.uniqueName("novpc");
        ServiceResponseException missingVpc = refused(() -> client.createPostPaidInstance(
                new CreatePostPaidInstanceRequest().withBody(tenant.instanceBody(noVpc).withVpcId(null))));
        assertThat(missingVpc.getErrorCode()).isEqualTo("DMS.00400013");

        ServiceResponseException badZone = refused(() -> client.createPostPaidInstance(
                new CreatePostPaidInstanceRequest().withBody(tenant.instanceBody(noVpc)
                        .withAvailableZones(List.of("nowhere-1a")))));
        assertThat(badZone.getErrorCode()).isEqualTo("DMS.00400042");

        ServiceResponseException badDisk = refused(() -> client.createPostPaidInstance(
                new CreatePostPaidInstanceRequest().withBody(tenant.instanceBody(noVpc).withStorageSpace(10))));
        assertThat(badDisk.getErrorCode()).isEqualTo("DMS.00400500");
        assertThat(count(noVpc)).isZero();
    }

    @Test
    void unknownInstanceIsNotFound() {
        ServiceResponseException e = refused(() -> client.showInstance(
                new ShowInstanceRequest().withInstanceId(UUID.randomUUID().toString())));
        assertThat(e.getHttpStatusCode()).isEqualTo(404);
        assertThat(e.getErrorCode()).isEqualTo("DMS.00404022");
    }

    @Test
    void anotherTenantsInstanceIsInvisible() {
        String id = tenant.runningInstance(HuaweiTenant.uniqueName("mine"));
        HuaweiTenant other = HuaweiTenant.create();

        ServiceResponseException e = refused(() -> other.client().showInstance(
                new ShowInstanceRequest().withInstanceId(id)));
        assertThat(e.getErrorCode()).isEqualTo("DMS.00404022");
        assertThat(other.client().listInstances(new ListInstancesRequest()
                .withEngine(ListInstancesRequest.EngineEnum.ROCKETMQ)).getInstanceNum()).isZero();
    }

    @Test
    void availableZonesAreTheOnesCreateAccepts() {
        ListAvailableZonesResponse zones = client.listAvailableZones(new ListAvailableZonesRequest());
        assertThat(zones.getRegionId()).isEqualTo(tenant.region());
        assertThat(zones.getAvailableZones()).extracting(z -> z.getCode())
                .containsExactly(tenant.region() + "a", tenant.region() + "b", tenant.region() + "c");
        assertThat(zones.getAvailableZones().get(0).getRemainTime()).isEqualTo(Long.MAX_VALUE);
    }

    private int count(String name) {
        return client.listInstances(new ListInstancesRequest().withEngine(ListInstancesRequest.EngineEnum.ROCKETMQ)
                .withName(name).withExactMatchName(ListInstancesRequest.ExactMatchNameEnum.TRUE)
                .withIncludeFailure(ListInstancesRequest.IncludeFailureEnum.TRUE)).getInstanceNum();
    }
}
