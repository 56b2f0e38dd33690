package io.cloudmq.gateway.broker.rocketmq;

import io.cloudmq.gateway.core.error.GatewayException;
import io.cloudmq.gateway.core.model.BrokerPlacement;
import org.apache.rocketmq.common.MixAll;
import org.apache.rocketmq.common.topic.TopicValidator;

import java.util.regex.Pattern;

/**
 * How tenant names map to broker names. The broker-side name of tenant topic (or group, or ACL user) {@code T} in
 * placement namespace {@code N} is {@code N%T}, the RocketMQ 5 namespace convention, so clients that set namespace
 * {@code N} use the logical topic and group names.
 */
public final class RocketMqNames {

    public static final char NAMESPACE_SEPARATOR = '%';
    private static final Pattern NAMESPACE = Pattern.compile("[A-Za-z0-9_-]+");

    private RocketMqNames() {
    }

    public static String namespacePrefix(BrokerPlacement placement) {
        String namespace = placement.namespace();
        if (namespace == null || !NAMESPACE.matcher(namespace).matches()) {
            throw new IllegalArgumentException("Invalid broker namespace '" + namespace + "'");
        }
        return namespace + NAMESPACE_SEPARATOR;
    }

    /**
     * Not NamespaceUtil.wrapNamespace: it returns RocketMQ system names (e.g. "SCHEDULE_TOPIC_XXXX", "rmq_sys_…")
     * unwrapped, which would let a tenant address the cluster's own topics.
     */
    public static String physicalTopic(BrokerPlacement placement, String topicName) {
        return physicalName(placement, topicName, "topic");
    }

    /** Groups follow the topic rules: a group's retry and dead-letter topics carry its name. */
    public static String physicalGroup(BrokerPlacement placement, String groupName) {
        return physicalName(placement, groupName, "group");
    }

    /**
     * The ACL 2.0 user name (the access key clients sign with) of tenant user {@code U}: {@code N%U}, so that every
     * instance may have its own user {@code U}. ACL 2.0 accepts any non-blank name without ':' (its subject separator);
     * the core allows only letters, digits, '_', '-' and '.' in user names, so '%' never occurs in {@code U}.
     */
    public static String physicalUser(BrokerPlacement placement, String username) {
        if (username == null || username.isBlank() || username.indexOf(NAMESPACE_SEPARATOR) >= 0
                || username.indexOf(':') >= 0) {
            throw GatewayException.invalidParameter("username", "'" + username + "' is not a valid user name.");
        }
        return namespacePrefix(placement) + username;
    }

    private static String physicalName(BrokerPlacement placement, String name, String kind) {
        String physical = namespacePrefix(placement) + name;
        if (name == null || name.isEmpty() || name.indexOf(NAMESPACE_SEPARATOR) >= 0
                || !TopicValidator.validateTopic(physical).isValid()) {
            throw GatewayException.invalidParameter("name", "'" + name + "' is not a valid RocketMQ " + kind
                    + " name in namespace " + placement.namespace() + " (letters, digits, '_', '-', '|'; at most "
                    + (127 - namespacePrefix(placement).length()) + " characters).");
        }
        return physical;
    }

    /** {@code %RETRY%N%G}: where the group's failed messages wait for redelivery. */
    public static String retryTopic(BrokerPlacement placement, String groupName) {
        return MixAll.getRetryTopic(physicalGroup(placement, groupName));
    }

    /** {@code %DLQ%N%G}: where the group's messages go after too many failed deliveries. */
    public static String deadLetterTopic(BrokerPlacement placement, String groupName) {
        return MixAll.getDLQTopic(physicalGroup(placement, groupName));
    }

    /** The logical name of a physical name in the placement's namespace, or null when it is not in it. */
    public static String logicalName(BrokerPlacement placement, String physical) {
        String prefix = namespacePrefix(placement);
        return physical.startsWith(prefix) ? physical.substring(prefix.length()) : null;
    }
}
