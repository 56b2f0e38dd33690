package io.cloudmq.gateway.server.admin;

import io.cloudmq.gateway.core.service.DriftReport;
import io.cloudmq.gateway.core.service.ReconciliationService;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Operator admin API: differences between the gateway's state and the brokers', and their repair. */
@Path("/admin/drift")
@Tag(name = "Operator admin")
@Produces(MediaType.APPLICATION_JSON)
public class DriftAdminResource {

    @Inject
    ReconciliationService reconciliation;

    @GET
    @Operation(summary = "Drift of every running instance")
    public List<DriftReport> all() {
        return reconciliation.reportAll();
    }

    @GET
    @Path("/{instance}")
    @Operation(summary = "Drift of one instance")
    public DriftReport one(@PathParam("instance") String instanceId) {
        return reconciliation.report(instanceId);
    }

    @POST
    @Path("/{instance}/repair")
    @Operation(summary = "Recreate what is missing on the broker; with removeUnknown=true also delete broker objects "
            + "the gateway does not know. Returns the drift found before the repair.")
    public DriftReport repair(@PathParam("instance") String instanceId,
                              @QueryParam("removeUnknown") @DefaultValue("false") boolean removeUnknown) {
        return reconciliation.repair(instanceId, removeUnknown);
    }
}
