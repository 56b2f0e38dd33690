package io.cloudmq.gateway.huawei.resource;

import io.cloudmq.gateway.core.model.Caller;
import io.cloudmq.gateway.core.model.PageRequest;
import io.cloudmq.gateway.core.model.message.ConsumerConnections;
import io.cloudmq.gateway.core.model.message.OffsetReset;
import io.cloudmq.gateway.core.model.message.QueueOffset;
import io.cloudmq.gateway.core.service.ConsumerGroupService;
import io.cloudmq.gateway.core.service.ConsumerStateService;
import io.cloudmq.gateway.huawei.dto.GroupClientsResponse;
import io.cloudmq.gateway.huawei.dto.ResetOffsetRequest;
import io.cloudmq.gateway.huawei.dto.ResetOffsetResponse;
import io.cloudmq.gateway.huawei.error.DmsError;
import io.cloudmq.gateway.huawei.web.HuaweiApi;
import io.cloudmq.gateway.huawei.web.HuaweiJson;
import io.cloudmq.gateway.huawei.web.HuaweiRequest;
import io.cloudmq.gateway.huawei.web.Paging;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
 * A group's live state under the engine-prefixed paths (huawei-dialect.md §1, operations 18 and 19):
 * ShowConsumerConnections (the SDK sends the literal {@code rocketmq} as the engine segment) and ResetConsumeOffset
 * ({@code reliability}, the SDK's engine enum). Both share one template so routing never depends on which of two
 * overlapping root paths wins; the engine segment is checked per operation.
 */
@Path("/v2/{engine}/{project_id}/instances/{instance_id}/groups/{group}")
@HuaweiApi
@Tag(name = "Huawei DMS for RocketMQ: consumer groups")
@Produces(MediaType.APPLICATION_JSON)
public class GroupStateResource {

    private static final Set<String> ENGINES = Set.of("reliability", "rocketmq");

    @Inject
    HuaweiRequest request;
    @Inject
    ConsumerGroupService groups;
    @Inject
    ConsumerStateService consumerState;

    @GET
    @Path("/clients")
    @Operation(operationId = "ShowConsumerConnections",
            summary = "The group's online clients and their subscriptions (engine segment: rocketmq)")
    public GroupClientsResponse clients(@PathParam("engine") String engine,
                                        @PathParam("project_id") String projectId,
                                        @PathParam("instance_id") String instanceId,
                                        @PathParam("group") String group,
                                        @QueryParam("offset") String offset, @QueryParam("limit") String limit,
                                        @QueryParam("is_detail") String isDetail) {
        requireEngine(engine);
        Caller caller = request.caller();
        PageRequest page = Paging.of(offset, limit);
        groups.get(caller, instanceId, group);
        ConsumerConnections connections = consumerState.connections(caller, instanceId, group);
        List<GroupClientsResponse.Subscription> subscriptions = connections.subscriptions().stream()
                .map(s -> new GroupClientsResponse.Subscription(s.topic(), s.expressionType(), s.expression()))
                .toList();
        List<ConsumerConnections.Client> all = connections.clients().stream()
                .sorted(Comparator.comparing(ConsumerConnections.Client::clientId)).toList();
        List<GroupClientsResponse.Client> clients = all.stream().skip(page.offset()).limit(page.limit())
                .map(c -> new GroupClientsResponse.Client(c.language(), c.version(), c.clientId(), c.address(),
                        subscriptions))
                .toList();
        // The broker reports one subscription table per group: its clients are consistent by construction.
        return new GroupClientsResponse(group, connections.online(), true, all.size(),
                Paging.nextOffset(page, all.size()), Paging.previousOffset(page), clients);
    }

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
