package io.cloudmq.gateway.huawei.web;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the resources of this dialect: they are authenticated by SDK-HMAC-SHA256 and every neutral error they raise is
 * rendered in the DMS envelope (see {@link HuaweiErrorTranslation}).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface HuaweiApi {
}
