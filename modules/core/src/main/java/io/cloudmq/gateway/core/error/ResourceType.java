package io.cloudmq.gateway.core.error;

/** What a neutral error is about, so that adapters can pick the vendor code (e.g. "instance not found" vs "topic not found"). */
public enum ResourceType {
    TENANT,
    ACCESS_KEY,
    PROJECT,
    REGION,
    INSTANCE,
    TOPIC,
    CONSUMER_GROUP,
    MESSAGE,
    USER,
    TAG,
    VIRTUAL_HOST,
    EXCHANGE,
    QUEUE,
    BINDING,
    CLUSTER,
    REQUEST
}
