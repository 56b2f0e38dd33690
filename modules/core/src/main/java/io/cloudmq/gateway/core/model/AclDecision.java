package io.cloudmq.gateway.core.model;

public enum AclDecision {
    ALLOW,
    DENY
}
