package io.cloudmq.gateway.core.model;

/** Whether the consumers of a group share the messages (clustering) or each get every message (broadcasting). */
public enum MessageModel {
    CLUSTERING,
    BROADCASTING
}
