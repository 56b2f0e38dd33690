package io.cloudmq.gateway.huawei.resource;

import io.cloudmq.gateway.huawei.dto.DlqRequest;
import io.cloudmq.gateway.huawei.dto.MessageDto;
import io.cloudmq.gateway.huawei.error.DmsError;
import io.cloudmq.gateway.core.service.MessageService;
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

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** ExportDlqMessage (huawei-dialect.md §1, operation 31): the answer is a bare JSON array of messages. */
@Path("/v2/{project_id}/instances/{instance_id}/messages/export")
@HuaweiApi
@Tag(name = "Huawei DMS for RocketMQ: messages")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLettersResource {

    static final String DLQ_PREFIX = "%DLQ%";

    @Inject
    HuaweiRequest request;
    @Inject
    MessageService messages;

    @POST
    @Operation(operationId = "ExportDlqMessage", summary = "Export dead letters of a group by message id")
    public List<MessageDto> export(@PathParam("project_id") String projectId,
                                   @PathParam("instance_id") String instanceId,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DlqRequest.class))) byte[] body) {
        DlqRequest req = HuaweiJson.read(body, DlqRequest.class);
        String group = group(req.topic());
        Set<String> ids = new LinkedHashSet<>();
        if (req.msgIdList() != null) {
            ids.addAll(req.msgIdList());
        }
        if (req.uniqKeyList() != null) {
            ids.addAll(req.uniqKeyList());
        }
        if (ids.isEmpty()) {
            throw DmsError.INVALID_PARAMETER.exception("msg_id_list must name at least one message.");
        }
        return messages.exportDeadLetters(request.caller(), instanceId, group, new ArrayList<>(ids)).stream()
                .map(m -> MessagesResource.dto(instanceId, m)).toList();
    }

    /** The group whose dead letters {@code %DLQ%<group>} names. */
    static String group(String topic) {
        if (topic == null || !topic.startsWith(DLQ_PREFIX) || topic.length() == DLQ_PREFIX.length()) {
            throw DmsError.INVALID_PARAMETER.exception("topic must be the dead-letter topic %DLQ%<group>.");
        }
        return topic.substring(DLQ_PREFIX.length());
    }
}
