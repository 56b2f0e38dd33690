package io.cloudmq.gateway.huawei.web;

import io.cloudmq.gateway.core.error.ErrorKind;
import io.cloudmq.gateway.core.error.GatewayException;
import io.cloudmq.gateway.core.model.Caller;
import io.cloudmq.gateway.core.model.Project;
import io.cloudmq.gateway.core.service.ResolvedCredential;
import io.cloudmq.gateway.core.service.TenantService;
import io.cloudmq.gateway.huawei.auth.SdkHmacSha256Verifier;
import io.cloudmq.gateway.huawei.auth.SignedRequest;
import io.cloudmq.gateway.huawei.auth.VerificationResult;
import io.cloudmq.gateway.huawei.error.DmsError;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Authenticates every request to this dialect's resources with SDK-HMAC-SHA256 and establishes the caller: the tenant
 * comes from the access key, and the {@code project_id} of the path must be one of that tenant's projects. Runs after
 * routing (so it knows the resource and the path parameters) and after the body was read (the signature covers it).
 */
public class HuaweiAuthenticationFilter {

    private static final String PACKAGE = "io.cloudmq.gateway.huawei";
    private static final String PROJECT_HEADER = "X-Project-Id";

    private final TenantService tenants;
    private final HuaweiRequest request;
    private final SdkHmacSha256Verifier verifier;
    private final String defaultRegion;

    @Inject
    public HuaweiAuthenticationFilter(TenantService tenants, HuaweiRequest request, Clock clock,
                                      @ConfigProperty(name = "gateway.huawei.signature-window", defaultValue = "PT15M")
                                      Duration window,
                                      @ConfigProperty(name = "gateway.region", defaultValue = "cn-north-4")
                                      String defaultRegion) {
        this.tenants = tenants;
        this.request = request;
        this.verifier = new SdkHmacSha256Verifier(clock, window);
        this.defaultRegion = defaultRegion;
    }

    @ServerRequestFilter(readBody = true)
    public Response authenticate(ContainerRequestContext ctx, ResourceInfo resource, HttpServerRequest http) {
        if (!isHuaweiResource(resource)) {
            return null;
        }
        byte[] body = readBody(ctx);
        AtomicReference<ResolvedCredential> credential = new AtomicReference<>();
        SignedRequest signed = new SignedRequest(http.method().name(), http.path(), http.query(), http::getHeader, body);
        VerificationResult result = verifier.verify(signed, accessKeyId -> {
            Optional<ResolvedCredential> found = tenants.resolveCredential(accessKeyId);
            found.ifPresent(credential::set);
            return found.map(ResolvedCredential::secret);
        });
        if (!(result instanceof VerificationResult.Verified)) {
            return refuse(DmsError.AUTH_FAILED, authMessage((VerificationResult.Rejected) result));
        }
        String tenantId = credential.get().tenantId();
        String pathProject = ctx.getUriInfo().getPathParameters().getFirst("project_id");
        String headerProject = http.getHeader(PROJECT_HEADER);
        if (pathProject != null && headerProject != null && !pathProject.equals(headerProject)) {
            return refuse(DmsError.PROJECT_MISMATCH, DmsError.PROJECT_MISMATCH.message());
        }
        String projectId = pathProject != null ? pathProject : headerProject;
        String region = defaultRegion;
        if (projectId != null) {
            try {
                Project project = tenants.requireOwnProject(tenantId, projectId);
                region = project.region();
            } catch (GatewayException e) {
                if (e.kind() == ErrorKind.FORBIDDEN) {
                    return refuse(DmsError.PROJECT_MISMATCH, DmsError.PROJECT_MISMATCH.message());
                }
                throw e;
            }
        }
        request.authenticated(new Caller(tenantId, credential.get().accessKeyId(), pathProject, region));
        return null;
    }

    /** The DMS SDK takes the request id from this header only, so every response of the dialect carries it. */
    @ServerResponseFilter
    public void requestId(ContainerResponseContext response, ResourceInfo resource) {
        if (isHuaweiResource(resource)) {
            response.getHeaders().putSingle(HuaweiRequest.REQUEST_ID_HEADER, request.id());
        }
    }

    private static boolean isHuaweiResource(ResourceInfo resource) {
        Class<?> type = resource == null ? null : resource.getResourceClass();
        return type != null && type.getPackageName().startsWith(PACKAGE);
    }

    private static byte[] readBody(ContainerRequestContext ctx) {
        if (!ctx.hasEntity()) {
            return new byte[0];
        }
        try {
            byte[] body = ctx.getEntityStream().readAllBytes();
            ctx.setEntityStream(new ByteArrayInputStream(body));
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String authMessage(VerificationResult.Rejected rejected) {
        return switch (rejected.reason()) {
            case EXPIRED -> "Incorrect IAM authentication information: calc ak sk signature fail:signature expired";
            case UNKNOWN_ACCESS_KEY -> "Incorrect IAM authentication information: Get secretKey failed, ak not exist";
            case SIGNATURE_MISMATCH -> DmsError.AUTH_FAILED.message();
            default -> "Incorrect IAM authentication information: " + rejected.reason().name().toLowerCase()
                    .replace('_', ' ');
        };
    }

    private Response refuse(DmsError error, String message) {
        return HuaweiErrorMapper.response(error.exception(message), request.id());
    }
}
