package io.cloudmq.gateway.core.model;

/** The broker technology an instance runs on. */
public enum Engine {
    ROCKETMQ,
    RABBITMQ
}
