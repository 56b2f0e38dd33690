package io.cloudmq.gateway.huawei.resource;

import io.cloudmq.gateway.core.error.ErrorKind;
import io.cloudmq.gateway.core.error.GatewayException;
import io.cloudmq.gateway.core.model.Caller;
import io.cloudmq.gateway.core.model.ConsumerGroup;
import io.cloudmq.gateway.core.model.ConsumerGroupSettings;
import io.cloudmq.gateway.core.model.Instance;
import io.cloudmq.gateway.core.model.Page;
import io.cloudmq.gateway.core.model.PageRequest;
import io.cloudmq.gateway.core.model.message.ConsumerLag;
import io.cloudmq.gateway.core.model.message.QueueLag;
import io.cloudmq.gateway.core.port.broker.GroupSubscription;
import io.cloudmq.gateway.core.service.ConsumerGroupService;
import io.cloudmq.gateway.core.service.ConsumerStateService;
import io.cloudmq.gateway.core.service.InstanceService;
import io.cloudmq.gateway.huawei.dto.BatchUpdateGroupsRequest;
import io.cloudmq.gateway.huawei.dto.GroupJobResponse;
import io.cloudmq.gateway.huawei.dto.GroupRequest;
import io.cloudmq.gateway.huawei.dto.GroupTopicsResponse;
import io.cloudmq.gateway.huawei.dto.GroupView;
import io.cloudmq.gateway.huawei.dto.ListGroupsResponse;
import io.cloudmq.gateway.huawei.error.DmsError;
import io.cloudmq.gateway.huawei.mapping.HuaweiGroupMapper;
import io.cloudmq.gateway.huawei.web.BatchAction;
import io.cloudmq.gateway.huawei.web.HuaweiApi;
import io.cloudmq.gateway.huawei.web.HuaweiJson;
import io.cloudmq.gateway.huawei.web.HuaweiRequest;
import io.cloudmq.gateway.huawei.web.Paging;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

/** Consumer groups of an instance (huawei-dialect.md §1, operations 11–17). */
@Path("/v2/{project_id}/instances/{instance_id}/groups")
@HuaweiApi
@Tag(name = "Huawei DMS for RocketMQ: consumer groups")
@Produces(MediaType.APPLICATION_JSON)
public class ConsumerGroupsResource {

    static final Pattern GROUP_NAME = Pattern.compile("[A-Za-z0-9%|_-]{3,64}");
    /** DMS documents no range; the core's sanity bound applies. */
    private static final int MAX_RETRY_TIMES = ConsumerGroupService.MAX_RETRY_TIMES;

    @Inject
    HuaweiRequest request;
    @Inject
    ConsumerGroupService groups;
    @Inject
    InstanceService instances;
    @Inject
    HuaweiGroupMapper mapper;
    @Inject
    ConsumerStateService consumerState;

