package io.cloudmq.gateway.broker.rabbitmq;

import com.rabbitmq.http.client.Client;
import com.rabbitmq.http.client.domain.BindingInfo;
import com.rabbitmq.http.client.domain.ExchangeInfo;
import com.rabbitmq.http.client.domain.QueueInfo;
import com.rabbitmq.http.client.domain.UserPermissions;
import io.cloudmq.gateway.core.error.ErrorKind;
import io.cloudmq.gateway.core.error.GatewayException;
import io.cloudmq.gateway.core.model.BindingDestinationType;
import io.cloudmq.gateway.core.model.BindingSettings;
import io.cloudmq.gateway.core.model.BrokerPlacement;
import io.cloudmq.gateway.core.model.ExchangeSettings;
import io.cloudmq.gateway.core.model.ExchangeType;
import io.cloudmq.gateway.core.model.QueueSettings;
import io.cloudmq.gateway.core.model.QueueType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The driver against a real RabbitMQ, asserting on RabbitMQ's own view (management API through Hop). */
class RabbitMqAmqpDriverTest {

    private final RabbitMqAmqpDriver driver = new RabbitMqAmqpDriver(new RabbitMqClusters(LocalRabbitMq.config()));
    private final Client hop = LocalRabbitMq.hop();
    private final String namespace = "t" + UUID.randomUUID().toString().substring(0, 8);
    private final BrokerPlacement placement = new BrokerPlacement(LocalRabbitMq.CLUSTER, namespace);
    private final String vhost = "/";
    private final String brokerVhost = namespace + "./";

    @AfterEach
    void release() {
        driver.releaseInstance(placement);
    }

    @Test
    void virtualHostsAreIsolatedPerNamespaceAndListed() {
        driver.applyVirtualHost(placement, vhost, Set.of());
        driver.applyVirtualHost(placement, vhost, Set.of()); // declarations repeat harmlessly
        driver.applyVirtualHost(placement, "orders/eu", Set.of());

        assertThat(hop.getVhost(brokerVhost)).isNotNull();
        assertThat(hop.getVhost(namespace + ".orders/eu")).isNotNull();
        assertThat(driver.listVirtualHosts(placement)).containsExactlyInAnyOrder("/", "orders/eu");
        assertThat(driver.listVirtualHosts(new BrokerPlacement(LocalRabbitMq.CLUSTER, namespace + "x"))).isEmpty();
        assertThat(driver.endpoints(placement).brokerVirtualHost("/")).isEqualTo(brokerVhost);

        driver.deleteVirtualHost(placement, "orders/eu");
        driver.deleteVirtualHost(placement, "orders/eu");
        assertThat(hop.getVhost(namespace + ".orders/eu")).isNull();
    }

    @Test
    void exchangesOfEveryTypeWithAlternateExchange() {
        driver.applyVirtualHost(placement, vhost, Set.of());
        for (ExchangeType type : ExchangeType.values()) {
            driver.applyExchange(placement, new ExchangeSettings(vhost, "x-" + type, type, false, true, false,
                    false, null));
        }
        ExchangeSettings withAlternate = new ExchangeSettings(vhost, "orders", ExchangeType.TOPIC, false, true, true,
                true, "x-FANOUT");
        driver.applyExchange(placement, withAlternate);

        ExchangeInfo onBroker = hop.getExchange(brokerVhost, "orders");
        assertThat(onBroker.getType()).isEqualTo("topic");
        assertThat(onBroker.isAutoDelete()).isTrue();
        assertThat(onBroker.isInternal()).isTrue();
        assertThat(onBroker.getArguments()).containsEntry("alternate-exchange", "x-FANOUT");
        assertThat(hop.getExchange(brokerVhost, "x-HEADERS").getType()).isEqualTo("headers");
        assertThat(driver.listExchanges(placement, vhost)).hasSize(5).contains(withAlternate);

        driver.deleteExchange(placement, vhost, "orders");
        driver.deleteExchange(placement, vhost, "orders");
        assertThat(hop.getExchange(brokerVhost, "orders")).isNull();
    }

