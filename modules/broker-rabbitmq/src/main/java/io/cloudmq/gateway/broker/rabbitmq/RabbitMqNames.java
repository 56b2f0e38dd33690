package io.cloudmq.gateway.broker.rabbitmq;

import java.util.Optional;

/**
 * How an instance's objects are named on a shared RabbitMQ cluster. Virtual hosts are the isolation unit: the logical
 * virtual host {@code V} of the instance with namespace {@code N} is the broker virtual host {@code N.V} (so "/" becomes
 * {@code N./}). Namespaces never contain '.', so the prefix {@code N.} selects exactly one instance's virtual hosts.
 * Exchanges, queues and bindings keep their names inside the virtual host. Users are cluster-wide in RabbitMQ; each
 * user the gateway creates carries the tag {@code cloudmq-namespace:N}, which says which instance owns it.
 */
final class RabbitMqNames {

    static final String OWNER_TAG_PREFIX = "cloudmq-namespace:";

    private RabbitMqNames() {
    }

    static String vhostPrefix(String namespace) {
        return namespace + ".";
    }

    static String brokerVhost(String namespace, String vhost) {
        return vhostPrefix(namespace) + vhost;
    }

    /** The logical name of a broker virtual host, or empty when it does not belong to the namespace. */
    static Optional<String> logicalVhost(String namespace, String brokerVhost) {
        String prefix = vhostPrefix(namespace);
        return brokerVhost.startsWith(prefix) ? Optional.of(brokerVhost.substring(prefix.length())) : Optional.empty();
    }

    static String ownerTag(String namespace) {
        return OWNER_TAG_PREFIX + namespace;
    }

    /** Exchanges the broker predeclares in every virtual host: the default exchange ("") and "amq.*". */
    static boolean isPredeclaredExchange(String name) {
        return name.isEmpty() || name.startsWith("amq.");
    }
}
