package io.cloudmq.gateway.huawei.auth;

/** Why a request failed SDK-HMAC-SHA256 verification, in the order the checks run. */
public enum Reason {
    MISSING_AUTHORIZATION,
    /** Not the documented header shape, or {@code x-sdk-date} is not among the signed headers. */
    MALFORMED_AUTHORIZATION,
    MISSING_DATE,
    MALFORMED_DATE,
    /** {@code X-Sdk-Date} is further from the server clock than the allowed skew. */
    EXPIRED,
    UNKNOWN_ACCESS_KEY,
    /** Includes a signed header that is absent and an {@code X-Sdk-Content-Sha256} that does not match the body. */
    SIGNATURE_MISMATCH
}
