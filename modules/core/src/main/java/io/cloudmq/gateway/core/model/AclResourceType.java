package io.cloudmq.gateway.core.model;

/** What an ACL entry grants access to. */
public enum AclResourceType {
    TOPIC,
    GROUP
}
