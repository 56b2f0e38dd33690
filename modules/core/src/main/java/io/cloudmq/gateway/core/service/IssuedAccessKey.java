package io.cloudmq.gateway.core.service;

/** A freshly created access key: the only moment its secret is available in clear. */
public record IssuedAccessKey(String accessKeyId, String tenantId, String secret) {
    @Override
    public String toString() {
        return "IssuedAccessKey[accessKeyId=" + accessKeyId + ", tenantId=" + tenantId + "]";
    }
}
