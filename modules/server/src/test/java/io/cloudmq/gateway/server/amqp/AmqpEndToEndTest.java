package io.cloudmq.gateway.server.amqp;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import io.cloudmq.gateway.core.error.ErrorKind;
import io.cloudmq.gateway.core.error.GatewayException;
import io.cloudmq.gateway.core.model.AmqpAccount;
import io.cloudmq.gateway.core.model.Binding;
import io.cloudmq.gateway.core.model.BindingDestinationType;
import io.cloudmq.gateway.core.model.BindingSettings;
import io.cloudmq.gateway.core.model.Caller;
import io.cloudmq.gateway.core.model.Engine;
import io.cloudmq.gateway.core.model.ExchangeSettings;
import io.cloudmq.gateway.core.model.ExchangeType;
import io.cloudmq.gateway.core.model.InstanceStatus;
import io.cloudmq.gateway.core.model.QueueSettings;
import io.cloudmq.gateway.core.model.QueueType;
import io.cloudmq.gateway.core.model.ResourceStatus;
import io.cloudmq.gateway.core.port.broker.AmqpEndpoints;
import io.cloudmq.gateway.core.service.AmqpAccountService;
import io.cloudmq.gateway.core.service.BindingService;
import io.cloudmq.gateway.core.service.CreateInstanceCommand;
import io.cloudmq.gateway.core.service.DeleteMode;
import io.cloudmq.gateway.core.service.ExchangeService;
import io.cloudmq.gateway.core.service.InstanceService;
import io.cloudmq.gateway.core.service.QueueService;
import io.cloudmq.gateway.core.service.VirtualHostService;
import io.cloudmq.gateway.server.Await;
import io.cloudmq.gateway.server.GatewayTestResources;
import io.cloudmq.gateway.server.huawei.HuaweiTenant;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An AMQP instance through the core services, against the local RabbitMQ: its objects become real broker objects, an
 * account really logs in, publishes and consumes with the stock AMQP client, and loses access at once when deleted.
 */
@QuarkusTest
@QuarkusTestResource(value = GatewayTestResources.class, restrictToAnnotatedClass = false)
class AmqpEndToEndTest {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @Inject
    InstanceService instances;
    @Inject
    VirtualHostService vhosts;
    @Inject
    ExchangeService exchanges;
    @Inject
    QueueService queues;
    @Inject
    BindingService bindings;
    @Inject
    AmqpAccountService accounts;

    @Test
    void publishAndConsumeWithAnAccountThenLoseAccessWhenItIsDeleted() throws Exception {
        HuaweiTenant tenant = HuaweiTenant.create();
        Caller caller = new Caller(tenant.tenantId(), tenant.accessKeyId(), null, tenant.region());
        String instanceId = "amqp-" + UUID.randomUUID().toString().substring(0, 8);
        instances.create(caller, new CreateInstanceCommand(instanceId, Engine.RABBITMQ, "3.10", "orders", null, null,
                "test", null, false, Map.of()));
        Await.until("the instance to be RUNNING", DEADLINE, () -> instances.get(caller, instanceId).status(),
                status -> status == InstanceStatus.RUNNING);

        String vhost = "/";
        assertThat(vhosts.create(caller, instanceId, vhost, "default").status()).isEqualTo(ResourceStatus.ACTIVE);
        exchanges.create(caller, instanceId, new ExchangeSettings(vhost, "orders.x", ExchangeType.TOPIC, false, true,
                false, false, null));
        queues.create(caller, instanceId, new QueueSettings(vhost, "orders.q", QueueType.QUORUM, true, false, false,
                null, null, null, null));
        Binding binding = bindings.create(caller, instanceId, new BindingSettings(vhost, "orders.x",
                BindingDestinationType.QUEUE, "orders.q", "orders.#", Map.of()));
        assertThat(binding.status()).isEqualTo(ResourceStatus.ACTIVE);
        String username = "app-" + instanceId;
        AmqpAccount account = accounts.create(caller, instanceId, username, "s3cret-" + instanceId);
        assertThat(account.status()).isEqualTo(ResourceStatus.ACTIVE);

        AmqpEndpoints endpoints = vhosts.endpoints(caller, instanceId);
        assertThat(endpoints.amqpEndpoint()).isEqualTo("127.0.0.1:5672");
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(endpoints.amqpEndpoint().split(":")[0]);
        factory.setPort(Integer.parseInt(endpoints.amqpEndpoint().split(":")[1]));
        factory.setVirtualHost(endpoints.brokerVirtualHost(vhost));
        factory.setUsername(username);
        factory.setPassword("s3cret-" + instanceId);
        factory.setAutomaticRecoveryEnabled(false);

        Connection connection = factory.newConnection();
        try {
            Channel channel = connection.createChannel();
            channel.confirmSelect();
            channel.basicPublish("orders.x", "orders.created", null, "hello".getBytes(StandardCharsets.UTF_8));
            channel.waitForConfirmsOrDie(10_000);
            GetResponse got = Await.until("the message in orders.q", DEADLINE, () -> basicGet(channel),
                    response -> response != null);
            assertThat(new String(got.getBody(), StandardCharsets.UTF_8)).isEqualTo("hello");

            // The queue holds a message again: deleting it without force is refused, never silent.
            channel.basicPublish("orders.x", "orders.paid", null, "again".getBytes(StandardCharsets.UTF_8));
            channel.waitForConfirmsOrDie(10_000);
            Await.until("the broker to count the message", DEADLINE,
                    () -> queues.brokerState(caller, instanceId, vhost, "orders.q").orElseThrow().messages(),
                    messages -> messages > 0);
            assertThatThrownBy(() -> queues.delete(caller, instanceId, vhost, "orders.q", DeleteMode.IF_EMPTY))
                    .isInstanceOfSatisfying(GatewayException.class,
                            e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_STATE));
            assertThatThrownBy(() -> vhosts.delete(caller, instanceId, vhost, DeleteMode.IF_EMPTY))
                    .isInstanceOfSatisfying(GatewayException.class,
                            e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_STATE));

            accounts.delete(caller, instanceId, username);
            Await.until("the open connection to be closed", DEADLINE, connection::isOpen, open -> !open);
        } finally {
            connection.abort();
        }
        Await.until("a new login to be refused", DEADLINE, () -> loginRefused(factory), refused -> refused);
        assertThat(accounts.list(caller, instanceId)).isEmpty();

        vhosts.delete(caller, instanceId, vhost, DeleteMode.FORCE);
        assertThat(vhosts.list(caller, instanceId)).isEmpty();
    }

    private static GetResponse basicGet(Channel channel) {
        try {
            return channel.basicGet("orders.q", true);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean loginRefused(ConnectionFactory factory) {
        try (Connection ignored = factory.newConnection()) {
            return false;
        } catch (com.rabbitmq.client.AuthenticationFailureException e) {
            return true;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