    @Test
    void delayedExchangesAreRefusedClearlyWithoutThePlugin() {
        driver.applyVirtualHost(placement, vhost, Set.of());
        boolean supported = driver.supportsDelayedExchanges(placement);
        ExchangeSettings delayed = new ExchangeSettings(vhost, "later", ExchangeType.DIRECT, true, true, false, false,
                null);
        if (supported) {
            driver.applyExchange(placement, delayed);
            assertThat(hop.getExchange(brokerVhost, "later").getType()).isEqualTo("x-delayed-message");
            assertThat(driver.listExchanges(placement, vhost)).contains(delayed);
        } else {
            assertThatThrownBy(() -> driver.applyExchange(placement, delayed))
                    .isInstanceOfSatisfying(GatewayException.class,
                            e -> assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT));
        }
    }

    @Test
    void queuesWithLimitsDeadLetteringAndTypes() {
        driver.applyVirtualHost(placement, vhost, Set.of());
        QueueSettings classic = new QueueSettings(vhost, "orders", QueueType.CLASSIC, true, false, false, 60_000L,
                1000L, "dlx", "dead");
        QueueSettings quorum = new QueueSettings(vhost, "payments", QueueType.QUORUM, true, false, false, null, null,
                null, null);
        QueueSettings autoDelete = new QueueSettings(vhost, "tmp", QueueType.CLASSIC, false, true, false, null, null,
                null, null);
        driver.applyQueue(placement, classic);
        driver.applyQueue(placement, classic);
        driver.applyQueue(placement, quorum);
        driver.applyQueue(placement, autoDelete);

        QueueInfo onBroker = hop.getQueue(brokerVhost, "orders");
        assertThat(onBroker.getArguments()).containsEntry("x-message-ttl", 60000).containsEntry("x-max-length", 1000)
                .containsEntry("x-dead-letter-exchange", "dlx").containsEntry("x-dead-letter-routing-key", "dead");
        assertThat(hop.getQueue(brokerVhost, "payments").getType()).isEqualTo("quorum");
        assertThat(hop.getQueue(brokerVhost, "tmp").isAutoDelete()).isTrue();
        assertThat(hop.getQueue(brokerVhost, "tmp").isDurable()).isFalse();
        assertThat(driver.listQueues(placement, vhost)).containsExactlyInAnyOrder(classic, quorum, autoDelete);
        assertThat(driver.describeQueue(placement, vhost, "orders")).hasValueSatisfying(state -> {
            assertThat(state.messages()).isZero();
            assertThat(state.consumers()).isZero();
        });
        assertThat(driver.listConsumers(placement, vhost, "orders")).isEmpty();

        driver.deleteQueue(placement, vhost, "orders");
        driver.deleteQueue(placement, vhost, "orders");
        assertThat(hop.getQueue(brokerVhost, "orders")).isNull();
        assertThat(driver.describeQueue(placement, vhost, "orders")).isEmpty();
    }

    @Test
    void bindingsToQueuesAndExchangesWithArgumentsAreDeletedExactly() {
        driver.applyVirtualHost(placement, vhost, Set.of());
        driver.applyExchange(placement, new ExchangeSettings(vhost, "in", ExchangeType.HEADERS, false, true, false,
                false, null));
        driver.applyExchange(placement, new ExchangeSettings(vhost, "out", ExchangeType.FANOUT, false, true, false,
                false, null));
        driver.applyQueue(placement, new QueueSettings(vhost, "q", QueueType.CLASSIC, true, false, false, null, null,
                null, null));
        BindingSettings all = new BindingSettings(vhost, "in", BindingDestinationType.QUEUE, "q", "",
                Map.of("x-match", "all", "kind", "order"));
        BindingSettings any = new BindingSettings(vhost, "in", BindingDestinationType.QUEUE, "q", "",
                Map.of("x-match", "any", "kind", "order"));
        BindingSettings toExchange = new BindingSettings(vhost, "in", BindingDestinationType.EXCHANGE, "out", "k",
                Map.of());
        driver.applyBinding(placement, all);
        driver.applyBinding(placement, all);
        driver.applyBinding(placement, any);
        driver.applyBinding(placement, toExchange);

        List<BindingInfo> toQueue = hop.getQueueBindingsBetween(brokerVhost, "in", "q");
        assertThat(toQueue).hasSize(2);
        assertThat(hop.getExchangeBindingsBetween(brokerVhost, "in", "out")).singleElement()
                .satisfies(b -> assertThat(b.getRoutingKey()).isEqualTo("k"));
        assertThat(driver.listBindings(placement, vhost)).containsExactlyInAnyOrder(all, any, toExchange);

        driver.deleteBinding(placement, all);
        driver.deleteBinding(placement, all);
        assertThat(hop.getQueueBindingsBetween(brokerVhost, "in", "q")).singleElement()
                .satisfies(b -> assertThat(b.getArguments()).containsEntry("x-match", "any"));
        driver.deleteBinding(placement, toExchange);
        assertThat(hop.getExchangeBindingsBetween(brokerVhost, "in", "out")).isEmpty();
    }

    @Test
    void accountsGetFullPermissionsOnTheInstanceVirtualHostsOnly() {
        String username = namespace + "-app";
        driver.applyVirtualHost(placement, vhost, Set.of());
        driver.applyAccount(placement, username, "s3cret", Set.of(vhost));
        driver.applyAccount(placement, username, "s3cret", Set.of(vhost));
        driver.applyVirtualHost(placement, "later", Set.of(username));

        UserPermissions onBroker = hop.getPermissions(brokerVhost, username);
        assertThat(List.of(onBroker.getConfigure(), onBroker.getWrite(), onBroker.getRead())).containsOnly(".*");
        assertThat(hop.getPermissions(namespace + ".later", username)).isNotNull();
        assertThat(hop.getPermissionsOf(username)).hasSize(2);
        assertThat(driver.listAccounts(placement)).containsExactly(username);

        // Users are cluster-wide: another instance cannot take the name over.
        BrokerPlacement other = new BrokerPlacement(LocalRabbitMq.CLUSTER, namespace + "o");
        assertThatThrownBy(() -> driver.applyAccount(other, username, "x", Set.of()))
                .isInstanceOfSatisfying(GatewayException.class,
                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT));

        driver.deleteAccount(placement, username);
        driver.deleteAccount(placement, username);
        assertThat(hop.getUser(username)).isNull();
    }

    @Test
    void releasingAnInstanceRemovesEverythingInItsNamespace() {
        driver.applyVirtualHost(placement, "a", Set.of());
        driver.applyVirtualHost(placement, "b", Set.of());
        driver.applyAccount(placement, namespace + "-u", "pw", Set.of("a", "b"));

        driver.releaseInstance(placement);

        assertThat(driver.listVirtualHosts(placement)).isEmpty();
        assertThat(driver.listAccounts(placement)).isEmpty();
        assertThat(hop.getUser(namespace + "-u")).isNull();
    }

    @Test
    void anUnreachableClusterIsUnavailable() {
        RabbitMqConfig.ClusterConfig down = LocalRabbitMq.config().clusters().get(LocalRabbitMq.CLUSTER);
        RabbitMqConfig config = () -> Map.of("down", new RabbitMqConfig.ClusterConfig() {
            @Override
            public String managementUrl() {
                return "http://127.0.0.1:1";
            }

            @Override
            public String username() {
                return down.username();
            }

            @Override
            public String password() {
                return down.password();
            }

            @Override
            public String amqpEndpoint() {
                return down.amqpEndpoint();
            }
        });
        RabbitMqAmqpDriver unreachable = new RabbitMqAmqpDriver(new RabbitMqClusters(config));
        assertThat(unreachable.isReachable("down")).isFalse();
        assertThatThrownBy(() -> unreachable.prepareInstance(new BrokerPlacement("down", namespace)))
                .isInstanceOfSatisfying(GatewayException.class,
                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.UNAVAILABLE));
    }
}
