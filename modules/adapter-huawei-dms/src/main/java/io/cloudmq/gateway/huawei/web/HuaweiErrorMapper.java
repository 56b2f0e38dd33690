package io.cloudmq.gateway.huawei.web;

import io.cloudmq.gateway.huawei.error.ErrorBody;
import io.cloudmq.gateway.huawei.error.HuaweiApiException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Renders this dialect's refusals: status, JSON envelope, and the request id the SDK reads from the header. */
@Provider
public class HuaweiErrorMapper implements ExceptionMapper<HuaweiApiException> {

    @Inject
    HuaweiRequest request;

    @Override
    public Response toResponse(HuaweiApiException e) {
        return response(e, request.id());
    }

    static Response response(HuaweiApiException e, String requestId) {
        return Response.status(e.error().status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header(HuaweiRequest.REQUEST_ID_HEADER, requestId)
                .entity(new ErrorBody(e.error().code(), e.getMessage(), requestId))
                .build();
    }
}
