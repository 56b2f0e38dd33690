package io.cloudmq.gateway.core.service;

import io.cloudmq.gateway.core.model.Engine;

import java.util.Map;

/**
 * What a dialect asks for when it creates an instance. {@code id} is minted by the dialect in its own format.
 * {@code uniqueName} asks the core to refuse a second live instance with the same name in the caller's scope, for
 * dialects whose cloud enforces that. {@code clientToken} makes the creation idempotent when not null.
 */
public record CreateInstanceCommand(
        String id,
        Engine engine,
        String engineVersion,
        String name,
        String description,
        String specification,
        String dialect,
        String clientToken,
        boolean uniqueName,
        Map<String, String> attributes) {
}
