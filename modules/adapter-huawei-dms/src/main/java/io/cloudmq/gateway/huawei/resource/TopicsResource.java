package io.cloudmq.gateway.huawei.resource;

import io.cloudmq.gateway.core.error.ErrorKind;
import io.cloudmq.gateway.core.error.GatewayException;
import io.cloudmq.gateway.core.model.AclResourceType;
import io.cloudmq.gateway.core.model.Caller;
import io.cloudmq.gateway.core.model.Instance;
import io.cloudmq.gateway.core.model.MessageType;
import io.cloudmq.gateway.core.model.Page;
import io.cloudmq.gateway.core.model.PageRequest;
import io.cloudmq.gateway.core.model.Topic;
import io.cloudmq.gateway.core.model.TopicPermission;
import io.cloudmq.gateway.core.port.broker.BrokerTopicState;
import io.cloudmq.gateway.core.model.message.QueueStatus;
import io.cloudmq.gateway.core.model.message.TopicStatus;
import io.cloudmq.gateway.core.service.ConsumerStateService;
import io.cloudmq.gateway.huawei.dto.TopicStatusResponse;
import io.cloudmq.gateway.huawei.dto.UpdateTopicRequest;
import jakarta.ws.rs.PUT;
import java.util.ArrayList;
import java.util.TreeMap;
import io.cloudmq.gateway.core.service.CreateTopicCommand;
import io.cloudmq.gateway.core.service.InstanceService;
import io.cloudmq.gateway.core.service.TopicService;
import io.cloudmq.gateway.huawei.dto.CreateTopicRequest;
import io.cloudmq.gateway.huawei.dto.CreateTopicResponse;
import io.cloudmq.gateway.huawei.dto.ListAccessPoliciesResponse;
import io.cloudmq.gateway.huawei.dto.ListTopicsResponse;
import io.cloudmq.gateway.huawei.dto.TopicView;
import io.cloudmq.gateway.huawei.error.DmsError;
import io.cloudmq.gateway.huawei.mapping.HuaweiTopicMapper;
import io.cloudmq.gateway.huawei.web.BatchAction;
import io.cloudmq.gateway.huawei.web.HuaweiApi;
import io.cloudmq.gateway.huawei.web.HuaweiJson;
import io.cloudmq.gateway.huawei.web.HuaweiRequest;
import io.cloudmq.gateway.huawei.web.Paging;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** Topics of an instance (huawei-dialect.md §1, operations 21–25, 27 and 28). */
@Path("/v2/{project_id}/instances/{instance_id}/topics")
@HuaweiApi
@Tag(name = "Huawei DMS for RocketMQ: topics")
@Produces(MediaType.APPLICATION_JSON)
public class TopicsResource {

    private static final Pattern TOPIC_NAME = Pattern.compile("[A-Za-z0-9%|_-]{3,64}");
    private static final int MIN_QUEUES = 1;
    private static final int MAX_QUEUES = 50;
    private static final int DEFAULT_QUEUES = 8;
    private static final Set<String> PERMISSIONS = Set.of("pub", "sub", "all");

    @Inject
    HuaweiRequest request;
    @Inject
    TopicService topics;
    @Inject
    InstanceService instances;
    @Inject
    HuaweiTopicMapper mapper;
    @Inject
    AccessPolicies policies;
    @Inject
    ConsumerStateService consumerState;

