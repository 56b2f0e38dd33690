package io.cloudmq.gateway.broker.rabbitmq;

import com.rabbitmq.http.client.Client;
import com.rabbitmq.http.client.domain.BindingInfo;
import com.rabbitmq.http.client.domain.ConnectionInfo;
import com.rabbitmq.http.client.domain.ExchangeInfo;
import com.rabbitmq.http.client.domain.QueueInfo;
import com.rabbitmq.http.client.domain.UserInfo;
import com.rabbitmq.http.client.domain.UserPermissions;
import com.rabbitmq.http.client.domain.VhostInfo;
import io.cloudmq.gateway.core.error.GatewayException;
import io.cloudmq.gateway.core.error.ResourceType;
import io.cloudmq.gateway.core.model.BindingDestinationType;
import io.cloudmq.gateway.core.model.BindingSettings;
import io.cloudmq.gateway.core.model.BrokerPlacement;
import io.cloudmq.gateway.core.model.Engine;
import io.cloudmq.gateway.core.model.ExchangeSettings;
import io.cloudmq.gateway.core.model.QueueSettings;
import io.cloudmq.gateway.core.port.broker.AmqpBrokerDriver;
import io.cloudmq.gateway.core.port.broker.AmqpEndpoints;
import io.cloudmq.gateway.core.port.broker.BrokerQueueState;
import io.cloudmq.gateway.core.port.broker.QueueConsumer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The AMQP broker port on RabbitMQ, through the management HTTP API. Every mutation is a declaration (PUT/POST that
 * RabbitMQ treats as "make it so"), and deletions of absent objects succeed, so the provisioning worker may repeat any
 * of them. Naming and isolation: {@link RabbitMqNames}; protocol details: {@link RabbitMqArguments}.
 */
@ApplicationScoped
public class RabbitMqAmqpDriver implements AmqpBrokerDriver {

    static final String DELAYED_EXCHANGE_TYPE = "x-delayed-message";
    /** Accounts are instance-wide: they may configure, write and read everything in the instance's virtual hosts. */
    private static final String EVERYTHING = ".*";

    private final RabbitMqClusters clusters;

    @Inject
    public RabbitMqAmqpDriver(RabbitMqClusters clusters) {
        this.clusters = clusters;
    }

    @Override
    public Engine engine() {
        return Engine.RABBITMQ;
    }

    @Override
    public List<String> clusterIds() {
        return clusters.ids();
    }

    @Override
    public boolean isReachable(String clusterId) {
        try {
            clusters.call(clusterId, Client::getOverview);
            return true;
        } catch (GatewayException e) {
            return false;
        }
    }

    /** Nothing to create up front (virtual hosts come with the API); checks that the cluster answers. */
    @Override
    public void prepareInstance(BrokerPlacement placement) {
        clusters.call(placement.clusterId(), Client::getOverview);
    }

    @Override
    public void releaseInstance(BrokerPlacement placement) {
        for (String vhost : listVirtualHosts(placement)) {
            deleteVirtualHost(placement, vhost);
        }
        for (String username : listAccounts(placement)) {
            deleteAccount(placement, username);
        }
    }

    @Override
    public void applyVirtualHost(BrokerPlacement placement, String vhost, Set<String> accounts) {
        String brokerVhost = brokerVhost(placement, vhost);
        clusters.call(placement.clusterId(), client -> {
            client.createVhost(brokerVhost);
            accounts.forEach(username -> client.updatePermissions(brokerVhost, username, fullPermissions()));
            return null;
        });
    }

    @Override
    public void deleteVirtualHost(BrokerPlacement placement, String vhost) {
        clusters.delete(placement.clusterId(), client -> client.deleteVhost(brokerVhost(placement, vhost)));
    }

    @Override
    public Set<String> listVirtualHosts(BrokerPlacement placement) {
        List<VhostInfo> all = clusters.call(placement.clusterId(), Client::getVhosts);
        return all.stream()
                .map(v -> RabbitMqNames.logicalVhost(placement.namespace(), v.getName()))
                .flatMap(Optional::stream)
                .collect(Collectors.toSet());
    }

    @Override
    public boolean supportsDelayedExchanges(BrokerPlacement placement) {
        return clusters.call(placement.clusterId(), client -> client.getOverview().getExchangeTypes().stream()
                .anyMatch(type -> DELAYED_EXCHANGE_TYPE.equals(type.getName())));
    }

