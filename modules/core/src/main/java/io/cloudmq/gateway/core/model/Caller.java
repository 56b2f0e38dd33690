package io.cloudmq.gateway.core.model;

/**
 * Who is asking, established by an adapter after it verified the request's signature: the tenant comes from the
 * access key, never from the request. {@code projectId} is set when the dialect scopes requests by project, and
 * {@code region} is the region the request addresses.
 */
public record Caller(String tenantId, String accessKeyId, String projectId, String region) {
}
