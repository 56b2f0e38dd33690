package io.cloudmq.gateway.huawei.resource;

import io.cloudmq.gateway.core.error.ErrorKind;
import io.cloudmq.gateway.core.error.GatewayException;
import io.cloudmq.gateway.core.error.ResourceType;
import io.cloudmq.gateway.core.model.Caller;
import io.cloudmq.gateway.core.model.PageRequest;
import io.cloudmq.gateway.core.model.message.ConsumeVerification;
import io.cloudmq.gateway.core.model.message.MessagePage;
import io.cloudmq.gateway.core.model.message.MessageQuery;
import io.cloudmq.gateway.core.model.message.MessageView;
import io.cloudmq.gateway.core.service.MessageService;
import io.cloudmq.gateway.huawei.dto.DlqRequest;
import io.cloudmq.gateway.huawei.dto.ListMessagesResponse;
import io.cloudmq.gateway.huawei.dto.MessageDto;
import io.cloudmq.gateway.huawei.dto.ResendRequest;
import io.cloudmq.gateway.huawei.dto.ResendResponse;
import io.cloudmq.gateway.huawei.error.DmsError;
import io.cloudmq.gateway.huawei.error.DmsErrorTranslator;
import io.cloudmq.gateway.huawei.error.HuaweiApiException;
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

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;

/** Messages of a topic and dead letters of a group (huawei-dialect.md §1, operations 29, 32 and 33). */
@Path("/v2/{engine}/{project_id}/instances/{instance_id}/messages")
@HuaweiApi
@Tag(name = "Huawei DMS for RocketMQ: messages")
@Produces(MediaType.APPLICATION_JSON)
public class MessagesResource {

    static final String SUCCESS_CODE = "DMS.00000000";
    static final String SUCCESS_MESSAGE = "Success.";

    @Inject
    HuaweiRequest request;
    @Inject
    MessageService messages;

    @GET
    @Operation(operationId = "ListMessages",
            summary = "Messages of a topic by id, or stored between start_time and end_time (epoch ms), optionally "
                    + "with a key")
    public ListMessagesResponse list(@PathParam("engine") String engine, @PathParam("project_id") String projectId,
                                     @PathParam("instance_id") String instanceId, @QueryParam("topic") String topic,
                                     @QueryParam("msg_id") String msgId, @QueryParam("key") String key,
                                     @QueryParam("start_time") String startTime,
                                     @QueryParam("end_time") String endTime,
                                     @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        InstancesResource.requireEngine(engine);
        if (topic == null || topic.isEmpty()) {
            throw DmsError.INVALID_PARAMETER.exception("topic is required.");
        }
        Caller caller = request.caller();
        PageRequest page = Paging.of(offset, limit);
        if (msgId != null && !msgId.isEmpty()) {
            MessageView found = messages.get(caller, instanceId, topic, msgId);
            return new ListMessagesResponse(page.offset() == 0 ? List.of(dto(instanceId, found)) : List.of(), 1);
        }
        Instant from = time("start_time", startTime);
        Instant to = time("end_time", endTime);
        if (from.isAfter(to)) {
            throw DmsError.INVALID_PARAMETER.exception("start_time must not be after end_time.");
        }
        MessageQuery query = key == null || key.isEmpty() ? MessageQuery.byTime(from, to)
                : MessageQuery.byKey(key, from, to);
        MessagePage found = messages.list(caller, instanceId, topic, query, page);
        return new ListMessagesResponse(found.items().stream().map(m -> dto(instanceId, m)).toList(),
                found.total());
    }

