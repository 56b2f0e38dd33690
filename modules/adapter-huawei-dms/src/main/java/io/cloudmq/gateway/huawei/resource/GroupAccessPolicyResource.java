package io.cloudmq.gateway.huawei.resource;

import io.cloudmq.gateway.core.model.AclResourceType;
import io.cloudmq.gateway.core.model.Caller;
import io.cloudmq.gateway.core.service.ConsumerGroupService;
import io.cloudmq.gateway.huawei.dto.ListAccessPoliciesResponse;
import io.cloudmq.gateway.huawei.web.HuaweiApi;
import io.cloudmq.gateway.huawei.web.HuaweiRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** ListConsumeGroupAccessPolicy (huawei-dialect.md §1, operation 20): the users granted on a consumer group. */
@Path("/v2/{engine}/{project_id}/instances/{instance_id}/groups/{group}/accesspolicy")
@HuaweiApi
@Tag(name = "Huawei DMS for RocketMQ: users")
@Produces(MediaType.APPLICATION_JSON)
public class GroupAccessPolicyResource {

    @Inject
    HuaweiRequest request;
    @Inject
    ConsumerGroupService groups;
    @Inject
    AccessPolicies policies;

    @GET
    @Operation(operationId = "ListConsumeGroupAccessPolicy", summary = "List the users granted on a consumer group")
    public ListAccessPoliciesResponse list(@PathParam("engine") String engine,
                                           @PathParam("project_id") String projectId,
                                           @PathParam("instance_id") String instanceId,
                                           @PathParam("group") String group,
                                           @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        InstancesResource.requireEngine(engine);
        Caller caller = request.caller();
        groups.get(caller, instanceId, group);
        return policies.of(caller, instanceId, AclResourceType.GROUP, group, offset, limit);
    }
}
