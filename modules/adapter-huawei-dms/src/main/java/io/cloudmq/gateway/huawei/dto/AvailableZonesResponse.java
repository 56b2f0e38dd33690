package io.cloudmq.gateway.huawei.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** ListAvailableZones. Note the camelCase {@code soldOut} and the long {@code remain_time}, as the SDK models them. */
public record AvailableZonesResponse(@JsonProperty("region_id") String regionId,
                                     @JsonProperty("available_zones") List<Zone> availableZones) {

    public record Zone(
            @JsonProperty("soldOut") boolean soldOut,
            @JsonProperty("id") String id,
            @JsonProperty("code") String code,
            @JsonProperty("name") String name,
            @JsonProperty("port") String port,
            @JsonProperty("resource_availability") String resourceAvailability,
            @JsonProperty("default_az") boolean defaultAz,
            @JsonProperty("remain_time") long remainTime,
            @JsonProperty("ipv6_enable") boolean ipv6Enable) {
    }
}
