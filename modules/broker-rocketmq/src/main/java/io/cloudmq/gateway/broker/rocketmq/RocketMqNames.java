package io.cloudmq.gateway.broker.rocketmq;

import io.cloudmq.gateway.core.error.GatewayException;
import io.cloudmq.gateway.core.model.BrokerPlacement;
import org.apache.rocketmq.common.MixAll;
import org.apache.rocketmq.common.topic.TopicValidator;

import java.util.regex.Pattern;

/**
 * How tenant names map to broker names. The broker-side name of tenant topic (or group) {@code T} in placement
 * namespace {@code N} is {@code N%T}, the RocketMQ 5 namespace convention, so clients that set namespace {@code N} use
 * the logical names.
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
        String physical = namespacePrefix(placement) + topicName;
        if (topicName == null || topicName.isEmpty() || topicName.indexOf(NAMESPACE_SEPARATOR) >= 0
                || !TopicValidator.validateTopic(physical).isValid()) {
            throw GatewayException.invalidParameter("name", "'" + topicName + "' is not a valid RocketMQ topic name "
                    + "in namespace " + placement.namespace() + " (letters, digits, '_', '-', '|'; at most "
                    + (127 - namespacePrefix(placement).length()) + " characters).");
        }
        return physical;
    }

    /** Groups share the topics' naming rule: {@code N%G}. */
    public static String physicalGroup(BrokerPlacement placement, String groupName) {
        try {
            return physicalTopic(placement, groupName);
        } catch (GatewayException e) {
            throw GatewayException.invalidParameter("group", "'" + groupName + "' is not a valid RocketMQ group name "
                    + "in namespace " + placement.namespace() + ".");
        }
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
