package io.cloudmq.gateway.huawei.resource;

import io.cloudmq.gateway.huawei.dto.AvailableZonesResponse;
import io.cloudmq.gateway.huawei.web.HuaweiApi;
import io.cloudmq.gateway.huawei.web.HuaweiRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;

/** ListAvailableZones: the zones CreateInstance accepts in the caller's region (from the X-Project-Id project). */
@Path("/v2/available-zones")
@HuaweiApi
@Tag(name = "Huawei DMS for RocketMQ: availability zones")
@Produces(MediaType.APPLICATION_JSON)
public class AvailableZonesResource {

    @Inject
    HuaweiRequest request;

    @GET
    @Operation(operationId = "ListAvailableZones", summary = "List availability zones")
    public AvailableZonesResponse list() {
        String region = request.caller().region();
        List<AvailableZonesResponse.Zone> zones = new ArrayList<>();
        List<String> codes = HuaweiCatalog.zones(region);
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            zones.add(new AvailableZonesResponse.Zone(false, code, code, "AZ" + (i + 1), String.valueOf(8000 + i),
                    "true", i == 0, Long.MAX_VALUE, false));
        }
        return new AvailableZonesResponse(region, zones);
    }
}
