package io.cloudmq.gateway.core.service;

import io.cloudmq.gateway.core.error.GatewayException;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Neutral input rules that hold whatever the dialect: what brokers can store and what keeps names unambiguous.
 * Dialects apply their vendor's stricter rules (and codes) before calling the core.
 */
public final class Validation {

    /** Characters RocketMQ accepts in topic and group names; the namespace separator '%' is reserved for the gateway. */
    private static final Pattern BROKER_NAME = Pattern.compile("[A-Za-z0-9_|-]+");
    /** Broker user names: ':' separates the subject type in ACL 2.0 and '%' is the namespace separator. */
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.-]+");
    /** IPv4 or IPv6 address, optionally with a CIDR prefix length: what ACL 2.0 accepts as a source address. */
    private static final Pattern IP_OR_CIDR = Pattern.compile(
            "((\\d{1,3}\\.){3}\\d{1,3}(/\\d{1,2})?)|([0-9A-Fa-f:]*:[0-9A-Fa-f:.]*(/\\d{1,3})?)");

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

    public static void username(String field, String value, int max) {
        name(field, value, 1, max);
        if (!USERNAME.matcher(value).matches()) {
            throw GatewayException.invalidParameter(field, "may contain only letters, digits, '_', '-' and '.'.");
        }
    }

    public static void ipWhitelist(String field, List<String> addresses) {
        for (String address : addresses) {
            if (address == null || !IP_OR_CIDR.matcher(address).matches()) {
                throw GatewayException.invalidParameter(field, "'" + address + "' is not an IP address or CIDR block.");
            }
        }
    }
}
