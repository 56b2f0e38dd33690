package io.cloudmq.gateway.server.admin;

import io.cloudmq.gateway.core.model.AccessKey;
import io.cloudmq.gateway.core.model.Project;
import io.cloudmq.gateway.core.model.Tenant;
import io.cloudmq.gateway.core.service.IssuedAccessKey;
import io.cloudmq.gateway.core.service.TenantService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;

/** Operator admin API: tenants, their access keys and projects. Secrets are shown only in the create response. */
@Path("/admin/tenants")
@Tag(name = "Operator admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TenantsAdminResource {

    public record NewTenant(String id, String name) {
    }

    public record NewAccessKey(String accessKeyId, String accessKeySecret, String description) {
    }

    public record NewProject(String id, String region) {
    }

    /** An access key without its secret. */
    public record AccessKeyView(String accessKeyId, String tenantId, boolean enabled, String description,
                                Instant createdAt) {
    }

    @Inject
    TenantService tenants;

    @GET
    @Operation(summary = "List tenants")
    public List<Tenant> list() {
        return tenants.listTenants();
    }

    @POST
    @Operation(summary = "Create a tenant")
    public Response create(NewTenant body) {
        Tenant tenant = tenants.createTenant(body.id(), body.name());
        return Response.status(Response.Status.CREATED).entity(tenant).build();
    }

    @GET
    @Path("/{tenant}")
    @Operation(summary = "Show a tenant")
    public Tenant get(@PathParam("tenant") String tenantId) {
        return tenants.getTenant(tenantId);
    }

    @GET
    @Path("/{tenant}/access-keys")
    @Operation(summary = "List a tenant's access keys (without secrets)")
    public List<AccessKeyView> accessKeys(@PathParam("tenant") String tenantId) {
        return tenants.listAccessKeys(tenantId).stream().map(TenantsAdminResource::view).toList();
    }

    @POST
    @Path("/{tenant}/access-keys")
    @Operation(summary = "Create an access key; the secret is returned once")
    public Response createAccessKey(@PathParam("tenant") String tenantId, NewAccessKey body) {
        NewAccessKey b = body == null ? new NewAccessKey(null, null, null) : body;
        IssuedAccessKey issued = tenants.createAccessKey(tenantId, b.accessKeyId(), b.accessKeySecret(),
                b.description());
        return Response.status(Response.Status.CREATED).entity(issued).build();
    }

    @GET
    @Path("/{tenant}/projects")
    @Operation(summary = "List a tenant's projects")
    public List<Project> projects(@PathParam("tenant") String tenantId) {
        return tenants.listProjects(tenantId);
    }

    @POST
    @Path("/{tenant}/projects")
    @Operation(summary = "Create a project (Huawei project id bound to a region)")
    public Response createProject(@PathParam("tenant") String tenantId, NewProject body) {
        Project project = tenants.createProject(tenantId, body.id(), body.region());
        return Response.status(Response.Status.CREATED).entity(project).build();
    }

    private static AccessKeyView view(AccessKey key) {
        return new AccessKeyView(key.id(), key.tenantId(), key.enabled(), key.description(), key.createdAt());
    }
}