    @POST
    @Operation(operationId = "CreateTopicOrBatchDeleteTopic",
            summary = "Create a topic, or with action=delete delete topics in batches")
    public CreateTopicResponse createOrBatchDelete(@PathParam("project_id") String projectId,
                                                   @PathParam("instance_id") String instanceId,
                                                   @QueryParam("action") String action,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CreateTopicRequest.class))) byte[] body) {
        CreateTopicRequest req = HuaweiJson.read(body, CreateTopicRequest.class);
        Caller caller = request.caller();
        if (BatchAction.isDelete(action)) {
            return batchDelete(caller, instanceId, req.topics());
        }
        if (req.name() == null || !TOPIC_NAME.matcher(req.name()).matches()) {
            throw DmsError.INVALID_VALUE.exception("Invalid topic name: 3 to 64 characters from letters, digits, "
                    + "'%', '|', '-' and '_'.");
        }
        int queues = queueNum(req);
        TopicPermission permission = permission(req.permission());
        MessageType type = messageType(req.messageType());
        requireKnownBrokers(caller, instanceId, req);
        Topic created = topics.create(caller, instanceId,
                new CreateTopicCommand(req.name(), type, queues, queues, permission, null, Map.of()));
        return new CreateTopicResponse(created.name(), null);
    }

    @GET
    @Operation(operationId = "ListRocketInstanceTopics", summary = "List the topics of an instance")
    public ListTopicsResponse list(@PathParam("project_id") String projectId,
                                   @PathParam("instance_id") String instanceId,
                                   @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        Caller caller = request.caller();
        PageRequest page = Paging.of(offset, limit);
        Instance instance = instances.get(caller, instanceId);
        Page<Topic> found = topics.list(caller, instanceId, null, page);
        List<String> brokers = brokerNames(instance);
        int max = HuaweiCatalog.flavour(instance.specification()).map(HuaweiCatalog.Flavour::perBrokerLimit)
                .orElse(4000) * Math.max(brokers.size(), 1);
        List<TopicView> views = found.items().stream().map(t -> mapper.fromStorage(t, brokers)).toList();
        int total = (int) found.total();
        return new ListTopicsResponse(total, max, Math.max(0, max - total), Paging.nextOffset(page, total),
                Paging.previousOffset(page), views);
    }

    @GET
    @Path("/{topic}")
    @Operation(operationId = "ShowOneTopic", summary = "Query a topic (queue numbers as the broker reports them)")
    public TopicView show(@PathParam("project_id") String projectId, @PathParam("instance_id") String instanceId,
                          @PathParam("topic") String topicName) {
        Caller caller = request.caller();
        Topic topic = topics.get(caller, instanceId, topicName);
        Optional<BrokerTopicState> state = Optional.empty();
        try {
            state = topics.brokerState(caller, instanceId, topicName);
        } catch (GatewayException e) {
            if (e.kind() != ErrorKind.UNAVAILABLE) {
                throw e;
            }
        }
        if (state.isPresent()) {
            return mapper.fromBroker(topic, state.get());
        }
        return mapper.fromStorage(topic, brokerNames(instances.get(caller, instanceId)));
    }

    @PUT
    @Path("/{topic}")
    @Operation(operationId = "UpdateTopic", summary = "Change a topic's read/write queue numbers and permission")
    public Response update(@PathParam("project_id") String projectId, @PathParam("instance_id") String instanceId,
                           @PathParam("topic") String topicName,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = UpdateTopicRequest.class))) byte[] body) {
        UpdateTopicRequest req = HuaweiJson.read(body, UpdateTopicRequest.class);
        Caller caller = request.caller();
        int read = req.readQueueNum() == null ? -1 : queues("read_queue_num", req.readQueueNum());
        int write = req.writeQueueNum() == null ? -1 : queues("write_queue_num", req.writeQueueNum());
        TopicPermission permission = req.permission() == null ? null : permission(req.permission());
        Topic current = topics.get(caller, instanceId, topicName);
        topics.update(caller, instanceId, topicName, read < 0 ? current.readQueueNums() : read,
                write < 0 ? current.writeQueueNums() : write,
                permission == null ? current.permission() : permission, current.description());
        return Response.noContent().build();
    }

    @GET
    @Path("/{topic}/status")
    @Operation(operationId = "ShowTopicStatus", summary = "Queue offsets of a topic per broker")
    public TopicStatusResponse status(@PathParam("project_id") String projectId,
                                      @PathParam("instance_id") String instanceId,
                                      @PathParam("topic") String topicName) {
        TopicStatus status = consumerState.topicStatus(request.caller(), instanceId, topicName);
        Map<String, List<TopicStatusResponse.Queue>> byBroker = new TreeMap<>();
        for (QueueStatus q : status.queues()) {
            byBroker.computeIfAbsent(q.brokerName(), b -> new ArrayList<>()).add(new TopicStatusResponse.Queue(
                    q.queueId(), q.minOffset(), q.maxOffset(),
                    q.lastMessageAt() == null ? 0 : q.lastMessageAt().toEpochMilli()));
        }
        List<TopicStatusResponse.Broker> brokers = byBroker.entrySet().stream()
                .map(e -> new TopicStatusResponse.Broker(e.getKey(), e.getValue())).toList();
        return new TopicStatusResponse(status.maxOffset(), status.minOffset(), brokers);
    }

    @GET
    @Path("/{topic}/accesspolicy")
    @Operation(operationId = "ListTopicAccessPolicy", summary = "List the users granted on a topic")
    public ListAccessPoliciesResponse accessPolicies(@PathParam("project_id") String projectId,
                                                     @PathParam("instance_id") String instanceId,
                                                     @PathParam("topic") String topicName,
                                                     @QueryParam("offset") String offset,
                                                     @QueryParam("limit") String limit) {
        Caller caller = request.caller();
        topics.get(caller, instanceId, topicName);
        return policies.of(caller, instanceId, AclResourceType.TOPIC, topicName, offset, limit);
    }

    @DELETE
    @Path("/{topic}")
    @Operation(operationId = "DeleteTopic", summary = "Delete a topic")
    public Response delete(@PathParam("project_id") String projectId, @PathParam("instance_id") String instanceId,
                           @PathParam("topic") String topicName) {
        topics.delete(request.caller(), instanceId, topicName);
        return Response.noContent().build();
    }

    private CreateTopicResponse batchDelete(Caller caller, String instanceId, List<String> names) {
        if (names == null || names.isEmpty()) {
            throw DmsError.INVALID_PARAMETER.exception("topics must name at least one topic.");
        }
        instances.get(caller, instanceId);
        for (String name : names) {
            try {
                topics.delete(caller, instanceId, name);
            } catch (GatewayException e) {
                // The batch is a job in DMS: topics that are already gone do not fail it.
                if (e.kind() != ErrorKind.NOT_FOUND) {
                    throw e;
                }
            }
        }
        return new CreateTopicResponse(null, UUID.randomUUID().toString().replace("-", ""));
    }

    /**
     * Queues per broker: {@code queue_num}, else the first {@code queues[]} entry (the gateway creates the same number
     * of queues on every broker of the instance), else the DMS default.
     */
    private static int queueNum(CreateTopicRequest req) {
        BigDecimal value = req.queueNum();
        if (value == null && req.queues() != null && !req.queues().isEmpty()) {
            value = req.queues().get(0).queueNum();
        }
        if (value == null) {
            return DEFAULT_QUEUES;
        }
        if (value.scale() > 0 && value.stripTrailingZeros().scale() > 0
                || value.compareTo(BigDecimal.valueOf(MIN_QUEUES)) < 0
                || value.compareTo(BigDecimal.valueOf(MAX_QUEUES)) > 0) {
            throw DmsError.INVALID_VALUE.exception("Invalid queue_num: must be an integer from " + MIN_QUEUES + " to "
                    + MAX_QUEUES + ".");
        }
        return value.intValue();
    }

    private static int queues(String field, BigDecimal value) {
        if (value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.valueOf(MIN_QUEUES)) < 0
                || value.compareTo(BigDecimal.valueOf(MAX_QUEUES)) > 0) {
            throw DmsError.INVALID_VALUE.exception("Invalid " + field + ": must be an integer from " + MIN_QUEUES
                    + " to " + MAX_QUEUES + ".");
        }
        return value.intValue();
    }

    private static TopicPermission permission(String wire) {
        if (wire == null) {
            return TopicPermission.PUBLISH_SUBSCRIBE;
        }
        if (!PERMISSIONS.contains(wire)) {
            throw DmsError.INVALID_VALUE.exception("Invalid permission '" + wire + "': use pub, sub or all.");
        }
        return HuaweiTopicMapper.permission(wire);
    }

    private static MessageType messageType(String wire) {
        if (wire == null) {
            return MessageType.NORMAL;
        }
        try {
            return MessageType.valueOf(wire);
        } catch (IllegalArgumentException e) {
            throw DmsError.INVALID_VALUE.exception("Invalid message_type '" + wire
                    + "': use NORMAL, FIFO, DELAY or TRANSACTION.");
        }
    }

    private void requireKnownBrokers(Caller caller, String instanceId, CreateTopicRequest req) {
        if ((req.brokers() == null || req.brokers().isEmpty()) && (req.queues() == null || req.queues().isEmpty())) {
            return;
        }
        List<String> known = brokerNames(instances.get(caller, instanceId));
        if (known.isEmpty()) {
            return; // broker unreachable: the topic is accepted and created when it is back
        }
        List<String> asked = req.brokers() != null && !req.brokers().isEmpty() ? req.brokers()
                : req.queues().stream().map(CreateTopicRequest.BrokerQueue::broker).toList();
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
}
