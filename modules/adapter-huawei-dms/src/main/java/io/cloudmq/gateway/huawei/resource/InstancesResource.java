package io.cloudmq.gateway.huawei.resource;

import io.cloudmq.gateway.core.error.GatewayException;
import io.cloudmq.gateway.core.model.Caller;
import io.cloudmq.gateway.core.model.Engine;
import io.cloudmq.gateway.core.model.Instance;
import io.cloudmq.gateway.core.model.InstanceStatus;
import io.cloudmq.gateway.core.model.Page;
import io.cloudmq.gateway.core.model.PageRequest;
import io.cloudmq.gateway.core.port.broker.InstanceEndpoints;
import io.cloudmq.gateway.core.port.storage.InstanceQuery;
import io.cloudmq.gateway.core.service.CreateInstanceCommand;
import io.cloudmq.gateway.core.service.InstanceService;
import io.cloudmq.gateway.huawei.dto.BatchDeleteInstancesRequest;
import io.cloudmq.gateway.huawei.dto.BatchDeleteInstancesResponse;
import io.cloudmq.gateway.huawei.dto.CreateInstanceRequest;
import io.cloudmq.gateway.huawei.dto.CreateInstanceResponse;
import io.cloudmq.gateway.huawei.dto.InstanceView;
import io.cloudmq.gateway.huawei.dto.ListInstancesResponse;
import io.cloudmq.gateway.huawei.dto.UpdateInstanceRequest;
import io.cloudmq.gateway.huawei.error.DmsError;
import io.cloudmq.gateway.huawei.mapping.HuaweiAttributes;
import io.cloudmq.gateway.huawei.mapping.HuaweiInstanceAttributes;
import io.cloudmq.gateway.huawei.mapping.HuaweiInstanceMapper;
import io.cloudmq.gateway.huawei.mapping.HuaweiStatus;
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
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** Instance life cycle of Huawei DMS for RocketMQ v2 (huawei-dialect.md §1, operations 1–7). */
@Path("/v2")
@HuaweiApi
@Tag(name = "Huawei DMS for RocketMQ: instances")
@Produces(MediaType.APPLICATION_JSON)
public class InstancesResource {

    static final String DIALECT = "huawei-dms";
    private static final Logger LOG = Logger.getLogger(InstancesResource.class);
    private static final Pattern INSTANCE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{3,63}");
    private static final int MAX_BATCH = 50;

    @Inject
    HuaweiRequest request;
    @Inject
    InstanceService instances;
    @Inject
    HuaweiInstanceMapper mapper;

