package io.cloudmq.gateway.huawei.resource;

import io.cloudmq.gateway.core.model.Caller;
import io.cloudmq.gateway.core.model.message.OffsetReset;
import io.cloudmq.gateway.core.model.message.QueueOffset;
import io.cloudmq.gateway.core.service.ConsumerGroupService;
import io.cloudmq.gateway.core.service.ConsumerStateService;
import io.cloudmq.gateway.huawei.dto.ResetOffsetRequest;
import io.cloudmq.gateway.huawei.dto.ResetOffsetResponse;
import io.cloudmq.gateway.huawei.error.DmsError;
import io.cloudmq.gateway.huawei.web.HuaweiApi;
import io.cloudmq.gateway.huawei.web.HuaweiJson;
import io.cloudmq.gateway.huawei.web.HuaweiRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * ResetConsumeOffset under the engine-prefixed path (huawei-dialect.md §1, operation 19); the SDK's engine enum has
 * only {@code reliability}. ShowConsumerConnections, under the literal {@code rocketmq} segment, is in
 * {@link ConsumerConnectionsResource}.
 */
@Path("/v2/{engine}/{project_id}/instances/{instance_id}/groups/{group}")
@HuaweiApi
@Tag(name = "Huawei DMS for RocketMQ: consumer groups")
@Produces(MediaType.APPLICATION_JSON)
public class GroupStateResource {

    private static final Set<String> ENGINES = Set.of("reliability");

    @Inject
    HuaweiRequest request;
    @Inject
    ConsumerGroupService groups;
    @Inject
    ConsumerStateService consumerState;

    @POST
    @Path("/reset-message-offset")
    @Operation(operationId = "ResetConsumeOffset",
            summary = "Move the group's offsets on a topic to a time (epoch ms; -1 = the end)")
    public ResetOffsetResponse reset(@PathParam("engine") String engine, @PathParam("project_id") String projectId,
                                     @PathParam("instance_id") String instanceId, @PathParam("group") String group,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ResetOffsetRequest.class))) byte[] body) {
        requireEngine(engine);
        ResetOffsetRequest req = HuaweiJson.read(body, ResetOffsetRequest.class);
        if (req.topic() == null || req.topic().isBlank()) {
            throw DmsError.INVALID_PARAMETER.exception("topic is required.");
        }
        OffsetReset target = target(req.timestamp());
        Caller caller = request.caller();
        groups.get(caller, instanceId, group);
        List<QueueOffset> offsets = consumerState.resetOffsets(caller, instanceId, group, req.topic(), target);
        return new ResetOffsetResponse(offsets.stream()
                .sorted(Comparator.comparing(QueueOffset::brokerName).thenComparingInt(QueueOffset::queueId))
                .map(q -> new ResetOffsetResponse.Queue(q.brokerName(), q.queueId(), q.offset())).toList());
    }

    /** Epoch ms (0 reaches the oldest retained message); -1 moves to the end. */
    private static OffsetReset target(String timestamp) {
        long ms;
        try {
            ms = Long.parseLong(timestamp == null ? "" : timestamp.trim());
        } catch (NumberFormatException e) {
            throw DmsError.INVALID_VALUE.exception("Invalid timestamp: epoch milliseconds are required.");
        }
        if (ms == -1) {
            return OffsetReset.latest();
        }
        if (ms < 0) {
            throw DmsError.INVALID_VALUE.exception("Invalid timestamp: epoch milliseconds are required.");
        }
        return OffsetReset.to(Instant.ofEpochMilli(ms));
    }

    private static void requireEngine(String engine) {
        if (!ENGINES.contains(engine)) {
            throw DmsError.ROUTE_NOT_FOUND.exception();
        }
    }
}
