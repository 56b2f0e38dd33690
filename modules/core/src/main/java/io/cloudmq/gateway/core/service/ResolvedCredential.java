package io.cloudmq.gateway.core.service;

/** An enabled access key with its secret unsealed, for signature verification only. Never log it. */
public record ResolvedCredential(String accessKeyId, String tenantId, String secret) {
    @Override
    public String toString() {
        return "ResolvedCredential[accessKeyId=" + accessKeyId + ", tenantId=" + tenantId + "]";
    }
}