    @POST
    @Path("/{project_id}/instances")
    @Operation(operationId = "CreatePostPaidInstance", summary = "Create a pay-per-use instance")
    public CreateInstanceResponse createPostPaid(@PathParam("project_id") String projectId,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CreateInstanceRequest.class))) byte[] body) {
        return create(HuaweiJson.read(body, CreateInstanceRequest.class));
    }

    @POST
    @Path("/{engine}/{project_id}/instances")
    @Operation(operationId = "CreateInstanceByEngine", summary = "Create an instance (pay-per-use or yearly/monthly)")
    public CreateInstanceResponse createByEngine(@PathParam("engine") String engine,
                                                 @PathParam("project_id") String projectId,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CreateInstanceRequest.class))) byte[] body) {
        requireEngine(engine);
        return create(HuaweiJson.read(body, CreateInstanceRequest.class));
    }

    @GET
    @Path("/{project_id}/instances")
    @Operation(operationId = "ListInstances", summary = "List instances")
    public ListInstancesResponse list(@PathParam("project_id") String projectId,
                                      @QueryParam("engine") String engine,
                                      @QueryParam("name") String name,
                                      @QueryParam("instance_id") String instanceId,
                                      @QueryParam("status") String status,
                                      @QueryParam("include_failure") String includeFailure,
                                      @QueryParam("exact_match_name") String exactMatchName,
                                      @QueryParam("enterprise_project_id") String enterpriseProjectId,
                                      @QueryParam("offset") String offset,
                                      @QueryParam("limit") String limit) {
        PageRequest page = Paging.of(offset, limit);
        if (engine != null && !HuaweiCatalog.ENGINES.contains(engine)) {
            return new ListInstancesResponse(List.of(), 0); // another engine's instances: this gateway has none
        }
        InstanceStatus statusFilter = null;
        if (status != null && !status.isBlank()) {
            var neutral = HuaweiStatus.neutral(status);
            if (neutral.isEmpty()) {
                return new ListInstancesResponse(List.of(), 0);
            }
            statusFilter = neutral.get();
        }
        Caller caller = request.caller();
        Set<InstanceStatus> excluded = "true".equalsIgnoreCase(includeFailure) || statusFilter != null
                ? Set.of() : Set.of(InstanceStatus.CREATE_FAILED);
        Page<Instance> found = instances.search(new InstanceQuery(caller.tenantId(), caller.projectId(), null,
                Engine.ROCKETMQ, blankToNull(instanceId), blankToNull(name), "true".equalsIgnoreCase(exactMatchName),
                statusFilter, excluded, page));
        List<InstanceView> views = new ArrayList<>();
        for (Instance instance : found.items()) {
            HuaweiInstanceAttributes attrs = HuaweiAttributes.of(instance);
            if (enterpriseProjectId != null && !enterpriseProjectId.equals(attrs.enterpriseProjectId())) {
                continue;
            }
            views.add(view(instance, attrs));
        }
        return new ListInstancesResponse(views, (int) found.total());
    }

    @GET
    @Path("/{project_id}/instances/{instance_id}")
    @Operation(operationId = "ShowInstance", summary = "Query an instance")
    public InstanceView show(@PathParam("project_id") String projectId, @PathParam("instance_id") String instanceId) {
        Instance instance = instances.get(request.caller(), instanceId);
        return view(instance, HuaweiAttributes.of(instance));
    }

    @PUT
    @Path("/{project_id}/instances/{instance_id}")
    @Operation(operationId = "UpdateInstance", summary = "Modify an instance")
    public Response update(@PathParam("project_id") String projectId, @PathParam("instance_id") String instanceId,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = UpdateInstanceRequest.class))) byte[] body) {
        UpdateInstanceRequest req = HuaweiJson.read(body, UpdateInstanceRequest.class);
        if (req.name() != null) {
            requireInstanceName(req.name());
        }
        if (req.description() != null && req.description().length() > 1024) {
            throw DmsError.DESCRIPTION_TOO_LONG.exception();
        }
        Caller caller = request.caller();
        Instance current = instances.get(caller, instanceId);
        HuaweiInstanceAttributes attrs = HuaweiAttributes.of(current)
                .withUpdates(req.securityGroupId(), req.enableAcl(), req.enablePublicip(), req.publicipId());
        instances.update(caller, instanceId, req.name() != null ? req.name() : current.name(),
                req.description() != null ? req.description() : current.description(),
                HuaweiAttributes.with(current.attributes(), attrs), true);
        return Response.noContent().build();
    }

    @DELETE
    @Path("/{project_id}/instances/{instance_id}")
    @Operation(operationId = "DeleteInstance", summary = "Delete an instance")
    public Response delete(@PathParam("project_id") String projectId, @PathParam("instance_id") String instanceId) {
        instances.delete(request.caller(), instanceId);
        return Response.noContent().build();
    }

    @POST
    @Path("/{project_id}/instances/action")
    @Operation(operationId = "BatchDeleteInstances", summary = "Delete instances in batches")
    public BatchDeleteInstancesResponse batchDelete(@PathParam("project_id") String projectId,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BatchDeleteInstancesRequest.class))) byte[] body) {
        BatchDeleteInstancesRequest req = HuaweiJson.read(body, BatchDeleteInstancesRequest.class);
        if (!"delete".equals(req.action())) {
            throw DmsError.BATCH_ACTION_INVALID.exception();
        }
        Caller caller = request.caller();
        List<String> ids = new ArrayList<>(req.instances() == null ? List.of() : req.instances());
        if ("reliability".equals(req.allFailure()) || "rocketmq".equals(req.allFailure())) {
            instances.search(new InstanceQuery(caller.tenantId(), caller.projectId(), null, Engine.ROCKETMQ, null,
                            null, false, InstanceStatus.CREATE_FAILED, Set.of(), new PageRequest(0, 1000)))
                    .items().forEach(i -> ids.add(i.id()));
        } else if (ids.isEmpty()) {
            throw DmsError.BATCH_INSTANCES_EMPTY.exception();
        }
        if (ids.size() > MAX_BATCH) {
            throw DmsError.BATCH_TOO_MANY.exception();
        }
        List<BatchDeleteInstancesResponse.Result> results = new ArrayList<>();
        for (String id : ids) {
            try {
                instances.delete(caller, id);
                results.add(new BatchDeleteInstancesResponse.Result("success", id));
            } catch (GatewayException e) {
                LOG.debugf("batch delete of %s refused: %s", id, e.getMessage());
                results.add(new BatchDeleteInstancesResponse.Result("failed", id));
            }
        }
        return new BatchDeleteInstancesResponse(results);
    }

    private CreateInstanceResponse create(CreateInstanceRequest req) {
        String engineVersion = HuaweiCatalog.untag(req.engineVersion());
        String productId = HuaweiCatalog.untag(req.productId());
        validate(req, engineVersion, productId);
        HuaweiInstanceAttributes attrs = mapper.attributes(req, productId);
        Instance created = instances.create(request.caller(), new CreateInstanceCommand(
                UUID.randomUUID().toString(), Engine.ROCKETMQ, engineVersion, req.name(), req.description(),
                productId, DIALECT, null, true, HuaweiAttributes.with(Map.of(), attrs)));
        return new CreateInstanceResponse(created.id());
    }

    private void validate(CreateInstanceRequest req, String engineVersion, String productId) {
        requireInstanceName(req.name());
        if (req.description() != null && req.description().length() > 1024) {
            throw DmsError.DESCRIPTION_TOO_LONG.exception();
        }
        if (req.engine() == null || !HuaweiCatalog.ENGINES.contains(req.engine())) {
            throw DmsError.ENGINE_PRODUCT_MISMATCH.exception("Unsupported engine '" + req.engine()
                    + "': use reliability.");
        }
        if (engineVersion == null || !HuaweiCatalog.ENGINE_VERSIONS.contains(engineVersion)) {
            throw DmsError.UNSUPPORTED_ENGINE_VERSION.exception("Unsupported engine_version '" + engineVersion
                    + "': use one of " + HuaweiCatalog.ENGINE_VERSIONS + ".");
        }
        HuaweiCatalog.Flavour flavour = HuaweiCatalog.flavour(productId)
                .orElseThrow(() -> DmsError.INVALID_PRODUCT_ID.exception("Invalid product_id '" + productId + "'."));
        if (blank(req.vpcId())) {
            throw DmsError.VPC_ID_EMPTY.exception();
        }
        if (blank(req.subnetId())) {
            throw DmsError.SUBNET_ID_EMPTY.exception();
        }
        if (blank(req.securityGroupId())) {
            throw DmsError.SECURITY_GROUP_ID_EMPTY.exception();
        }
        if (req.storageSpace() == null || req.storageSpace() < HuaweiCatalog.MIN_STORAGE_GB
                || req.storageSpace() > HuaweiCatalog.MAX_STORAGE_GB) {
            throw DmsError.INVALID_DISK_SPACE.exception("Invalid storage_space: must be between "
                    + HuaweiCatalog.MIN_STORAGE_GB + " and " + HuaweiCatalog.MAX_STORAGE_GB + " GB.");
        }
        if (req.storageSpecCode() == null || !HuaweiCatalog.STORAGE_SPEC_CODES.contains(req.storageSpecCode())) {
            throw DmsError.INVALID_PARAMETER.exception("Invalid storage_spec_code: use one of "
                    + HuaweiCatalog.STORAGE_SPEC_CODES + ".");
        }
        if (req.brokerNum() == null || req.brokerNum() < 1 || req.brokerNum() > flavour.maxBrokers()) {
            throw DmsError.INVALID_PARAMETER.exception("Invalid broker_num: flavour " + productId + " allows 1 to "
                    + flavour.maxBrokers() + " brokers.");
        }
        List<String> zones = req.availableZones();
        if (zones == null || zones.isEmpty() || zones.size() == 2) {
            throw DmsError.INVALID_PARAMETER.exception("available_zones must name one AZ, or three or more.");
        }
        List<String> known = HuaweiCatalog.zones(request.caller().region());
        for (String zone : zones) {
            if (!known.contains(zone)) {
                throw DmsError.AZ_NOT_FOUND.exception("The AZ '" + zone + "' does not exist.");
            }
        }
        if (Boolean.TRUE.equals(req.enablePublicip()) && blank(req.publicipId())) {
            throw DmsError.INVALID_PARAMETER.exception("publicip_id is required when enable_publicip is true.");
        }
    }

    private static void requireInstanceName(String name) {
        if (name == null || !INSTANCE_NAME.matcher(name).matches()) {
            throw DmsError.INVALID_INSTANCE_NAME.exception();
        }
    }

    static void requireEngine(String engine) {
        if (!HuaweiCatalog.ENGINES.contains(engine)) {
            throw DmsError.INVALID_PARAMETER.exception("Unsupported engine '" + engine + "': use reliability.");
        }
    }

    private InstanceView view(Instance instance, HuaweiInstanceAttributes attrs) {
        InstanceEndpoints endpoints = null;
        if (instance.status() == InstanceStatus.RUNNING) {
            try {
                endpoints = instances.endpoints(instance);
            } catch (GatewayException e) {
                // The broker is unreachable: still show the instance, without addresses.
                LOG.debugf("no endpoints for %s: %s", instance.id(), e.getMessage());
            }
        }
        return mapper.toView(instance, attrs, endpoints);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s;
    }
}