    @POST
    @Operation(operationId = "CreateConsumerGroupOrBatchDeleteConsumerGroup",
            summary = "Create a consumer group, or with action=delete delete groups in batches")
    public GroupJobResponse createOrBatchDelete(@PathParam("project_id") String projectId,
                                                @PathParam("instance_id") String instanceId,
                                                @QueryParam("action") String action,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = GroupRequest.class))) byte[] body) {
        GroupRequest req = HuaweiJson.read(body, GroupRequest.class);
        Caller caller = request.caller();
        if (BatchAction.isDelete(action)) {
            return batchDelete(caller, instanceId, req.groups());
        }
        requireName(req.name());
        ConsumerGroupSettings settings = validated(caller, instanceId, req, null);
        ConsumerGroup created = groups.create(caller, instanceId, req.name(), settings);
        return new GroupJobResponse(created.name(), null);
    }

    @PUT
    @Operation(operationId = "BatchUpdateConsumerGroup", summary = "Update consumer groups in batches")
    public GroupJobResponse batchUpdate(@PathParam("project_id") String projectId,
                                        @PathParam("instance_id") String instanceId,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BatchUpdateGroupsRequest.class))) byte[] body) {
        BatchUpdateGroupsRequest req = HuaweiJson.read(body, BatchUpdateGroupsRequest.class);
        Caller caller = request.caller();
        if (req.groups() == null || req.groups().isEmpty()) {
            throw DmsError.INVALID_PARAMETER.exception("groups must name at least one group.");
        }
        // Everything is checked before anything changes: a refused batch stores nothing.
        List<ConsumerGroupSettings> settings = req.groups().stream().map(g -> {
            requireName(g.name());
            return validated(caller, instanceId, g, groups.get(caller, instanceId, g.name()));
        }).toList();
        for (int i = 0; i < settings.size(); i++) {
            groups.update(caller, instanceId, req.groups().get(i).name(), settings.get(i));
        }
        return new GroupJobResponse(null, jobId());
    }

    @GET
    @Operation(operationId = "ListInstanceConsumerGroups", summary = "List the consumer groups of an instance")
    public ListGroupsResponse list(@PathParam("project_id") String projectId,
                                   @PathParam("instance_id") String instanceId,
                                   @QueryParam("group") String group,
                                   @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        Caller caller = request.caller();
        PageRequest page = Paging.of(offset, limit);
        Instance instance = instances.get(caller, instanceId);
        Page<ConsumerGroup> found = groups.list(caller, instanceId, group == null || group.isBlank() ? null : group,
                page);
        List<String> brokers = brokerNames(instance);
        int max = HuaweiCatalog.flavour(instance.specification()).map(HuaweiCatalog.Flavour::perBrokerLimit)
                .orElse(4000) * Math.max(brokers.size(), 1);
        int total = (int) found.total();
        return new ListGroupsResponse(total, max, Math.max(0, max - total), Paging.nextOffset(page, total),
                Paging.previousOffset(page), found.items().stream().map(g -> mapper.listItem(g, brokers)).toList());
    }

    @GET
    @Path("/{group}")
    @Operation(operationId = "ShowGroup", summary = "Query a consumer group")
    public GroupView show(@PathParam("project_id") String projectId, @PathParam("instance_id") String instanceId,
                          @PathParam("group") String group) {
        Caller caller = request.caller();
        ConsumerGroup found = groups.get(caller, instanceId, group);
        return mapper.show(found, brokerNames(instances.get(caller, instanceId)));
    }

    @PUT
    @Path("/{group}")
    @Operation(operationId = "UpdateConsumerGroup", summary = "Update a consumer group")
    public Response update(@PathParam("project_id") String projectId, @PathParam("instance_id") String instanceId,
                           @PathParam("group") String group,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = GroupRequest.class))) byte[] body) {
        GroupRequest req = HuaweiJson.read(body, GroupRequest.class);
        Caller caller = request.caller();
        if (req.name() != null && !req.name().equals(group)) {
            throw DmsError.INVALID_VALUE.exception("A consumer group cannot be renamed: name must be '" + group + "'.");
        }
        ConsumerGroup current = groups.get(caller, instanceId, group);
        groups.update(caller, instanceId, group, validated(caller, instanceId, req, current));
        return Response.noContent().build();
    }

    @DELETE
    @Path("/{group}")
    @Operation(operationId = "DeleteConsumerGroup", summary = "Delete a consumer group")
    public Response delete(@PathParam("project_id") String projectId, @PathParam("instance_id") String instanceId,
                           @PathParam("group") String group) {
        groups.delete(request.caller(), instanceId, group);
        return Response.noContent().build();
    }

    @GET
    @Path("/{group}/topics")
    @Operation(operationId = "ShowConsumerListOrDetails",
            summary = "The topics a group subscribes to, or with topic the group's backlog on it, from the broker")
    public GroupTopicsResponse topics(@PathParam("project_id") String projectId,
                                      @PathParam("instance_id") String instanceId,
                                      @PathParam("group") String group, @QueryParam("topic") String topic,
                                      @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        Caller caller = request.caller();
        PageRequest page = Paging.of(offset, limit);
        groups.get(caller, instanceId, group);
        if (topic == null || topic.isBlank()) {
            List<String> names = groups.subscriptions(caller, instanceId, group).stream()
                    .map(GroupSubscription::topic).distinct().sorted().toList();
            List<String> slice = names.stream().skip(page.offset()).limit(page.limit()).toList();
            return new GroupTopicsResponse(slice, names.size(), null, null, null, null);
        }
        ConsumerLag lag = consumerState.lag(caller, instanceId, group, topic);
        Map<String, List<GroupTopicsResponse.Queue>> byBroker = new TreeMap<>();
        lag.queues().stream().sorted(Comparator.comparing(QueueLag::brokerName).thenComparingInt(QueueLag::queueId))
                .forEach(q -> byBroker.computeIfAbsent(q.brokerName(), b -> new ArrayList<>())
                        .add(new GroupTopicsResponse.Queue(q.queueId(), q.lag(), q.brokerOffset(), q.consumerOffset(),
                                q.lastConsumedAt() == null ? 0L : q.lastConsumedAt().toEpochMilli())));
        List<GroupTopicsResponse.Broker> brokers = byBroker.entrySet().stream()
                .map(e -> new GroupTopicsResponse.Broker(e.getKey(), e.getValue())).toList();
        return new GroupTopicsResponse(null, null, lag.totalLag(), lag.brokerOffset(), lag.consumerOffset(), brokers);
    }

    private GroupJobResponse batchDelete(Caller caller, String instanceId, List<String> names) {
        if (names == null || names.isEmpty()) {
            throw DmsError.INVALID_PARAMETER.exception("groups must name at least one group.");
        }
        instances.get(caller, instanceId);
        for (String name : names) {
            try {
                groups.delete(caller, instanceId, name);
            } catch (GatewayException e) {
                // The batch is a job in DMS: groups that are already gone do not fail it.
                if (e.kind() != ErrorKind.NOT_FOUND) {
                    throw e;
                }
            }
        }
        return new GroupJobResponse(null, jobId());
    }

    private ConsumerGroupSettings validated(Caller caller, String instanceId, GroupRequest req,
                                            ConsumerGroup current) {
        if (req.retryMaxTime() != null && (req.retryMaxTime() < 0 || req.retryMaxTime() > MAX_RETRY_TIMES)) {
            throw DmsError.INVALID_VALUE.exception("Invalid retry_max_time: must be from 0 to " + MAX_RETRY_TIMES
                    + ".");
        }
        if (req.groupDesc() != null && req.groupDesc().length() > 1024) {
            throw DmsError.INVALID_VALUE.exception("Invalid group_desc: at most 1024 characters.");
        }
        requireKnownBrokers(caller, instanceId, req.brokers());
        return mapper.settings(req, current);
    }

    static void requireName(String name) {
        if (name == null || !GROUP_NAME.matcher(name).matches()) {
            throw DmsError.INVALID_VALUE.exception("Invalid consumer group name: 3 to 64 characters from letters, "
                    + "digits, '%', '|', '-' and '_'.");
        }
    }

    private void requireKnownBrokers(Caller caller, String instanceId, List<String> asked) {
        if (asked == null || asked.isEmpty()) {
            return;
        }
        List<String> known = brokerNames(instances.get(caller, instanceId));
        if (known.isEmpty()) {
            return; // broker unreachable: the group is accepted and created when it is back
        }
        for (String broker : asked) {
            if (!known.contains(broker)) {
                throw DmsError.INVALID_VALUE.exception("Unknown broker '" + broker + "': the instance has " + known
                        + ".");
            }
        }
    }

    private List<String> brokerNames(Instance instance) {
        try {
            return instances.brokerNames(instance);
        } catch (GatewayException e) {
            if (e.kind() == ErrorKind.UNAVAILABLE) {
                return List.of();
            }
            throw e;
        }
    }

    private static String jobId() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