    @Override
    public void applyExchange(BrokerPlacement placement, ExchangeSettings exchange) {
        ExchangeInfo info = RabbitMqArguments.exchangeInfo(exchange);
        clusters.call(placement.clusterId(), client -> {
            client.declareExchange(brokerVhost(placement, exchange.vhost()), exchange.name(), info);
            return null;
        });
    }

    @Override
    public void deleteExchange(BrokerPlacement placement, String vhost, String name) {
        clusters.delete(placement.clusterId(), client -> client.deleteExchange(brokerVhost(placement, vhost), name));
    }

    @Override
    public List<ExchangeSettings> listExchanges(BrokerPlacement placement, String vhost) {
        return listIn(placement, vhost, Client::getExchanges).stream()
                .filter(e -> !RabbitMqNames.isPredeclaredExchange(e.getName()))
                .map(e -> RabbitMqArguments.exchangeSettings(vhost, e))
                .toList();
    }

    @Override
    public void applyQueue(BrokerPlacement placement, QueueSettings queue) {
        QueueInfo info = RabbitMqArguments.queueInfo(queue);
        clusters.call(placement.clusterId(), client -> {
            client.declareQueue(brokerVhost(placement, queue.vhost()), queue.name(), info);
            return null;
        });
    }

    @Override
    public void deleteQueue(BrokerPlacement placement, String vhost, String name) {
        clusters.delete(placement.clusterId(), client -> client.deleteQueue(brokerVhost(placement, vhost), name));
    }

    @Override
    public List<QueueSettings> listQueues(BrokerPlacement placement, String vhost) {
        return listIn(placement, vhost, Client::getQueues).stream()
                .map(q -> RabbitMqArguments.queueSettings(vhost, q))
                .toList();
    }

    @Override
    public Optional<BrokerQueueState> describeQueue(BrokerPlacement placement, String vhost, String name) {
        QueueInfo info = clusters.call(placement.clusterId(),
                client -> client.getQueue(brokerVhost(placement, vhost), name));
        return Optional.ofNullable(info).map(q -> new BrokerQueueState(q.getName(), counted(q.getMessagesReady()),
                counted(q.getMessagesUnacknowledged()), counted(q.getConsumerCount())));
    }

    /**
     * The management API reports its statistics every few seconds; until a new queue's first report, Hop gives -1.
     * A queue that has not been reported on yet has had no time to collect anything: count it as zero.
     */
    private static long counted(long statistic) {
        return Math.max(statistic, 0);
    }

    @Override
    public List<QueueConsumer> listConsumers(BrokerPlacement placement, String vhost, String queue) {
        return listIn(placement, vhost, Client::getConsumers).stream()
                .filter(c -> c.getQueueDetails() != null && queue.equals(c.getQueueDetails().getName()))
                .map(c -> new QueueConsumer(c.getConsumerTag(), c.getChannelDetails().getConnectionName(),
                        c.getChannelDetails().getUser(), c.isAckRequired(), c.getPrefetchCount()))
                .toList();
    }

    @Override
    public void applyBinding(BrokerPlacement placement, BindingSettings binding) {
        String brokerVhost = brokerVhost(placement, binding.vhost());
        Map<String, Object> arguments = Map.copyOf(binding.arguments());
        clusters.call(placement.clusterId(), client -> {
            if (binding.destinationType() == BindingDestinationType.QUEUE) {
                client.bindQueue(brokerVhost, binding.destination(), binding.source(), binding.routingKey(), arguments);
            } else {
                client.bindExchange(brokerVhost, binding.destination(), binding.source(), binding.routingKey(),
                        arguments);
            }
            return null;
        });
    }

