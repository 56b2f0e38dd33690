package io.cloudmq.gateway.huawei.resource;

import io.cloudmq.gateway.core.model.Caller;
import io.cloudmq.gateway.core.model.PageRequest;
import io.cloudmq.gateway.core.service.ConsumerGroupService;
import io.cloudmq.gateway.core.service.TopicService;
import io.cloudmq.gateway.huawei.dto.TopicGroupsResponse;
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

import java.util.List;

/**
 * The consumer groups of a topic (huawei-dialect.md §1, operation 26): the instance's groups whose online consumers
 * subscribe to it, as the broker reports it now. A class of its own so the topic operations stay in TopicsResource.
 */
@Path("/v2/{project_id}/instances/{instance_id}/topics/{topic}/groups")
@HuaweiApi
@Tag(name = "Huawei DMS for RocketMQ: consumer groups")
@Produces(MediaType.APPLICATION_JSON)
public class TopicGroupsResource {

    @Inject
    HuaweiRequest request;
    @Inject
    ConsumerGroupService groups;
    @Inject
    TopicService topics;

    @GET
    @Operation(operationId = "ListConsumerGroupOfTopic", summary = "The consumer groups subscribing to a topic")
    public TopicGroupsResponse list(@PathParam("project_id") String projectId,
                                    @PathParam("instance_id") String instanceId, @PathParam("topic") String topic,
                                    @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        Caller caller = request.caller();
        PageRequest page = Paging.of(offset, limit);
        topics.get(caller, instanceId, topic);
        List<String> names = groups.groupsSubscribing(caller, instanceId, topic);
        return new TopicGroupsResponse(names.stream().skip(page.offset()).limit(page.limit()).toList());
    }
}