    @POST
    @Path("/deadletter-resend")
    @Operation(operationId = "SendDlqMessage", summary = "Resend dead letters to their group, one result per message")
    public ResendResponse resendDeadLetters(@PathParam("engine") String engine,
                                            @PathParam("project_id") String projectId,
                                            @PathParam("instance_id") String instanceId,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DlqRequest.class))) byte[] body) {
        InstancesResource.requireEngine(engine);
        DlqRequest req = HuaweiJson.read(body, DlqRequest.class);
        String group = DeadLettersResource.group(req.topic());
        if (req.msgIdList() == null || req.msgIdList().isEmpty()) {
            throw DmsError.INVALID_PARAMETER.exception("msg_id_list must name at least one message.");
        }
        List<ResendResponse.Result> results = messages.resendDeadLetters(request.caller(), instanceId, group,
                        req.msgIdList()).stream()
                .map(r -> r.success() ? new ResendResponse.Result(r.messageId(), SUCCESS_CODE, SUCCESS_MESSAGE)
                        : new ResendResponse.Result(r.messageId(), DmsError.INTERNAL.code(),
                        r.error() == null ? DmsError.INTERNAL.message() : r.error()))
                .toList();
        return new ResendResponse(results);
    }

    @POST
    @Path("/resend")
    @Operation(operationId = "ValidateConsumedMessage",
            summary = "Hand messages of a topic to one online client of a group and report how it consumed each")
    public ResendResponse validateConsumed(@PathParam("engine") String engine,
                                           @PathParam("project_id") String projectId,
                                           @PathParam("instance_id") String instanceId,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ResendRequest.class))) byte[] body) {
        InstancesResource.requireEngine(engine);
        ResendRequest req = HuaweiJson.read(body, ResendRequest.class);
        if (req.group() == null || req.group().isEmpty() || req.clientId() == null || req.clientId().isEmpty()
                || req.topic() == null || req.topic().isEmpty()) {
            throw DmsError.INVALID_PARAMETER.exception("group, topic and client_id are required.");
        }
        if (req.msgIdList() == null || req.msgIdList().isEmpty()) {
            throw DmsError.INVALID_PARAMETER.exception("msg_id_list must name at least one message.");
        }
        Caller caller = request.caller();
        List<ResendResponse.Result> results = new java.util.ArrayList<>();
        for (String msgId : req.msgIdList()) {
            try {
                ConsumeVerification v = messages.verifyConsumption(caller, instanceId, req.group(), req.clientId(),
                        req.topic(), msgId);
                results.add(v.success() ? new ResendResponse.Result(msgId, SUCCESS_CODE, SUCCESS_MESSAGE)
                        : new ResendResponse.Result(msgId, DmsError.INTERNAL.code(),
                        v.result() + (v.remark() == null ? "" : ": " + v.remark())));
            } catch (GatewayException e) {
                if (e.kind() != ErrorKind.NOT_FOUND || e.resourceType() != ResourceType.MESSAGE) {
                    throw e;
                }
                HuaweiApiException translated = DmsErrorTranslator.translate(e);
                results.add(new ResendResponse.Result(msgId, translated.error().code(), translated.getMessage()));
            }
        }
        return new ResendResponse(results);
    }

    private static Instant time(String field, String value) {
        if (value == null || value.isEmpty()) {
            throw DmsError.INVALID_PARAMETER.exception(field + " is required when msg_id is absent.");
        }
        try {
            return Instant.ofEpochMilli(Long.parseLong(value));
        } catch (NumberFormatException e) {
            throw DmsError.INVALID_PARAMETER.exception(field + " must be a time in epoch milliseconds.");
        }
    }

    static MessageDto dto(String instanceId, MessageView m) {
        List<MessageDto.Property> properties = new TreeMap<>(m.properties()).entrySet().stream()
                .map(e -> new MessageDto.Property(e.getKey(), e.getValue())).toList();
        return new MessageDto(m.messageId(), instanceId, m.topic(),
                m.storedAt() == null ? 0 : m.storedAt().toEpochMilli(),
                m.bornAt() == null ? 0 : m.bornAt().toEpochMilli(), m.reconsumeTimes(),
                m.body() == null ? "" : new String(m.body(), StandardCharsets.UTF_8),
                Integer.toUnsignedLong(m.bodyCrc()), m.storeSize(), properties, m.bornHost(), m.storeHost(),
                m.queueId(), (int) m.queueOffset());
    }
}
