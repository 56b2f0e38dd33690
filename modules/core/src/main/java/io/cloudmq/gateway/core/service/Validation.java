package io.cloudmq.gateway.core.service;

import io.cloudmq.gateway.core.error.GatewayException;

import java.util.regex.Pattern;

/**
 * Neutral input rules that hold whatever the dialect: what brokers can store and what keeps names unambiguous.
 * Dialects apply their vendor's stricter rules (and codes) before calling the core.
 */
public final class Validation {

    /** Characters RocketMQ accepts in topic and group names; the namespace separator '%' is reserved for the gateway. */
    private static final Pattern BROKER_NAME = Pattern.compile("[A-Za-z0-9_|-]+");

    private Validation() {
    }

    public static void name(String field, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            throw GatewayException.invalidParameter(field, "is required.");
        }
        if (value.length() < min || value.length() > max) {
            throw GatewayException.invalidParameter(field, "length must be " + min + "-" + max + " characters.");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw GatewayException.invalidParameter(field, "must not contain control characters.");
        }
    }

    public static void brokerName(String field, String value, int max) {
        name(field, value, 1, max);
        if (!BROKER_NAME.matcher(value).matches()) {
            throw GatewayException.invalidParameter(field, "may contain only letters, digits, '_', '-' and '|'.");
        }
    }

    public static void maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw GatewayException.invalidParameter(field, "must be at most " + max + " characters.");
        }
    }

    public static void range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw GatewayException.invalidParameter(field, "must be between " + min + " and " + max + ".");
        }
    }
}