    /**
     * RabbitMQ deletes a binding by its "properties key" (the routing key, plus a hash when there are arguments), which
     * only the broker knows: find the binding between source and destination with the same key and arguments first.
     */
    @Override
    public void deleteBinding(BrokerPlacement placement, BindingSettings binding) {
        String brokerVhost = brokerVhost(placement, binding.vhost());
        boolean toQueue = binding.destinationType() == BindingDestinationType.QUEUE;
        List<BindingInfo> between = clusters.call(placement.clusterId(), client -> Objects.requireNonNullElse(toQueue
                ? client.getQueueBindingsBetween(brokerVhost, binding.source(), binding.destination())
                : client.getExchangeBindingsBetween(brokerVhost, binding.source(), binding.destination()), List.of()));
        between.stream()
                .filter(b -> binding.equals(RabbitMqArguments.bindingSettings(binding.vhost(), b)))
                .forEach(b -> clusters.delete(placement.clusterId(), client -> {
                    if (toQueue) {
                        client.unbindQueue(brokerVhost, binding.destination(), binding.source(), b.getPropertiesKey());
                    } else {
                        client.unbindExchange(brokerVhost, binding.destination(), binding.source(),
                                b.getPropertiesKey());
                    }
                }));
    }

    @Override
    public List<BindingSettings> listBindings(BrokerPlacement placement, String vhost) {
        return listIn(placement, vhost, Client::getBindings).stream()
                .filter(b -> !b.getSource().isEmpty())
                .map(b -> RabbitMqArguments.bindingSettings(vhost, b))
                .toList();
    }

    @Override
    public void applyAccount(BrokerPlacement placement, String username, String password, Set<String> vhosts) {
        String ownerTag = RabbitMqNames.ownerTag(placement.namespace());
        clusters.call(placement.clusterId(), client -> {
            UserInfo existing = client.getUser(username);
            if (existing != null && !existing.getTags().contains(ownerTag)) {
                throw GatewayException.conflict(ResourceType.USER, username, "The username '" + username
                        + "' is already taken on the instance's broker cluster; choose another one.");
            }
            // PUT creates or updates: a repeated job simply sets the same password and tag again.
            client.createUser(username, password.toCharArray(), List.of(ownerTag));
            vhosts.forEach(vhost -> client.updatePermissions(brokerVhost(placement, vhost), username,
                    fullPermissions()));
            return null;
        });
    }

    @Override
    public void deleteAccount(BrokerPlacement placement, String username) {
        String ownerTag = RabbitMqNames.ownerTag(placement.namespace());
        clusters.call(placement.clusterId(), client -> {
            UserInfo existing = client.getUser(username);
            if (existing != null && existing.getTags().contains(ownerTag)) {
                client.deleteUser(username);
            }
            // RabbitMQ 3.10 closes a deleted user's connections itself (CONNECTION_FORCED); closing whatever is still
            // listed makes "access ends now" independent of the broker version.
            List<ConnectionInfo> connections = Objects.requireNonNullElse(client.getConnections(), List.of());
            connections.stream()
                    .filter(c -> username.equals(c.getUser()))
                    .forEach(c -> client.closeConnection(c.getName(), "account deleted"));
            return null;
        });
    }

    @Override
    public Set<String> listAccounts(BrokerPlacement placement) {
        String ownerTag = RabbitMqNames.ownerTag(placement.namespace());
        List<UserInfo> users = clusters.call(placement.clusterId(), Client::getUsers);
        return users.stream().filter(u -> u.getTags().contains(ownerTag)).map(UserInfo::getName)
                .collect(Collectors.toSet());
    }

    @Override
    public AmqpEndpoints endpoints(BrokerPlacement placement) {
        return new AmqpEndpoints(clusters.cluster(placement.clusterId()).amqpEndpoint(),
                RabbitMqNames.vhostPrefix(placement.namespace()));
    }

    /** Lists objects of one virtual host; a virtual host the broker does not have holds nothing. */
    private <T> List<T> listIn(BrokerPlacement placement, String vhost, ListCall<T> list) {
        String brokerVhost = brokerVhost(placement, vhost);
        return clusters.call(placement.clusterId(), client -> {
            if (client.getVhost(brokerVhost) == null) {
                return List.<T>of();
            }
            return Objects.requireNonNullElse(list.apply(client, brokerVhost), List.<T>of());
        });
    }

    @FunctionalInterface
    private interface ListCall<T> {
        List<T> apply(Client client, String brokerVhost);
    }

    private static String brokerVhost(BrokerPlacement placement, String vhost) {
        return RabbitMqNames.brokerVhost(placement.namespace(), vhost);
    }

    private static UserPermissions fullPermissions() {
        UserPermissions permissions = new UserPermissions();
        permissions.setConfigure(EVERYTHING);
        permissions.setWrite(EVERYTHING);
        permissions.setRead(EVERYTHING);
        return permissions;
    }
}
