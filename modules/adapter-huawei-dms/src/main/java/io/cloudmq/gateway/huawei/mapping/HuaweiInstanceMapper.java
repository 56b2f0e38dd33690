package io.cloudmq.gateway.huawei.mapping;

import io.cloudmq.gateway.core.model.Instance;
import io.cloudmq.gateway.core.model.InstanceStatus;
import io.cloudmq.gateway.core.port.broker.InstanceEndpoints;
import io.cloudmq.gateway.huawei.dto.CreateInstanceRequest;
import io.cloudmq.gateway.huawei.dto.InstanceView;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.time.Instant;
import java.util.List;

/** Maps between the neutral instance (plus its Huawei attributes and real endpoints) and the DMS wire shapes. */
@Mapper
public interface HuaweiInstanceMapper {

    String ENGINE = "reliability";

    /** The request's Huawei-only fields, with the product id already freed of SDK documentation tags. */
    @Mapping(target = "productId", source = "productId")
    HuaweiInstanceAttributes attributes(CreateInstanceRequest request, String productId);

    @Mapping(target = "name", source = "instance.name")
    @Mapping(target = "engine", constant = ENGINE)
    @Mapping(target = "status", source = "instance.status")
    @Mapping(target = "description", source = "instance.description")
    @Mapping(target = "type", constant = "cluster")
    @Mapping(target = "specification", source = "instance.specification")
    @Mapping(target = "engineVersion", source = "instance.engineVersion")
    @Mapping(target = "instanceId", source = "instance.id")
    @Mapping(target = "chargingMode", constant = "1")
    @Mapping(target = "createdAt", source = "instance.createdAt")
    @Mapping(target = "userId", source = "instance.tenantId")
    @Mapping(target = "userName", source = "instance.tenantId")
    @Mapping(target = "maintainBegin", constant = "22:00:00")
    @Mapping(target = "maintainEnd", constant = "02:00:00")
    @Mapping(target = "enableLogCollection", constant = "false")
    @Mapping(target = "usedStorageSpace", constant = "0")
    @Mapping(target = "totalStorageSpace", source = "attributes.storageSpace")
    @Mapping(target = "serviceType", constant = "advanced")
    @Mapping(target = "storageType", constant = "hec")
    @Mapping(target = "extendTimes", constant = "0L")
    @Mapping(target = "supportFeatures", constant = "")
    @Mapping(target = "diskEncrypted", constant = "false")
    @Mapping(target = "nodeNum", source = "attributes.brokerNum")
    @Mapping(target = "newSpecBillingEnable", constant = "true")
    @Mapping(target = "namesrvAddress", source = "endpoints.nameServerAddresses")
    @Mapping(target = "brokerAddress", source = "endpoints.brokerAddresses")
    @Mapping(target = "grpcAddress", source = "endpoints.grpcEndpoint")
    @Mapping(target = "resourceSpecCode", source = "attributes.productId")
    @Mapping(target = "tags", expression = "java(java.util.List.of())")
    @Mapping(target = "vpcName", ignore = true)
    @Mapping(target = "securityGroupName", ignore = true)
    @Mapping(target = "subnetName", ignore = true)
    @Mapping(target = "subnetCidr", ignore = true)
    @Mapping(target = "availableZoneNames", source = "attributes.availableZones")
    @Mapping(target = "publicipAddress", ignore = true)
    @Mapping(target = "crossVpcInfo", ignore = true)
    @Mapping(target = "storageResourceId", ignore = true)
    @Mapping(target = "cesVersion", ignore = true)
    @Mapping(target = "publicNamesrvAddress", ignore = true)
    @Mapping(target = "publicBrokerAddress", ignore = true)
    @Mapping(target = "publicGrpcAddress", ignore = true)
    InstanceView toView(Instance instance, HuaweiInstanceAttributes attributes, InstanceEndpoints endpoints);

    default String status(InstanceStatus status) {
        return HuaweiStatus.wire(status);
    }

    /** DMS reports creation time as epoch milliseconds in a JSON string. */
    default String epochMillis(Instant instant) {
        return instant == null ? null : Long.toString(instant.toEpochMilli());
    }

    /** Address lists travel as one comma-separated string. */
    default String joined(List<String> addresses) {
        return addresses == null || addresses.isEmpty() ? null : String.join(",", addresses);
    }
}
