package io.cloudmq.gateway.core.error;

/**
 * The one neutral error taxonomy. Every failure a core service reports is one of these kinds; each dialect adapter
 * translates a kind (plus the resource type and field it names) into its vendor's code, message and HTTP status.
 */
public enum ErrorKind {
    NOT_FOUND,
    ALREADY_EXISTS,
    INVALID_PARAMETER,
    INVALID_STATE,
    QUOTA_EXCEEDED,
    CONFLICT,
    UNAUTHENTICATED,
    FORBIDDEN,
    THROTTLED,
    UNAVAILABLE
}
