package io.cloudmq.gateway.huawei.web;

import io.cloudmq.gateway.core.error.GatewayException;
import io.cloudmq.gateway.core.model.Caller;
import jakarta.enterprise.context.RequestScoped;

import java.util.UUID;

/**
 * What this dialect knows about the request being served: its id (for the {@code X-Request-Id} header and error
 * bodies) and, once the signature is verified, the caller.
 */
@RequestScoped
public class HuaweiRequest {

    public static final String REQUEST_ID_HEADER = "X-Request-Id";

    private final String id = UUID.randomUUID().toString().replace("-", "");
    private Caller caller;

    public String id() {
        return id;
    }

    public Caller caller() {
        if (caller == null) {
            // Resources are only reachable through the authentication filter; reaching here is a wiring bug.
            throw GatewayException.unauthenticated("request was not authenticated");
        }
        return caller;
    }

    void authenticated(Caller caller) {
        this.caller = caller;
    }
}
