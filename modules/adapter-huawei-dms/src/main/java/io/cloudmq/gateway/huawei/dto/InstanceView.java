package io.cloudmq.gateway.huawei.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * ShowInstanceResp: the body of ShowInstance and the item of ListInstances. The SDK parses scalar types strictly, so
 * the Java types here are the SDK's: {@code created_at}, {@code cross_vpc_info} and {@code support_features} are
 * strings, {@code extend_times} is a long.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InstanceView(
        @JsonProperty("name") String name,
        @JsonProperty("engine") String engine,
        @JsonProperty("status") String status,
        @JsonProperty("description") String description,
        @JsonProperty("type") String type,
        @JsonProperty("specification") String specification,
        @JsonProperty("engine_version") String engineVersion,
        @JsonProperty("instance_id") String instanceId,
        @JsonProperty("charging_mode") Integer chargingMode,
        @JsonProperty("vpc_id") String vpcId,
        @JsonProperty("vpc_name") String vpcName,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("product_id") String productId,
        @JsonProperty("security_group_id") String securityGroupId,
        @JsonProperty("security_group_name") String securityGroupName,
        @JsonProperty("subnet_id") String subnetId,
        @JsonProperty("subnet_name") String subnetName,
        @JsonProperty("subnet_cidr") String subnetCidr,
        @JsonProperty("available_zones") List<String> availableZones,
        @JsonProperty("available_zone_names") List<String> availableZoneNames,
        @JsonProperty("user_id") String userId,
        @JsonProperty("user_name") String userName,
        @JsonProperty("maintain_begin") String maintainBegin,
        @JsonProperty("maintain_end") String maintainEnd,
        @JsonProperty("enable_log_collection") Boolean enableLogCollection,
        @JsonProperty("storage_space") Integer storageSpace,
        @JsonProperty("used_storage_space") Integer usedStorageSpace,
        @JsonProperty("enable_publicip") Boolean enablePublicip,
        @JsonProperty("publicip_id") String publicipId,
        @JsonProperty("publicip_address") String publicipAddress,
        @JsonProperty("ssl_enable") Boolean sslEnable,
        @JsonProperty("cross_vpc_info") String crossVpcInfo,
        @JsonProperty("storage_resource_id") String storageResourceId,
        @JsonProperty("storage_spec_code") String storageSpecCode,
        @JsonProperty("service_type") String serviceType,
        @JsonProperty("storage_type") String storageType,
        @JsonProperty("extend_times") Long extendTimes,
        @JsonProperty("ipv6_enable") Boolean ipv6Enable,
        @JsonProperty("support_features") String supportFeatures,
        @JsonProperty("disk_encrypted") Boolean diskEncrypted,
        @JsonProperty("ces_version") String cesVersion,
        @JsonProperty("node_num") Integer nodeNum,
        @JsonProperty("new_spec_billing_enable") Boolean newSpecBillingEnable,
        @JsonProperty("enable_acl") Boolean enableAcl,
        @JsonProperty("broker_num") Integer brokerNum,
        @JsonProperty("namesrv_address") String namesrvAddress,
        @JsonProperty("broker_address") String brokerAddress,
        @JsonProperty("public_namesrv_address") String publicNamesrvAddress,
        @JsonProperty("public_broker_address") String publicBrokerAddress,
        @JsonProperty("grpc_address") String grpcAddress,
        @JsonProperty("public_grpc_address") String publicGrpcAddress,
        @JsonProperty("enterprise_project_id") String enterpriseProjectId,
        @JsonProperty("tags") List<TagEntity> tags,
        @JsonProperty("total_storage_space") Integer totalStorageSpace,
        @JsonProperty("resource_spec_code") String resourceSpecCode) {
}
