package io.cloudmq.gateway.server.admin;

import io.cloudmq.gateway.core.error.GatewayException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Renders neutral errors that reach JAX-RS untranslated: those of the admin API (dialect resources translate their own
 * errors before they get here). Problem-style JSON with the neutral kind.
 */
@Provider
public class AdminErrorMapper implements ExceptionMapper<GatewayException> {

    @Override
    public Response toResponse(GatewayException e) {
        int status = switch (e.kind()) {
            case NOT_FOUND -> 404;
            case ALREADY_EXISTS, CONFLICT -> 409;
            case INVALID_PARAMETER, INVALID_STATE -> 400;
            case QUOTA_EXCEEDED -> 403;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case THROTTLED -> 429;
            case UNAVAILABLE -> 503;
        };
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", e.kind().name());
        body.put("message", e.getMessage());
        if (e.field() != null) {
            body.put("field", e.field());
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
