package io.cloudmq.gateway.huawei.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.cloudmq.gateway.huawei.dto.CreateInstanceRequest;

import java.util.List;

/**
 * The Huawei-only fields of an instance, kept so that ShowInstance returns what CreateInstance accepted. Stored as one
 * JSON document under {@link HuaweiAttributes#KEY} in the neutral instance's attributes.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HuaweiInstanceAttributes(
        String vpcId,
        String subnetId,
        String securityGroupId,
        List<String> availableZones,
        String productId,
        Integer storageSpace,
        String storageSpecCode,
        Integer brokerNum,
        Boolean sslEnable,
        Boolean enableAcl,
        Boolean ipv6Enable,
        Boolean enablePublicip,
        String publicipId,
        String enterpriseProjectId,
        CreateInstanceRequest.BssParam bssParam) {

    public HuaweiInstanceAttributes withUpdates(String newSecurityGroupId, Boolean newEnableAcl,
                                                Boolean newEnablePublicip, String newPublicipId) {
        return new HuaweiInstanceAttributes(vpcId, subnetId,
                newSecurityGroupId != null ? newSecurityGroupId : securityGroupId, availableZones, productId,
                storageSpace, storageSpecCode, brokerNum, sslEnable,
                newEnableAcl != null ? newEnableAcl : enableAcl, ipv6Enable,
                newEnablePublicip != null ? newEnablePublicip : enablePublicip,
                newPublicipId != null ? newPublicipId : publicipId, enterpriseProjectId, bssParam);
    }
}
