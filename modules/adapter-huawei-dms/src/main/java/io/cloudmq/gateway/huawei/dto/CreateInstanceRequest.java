package io.cloudmq.gateway.huawei.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * Body of CreatePostPaidInstance ({@code POST /v2/{project_id}/instances}) and CreateInstanceByEngine
 * ({@code POST /v2/{engine}/{project_id}/instances}, which adds {@code bss_param}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateInstanceRequest(
        @JsonProperty("name") String name,
        @JsonProperty("description") String description,
        @JsonProperty("engine") String engine,
        @JsonProperty("engine_version") String engineVersion,
        @JsonProperty("storage_space") Integer storageSpace,
        @JsonProperty("vpc_id") String vpcId,
        @JsonProperty("subnet_id") String subnetId,
        @JsonProperty("security_group_id") String securityGroupId,
        @JsonProperty("available_zones") List<String> availableZones,
        @JsonProperty("product_id") String productId,
        @JsonProperty("ssl_enable") Boolean sslEnable,
        @JsonProperty("storage_spec_code") String storageSpecCode,
        @JsonProperty("enterprise_project_id") String enterpriseProjectId,
        @JsonProperty("enable_acl") Boolean enableAcl,
        @JsonProperty("ipv6_enable") Boolean ipv6Enable,
        @JsonProperty("enable_publicip") Boolean enablePublicip,
        @JsonProperty("publicip_id") String publicipId,
        @JsonProperty("broker_num") Integer brokerNum,
        @JsonProperty("bss_param") BssParam bssParam) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BssParam(
            @JsonProperty("is_auto_renew") Boolean isAutoRenew,
            @JsonProperty("charging_mode") String chargingMode,
            @JsonProperty("is_auto_pay") Boolean isAutoPay,
            @JsonProperty("period_type") String periodType,
            @JsonProperty("period_num") Integer periodNum) {
    }
}
