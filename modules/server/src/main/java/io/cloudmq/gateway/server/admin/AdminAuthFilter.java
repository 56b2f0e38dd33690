package io.cloudmq.gateway.server.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Map;

/** Guards the operator admin API with the bearer token. */
public class AdminAuthFilter {

    private static final String BEARER = "Bearer ";

    @Inject
    AdminToken token;

    @ServerRequestFilter
    public Response authenticate(ContainerRequestContext ctx, ResourceInfo resource) {
        if (resource.getResourceClass() == null
                || !resource.getResourceClass().getPackageName().equals(AdminAuthFilter.class.getPackageName())) {
            return null;
        }
        String header = ctx.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header != null && header.startsWith(BEARER) && token.matches(header.substring(BEARER.length()))) {
            return null;
        }
        return Response.status(Response.Status.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("error", "unauthenticated", "message", "A valid admin bearer token is required."))
                .build();
    }
}
