package io.cloudmq.gateway.huawei.auth;

import java.util.Objects;

/** Outcome of {@link SdkHmacSha256Verifier#verify}. */
public sealed interface VerificationResult {

    record Verified(String accessKeyId) implements VerificationResult {
        public Verified {
            Objects.requireNonNull(accessKeyId, "accessKeyId");
        }
    }

    /** {@code accessKeyId} is {@code null} when the Authorization header was missing or unparseable. */
    record Rejected(Reason reason, String accessKeyId) implements VerificationResult {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
