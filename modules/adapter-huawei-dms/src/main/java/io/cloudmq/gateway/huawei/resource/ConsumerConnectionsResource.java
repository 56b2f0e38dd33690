package io.cloudmq.gateway.huawei.resource;

import io.cloudmq.gateway.core.model.Caller;
import io.cloudmq.gateway.core.model.PageRequest;
import io.cloudmq.gateway.core.model.message.ConsumerConnections;
import io.cloudmq.gateway.core.service.ConsumerGroupService;
import io.cloudmq.gateway.core.service.ConsumerStateService;
import io.cloudmq.gateway.huawei.dto.GroupClientsResponse;
import io.cloudmq.gateway.huawei.web.HuaweiApi;
import io.cloudmq.gateway.huawei.web.HuaweiRequest;
import io.cloudmq.gateway.huawei.web.Paging;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Comparator;
import java.util.List;

/**
 * ShowConsumerConnections (huawei-dialect.md §1, operation 18): the group's online clients and their subscriptions,
 * as the broker reports them. The path has the literal {@code rocketmq} segment where other operations have
 * {@code {engine}}.
 */
@Path("/v2/rocketmq/{project_id}/instances/{instance_id}/groups/{group}")
@HuaweiApi
@Tag(name = "Huawei DMS for RocketMQ: consumer groups")
@Produces(MediaType.APPLICATION_JSON)
public class ConsumerConnectionsResource {

    @Inject
    HuaweiRequest request;
    @Inject
    ConsumerGroupService groups;
    @Inject
    ConsumerStateService consumerState;

    @GET
    @Path("/clients")
    @Operation(operationId = "ShowConsumerConnections",
            summary = "The group's online clients and their subscriptions")
    public GroupClientsResponse clients(@PathParam("project_id") String projectId,
                                        @PathParam("instance_id") String instanceId,
                                        @PathParam("group") String group,
                                        @QueryParam("offset") String offset, @QueryParam("limit") String limit,
                                        @QueryParam("is_detail") String isDetail) {
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
}
