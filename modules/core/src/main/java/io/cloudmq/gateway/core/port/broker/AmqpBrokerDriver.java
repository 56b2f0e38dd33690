package io.cloudmq.gateway.core.port.broker;

import io.cloudmq.gateway.core.model.BindingSettings;
import io.cloudmq.gateway.core.model.BrokerPlacement;
import io.cloudmq.gateway.core.model.ExchangeSettings;
import io.cloudmq.gateway.core.model.QueueSettings;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Virtual hosts, exchanges, queues, bindings and accounts on an AMQP 0-9-1 broker (RabbitMQ). Virtual host names
 * passed in are the tenant's logical names; the driver maps them into the placement's namespace. Every mutation is a
 * declaration: repeating it is harmless, and deleting something absent succeeds.
 */
public interface AmqpBrokerDriver extends BrokerDriver {

    /**
     * Creates a virtual host and grants each of {@code accounts} (usernames) full permissions on it, since accounts are
     * instance-wide.
     */
    void applyVirtualHost(BrokerPlacement placement, String vhost, Set<String> accounts);

    /** Deletes a virtual host with everything in it. */
    void deleteVirtualHost(BrokerPlacement placement, String vhost);

    /** Logical names of the virtual hosts the broker holds in the placement's namespace. */
    Set<String> listVirtualHosts(BrokerPlacement placement);

    /** Whether the broker can hold delayed exchanges ({@link ExchangeSettings#delayed()}). */
    boolean supportsDelayedExchanges(BrokerPlacement placement);

    void applyExchange(BrokerPlacement placement, ExchangeSettings exchange);

    void deleteExchange(BrokerPlacement placement, String vhost, String name);

    /** Exchanges the broker holds in a virtual host, without the broker's own predeclared ones. */
    List<ExchangeSettings> listExchanges(BrokerPlacement placement, String vhost);

    void applyQueue(BrokerPlacement placement, QueueSettings queue);

    void deleteQueue(BrokerPlacement placement, String vhost, String name);

    List<QueueSettings> listQueues(BrokerPlacement placement, String vhost);

    /** Message and consumer counts of a queue, or empty when the broker does not have it. */
    Optional<BrokerQueueState> describeQueue(BrokerPlacement placement, String vhost, String name);

    /** The consumers subscribed to a queue right now. */
    List<QueueConsumer> listConsumers(BrokerPlacement placement, String vhost, String queue);

    void applyBinding(BrokerPlacement placement, BindingSettings binding);

    void deleteBinding(BrokerPlacement placement, BindingSettings binding);

    /** Bindings the broker holds in a virtual host, without the implicit ones of the default exchange. */
    List<BindingSettings> listBindings(BrokerPlacement placement, String vhost);

    /**
     * Creates or updates a login and gives it full permissions on each of {@code vhosts}. Fails with CONFLICT when the
     * username belongs to another instance on the same cluster (broker users are cluster-wide).
     */
    void applyAccount(BrokerPlacement placement, String username, String password, Set<String> vhosts);

    /** Deletes a login and closes its open connections, so that access ends at once. */
    void deleteAccount(BrokerPlacement placement, String username);

    /** Usernames of the logins the broker holds for the placement. */
    Set<String> listAccounts(BrokerPlacement placement);

    /** Where AMQP clients connect, and how the instance's virtual hosts are named on the broker. */
    AmqpEndpoints endpoints(BrokerPlacement placement);
}
