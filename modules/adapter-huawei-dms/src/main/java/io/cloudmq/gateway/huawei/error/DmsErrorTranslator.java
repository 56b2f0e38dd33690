package io.cloudmq.gateway.huawei.error;

import io.cloudmq.gateway.core.error.GatewayException;
import io.cloudmq.gateway.core.error.ResourceType;

/** Translates the core's neutral errors into DMS codes: one table, so every operation answers alike. */
public final class DmsErrorTranslator {

    private DmsErrorTranslator() {
    }

    public static HuaweiApiException translate(GatewayException e) {
        ResourceType type = e.resourceType();
        return switch (e.kind()) {
            case NOT_FOUND -> type == ResourceType.INSTANCE
                    ? DmsError.INSTANCE_NOT_FOUND.exception()
                    : DmsError.NAME_NOT_FOUND.exception(e.getMessage());
            case ALREADY_EXISTS -> type == ResourceType.INSTANCE
                    ? DmsError.INSTANCE_NAME_EXISTS.exception()
                    : DmsError.INVALID_VALUE.exception(e.getMessage());
            case INVALID_PARAMETER -> invalidParameter(e);
            case INVALID_STATE -> DmsError.INVALID_STATUS.exception(e.getMessage());
            case QUOTA_EXCEEDED -> DmsError.QUOTA_REACHED.exception(e.getMessage());
            case CONFLICT -> DmsError.JOB_RUNNING.exception();
            case UNAUTHENTICATED -> DmsError.AUTH_FAILED.exception();
            case FORBIDDEN -> DmsError.PROJECT_MISMATCH.exception();
            case THROTTLED -> DmsError.THROTTLED.exception();
            case UNAVAILABLE -> DmsError.BROKER_UNAVAILABLE.exception();
        };
    }

    private static HuaweiApiException invalidParameter(GatewayException e) {
        String field = e.field() == null ? "" : e.field();
        return switch (field) {
            case "name" -> DmsError.INVALID_VALUE.exception(e.getMessage());
            case "description" -> DmsError.DESCRIPTION_TOO_LONG.exception();
            default -> DmsError.INVALID_PARAMETER.exception(e.getMessage());
        };
    }
}
