package io.cloudmq.gateway.core.error;

import java.util.Objects;

/**
 * A failure in neutral terms. {@link #field()} names the offending input for {@link ErrorKind#INVALID_PARAMETER};
 * {@link #resourceType()} and {@link #resourceId()} name the object for not-found, already-exists and state errors.
 * The message is written for humans and may be shown to API callers: it never contains secrets.
 */
public class GatewayException extends RuntimeException {

    private final ErrorKind kind;
    private final ResourceType resourceType;
    private final String resourceId;
    private final String field;

    public GatewayException(ErrorKind kind, ResourceType resourceType, String resourceId, String field, String message,
                            Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind);
        this.resourceType = resourceType;
        this.resourceId = resourceId;
        this.field = field;
    }

    public GatewayException(ErrorKind kind, ResourceType resourceType, String resourceId, String field, String message) {
        this(kind, resourceType, resourceId, field, message, null);
    }

    public static GatewayException notFound(ResourceType type, String id) {
        return new GatewayException(ErrorKind.NOT_FOUND, type, id, null, label(type) + " '" + id + "' does not exist.");
    }

    public static GatewayException alreadyExists(ResourceType type, String id) {
        return new GatewayException(ErrorKind.ALREADY_EXISTS, type, id, null, label(type) + " '" + id + "' already exists.");
    }

    public static GatewayException invalidParameter(String field, String reason) {
        return new GatewayException(ErrorKind.INVALID_PARAMETER, ResourceType.REQUEST, null, field,
                "Invalid parameter '" + field + "': " + reason);
    }

    public static GatewayException invalidState(ResourceType type, String id, String reason) {
        return new GatewayException(ErrorKind.INVALID_STATE, type, id, null, label(type) + " '" + id + "' " + reason);
    }

    public static GatewayException quotaExceeded(ResourceType type, String reason) {
        return new GatewayException(ErrorKind.QUOTA_EXCEEDED, type, null, null, reason);
    }

    public static GatewayException conflict(ResourceType type, String id, String reason) {
        return new GatewayException(ErrorKind.CONFLICT, type, id, null, reason);
    }

    public static GatewayException unauthenticated(String reason) {
        return new GatewayException(ErrorKind.UNAUTHENTICATED, ResourceType.ACCESS_KEY, null, null, reason);
    }

    public static GatewayException forbidden(ResourceType type, String id, String reason) {
        return new GatewayException(ErrorKind.FORBIDDEN, type, id, null, reason);
    }

    public static GatewayException throttled(String reason) {
        return new GatewayException(ErrorKind.THROTTLED, ResourceType.REQUEST, null, null, reason);
    }

    public static GatewayException unavailable(ResourceType type, String id, String reason, Throwable cause) {
        return new GatewayException(ErrorKind.UNAVAILABLE, type, id, null, reason, cause);
    }

    public ErrorKind kind() {
        return kind;
    }

    public ResourceType resourceType() {
        return resourceType;
    }

    public String resourceId() {
        return resourceId;
    }

    public String field() {
        return field;
    }

    private static String label(ResourceType type) {
        String s = type.name().toLowerCase().replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
