package io.cloudmq.gateway.huawei.web;

import io.cloudmq.gateway.core.error.GatewayException;
import io.cloudmq.gateway.huawei.error.DmsErrorTranslator;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Turns the core's neutral errors into this dialect's errors at the boundary of its resources, so that the neutral
 * exception never reaches a global mapper that would have to guess the dialect.
 */
@HuaweiApi
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class HuaweiErrorTranslation {

    @AroundInvoke
    Object translate(InvocationContext ctx) throws Exception {
        try {
            return ctx.proceed();
        } catch (GatewayException e) {
            throw DmsErrorTranslator.translate(e);
        }
    }
}
