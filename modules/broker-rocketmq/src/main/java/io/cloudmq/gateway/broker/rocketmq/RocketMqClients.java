package io.cloudmq.gateway.broker.rocketmq;

import io.cloudmq.gateway.core.error.GatewayException;
import io.cloudmq.gateway.core.error.ResourceType;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.rocketmq.acl.common.AclClientRPCHook;
import org.apache.rocketmq.acl.common.SessionCredentials;
import org.apache.rocketmq.client.ClientConfig;
import org.apache.rocketmq.client.consumer.DefaultMQPullConsumer;
import org.apache.rocketmq.client.exception.MQClientException;
import org.apache.rocketmq.client.producer.DefaultMQProducer;
import org.apache.rocketmq.common.MixAll;
import org.apache.rocketmq.remoting.RPCHook;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The message clients the driver uses besides the admin client, one of each per cluster, started on first use and
 * closed with the application: a producer (test messages, dead-letter resends) and a pull consumer that reads queues at
 * chosen offsets without committing any (message listings). Both authenticate as the cluster's admin user.
 */
@ApplicationScoped
public class RocketMqClients implements AutoCloseable {

    /** Never registered on a broker: producer groups only name the sender in traces and transaction checks. */
    static final String PRODUCER_GROUP = "cloudmq-gateway-tools";
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final Map<String, DefaultMQProducer> producers = new ConcurrentHashMap<>();
    private final Map<String, DefaultMQPullConsumer> readers = new ConcurrentHashMap<>();
    private volatile boolean closed;

    @Inject
    public RocketMqClients() {
    }

    DefaultMQProducer producer(ClusterTarget c) {
        requireOpen();
        return producers.computeIfAbsent(c.id(), id -> {
            DefaultMQProducer producer = new DefaultMQProducer(PRODUCER_GROUP, hook(c));
            configure(producer, c, "producer");
            start(c, "producer", producer::start);
            return producer;
        });
    }

    /**
     * A pull consumer in the broker's built-in {@code TOOLS_CONSUMER} group, which exists on every broker (gateway-made
     * groups may not) and whose offsets nothing relies on; pulls never commit.
     */
    DefaultMQPullConsumer reader(ClusterTarget c) {
        requireOpen();
        return readers.computeIfAbsent(c.id(), id -> {
            DefaultMQPullConsumer reader = new DefaultMQPullConsumer(MixAll.TOOLS_CONSUMER_GROUP, hook(c));
            configure(reader, c, "reader");
            start(c, "reader", reader::start);
            return reader;
        });
    }

    @PreDestroy
    @Override
    public void close() {
        closed = true;
        producers.values().forEach(DefaultMQProducer::shutdown);
        readers.values().forEach(DefaultMQPullConsumer::shutdown);
        producers.clear();
        readers.clear();
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("The RocketMQ message clients are closed");
        }
    }

    private static RPCHook hook(ClusterTarget c) {
        return c.accessKey() == null ? null
                : new AclClientRPCHook(new SessionCredentials(c.accessKey(), c.secretKey()));
    }

    private static void configure(ClientConfig client, ClusterTarget c, String role) {
        client.setNamesrvAddr(String.join(";", c.namesrvAddresses()));
        // The client id is ip@instanceName: clients sharing one would share (and shut down) one client instance.
        client.setInstanceName("cloudmq-gateway-" + role + "-" + c.id() + "-" + ProcessHandle.current().pid() + "-"
                + SEQUENCE.incrementAndGet());
    }

    @FunctionalInterface
    private interface Starter {
        void start() throws MQClientException;
    }

    private static void start(ClusterTarget c, String role, Starter starter) {
        try {
            starter.start();
        } catch (MQClientException e) {
            throw GatewayException.unavailable(ResourceType.CLUSTER, c.id(),
                    "RocketMQ cluster '" + c.id() + "': the " + role + " did not start: " + e.getMessage(), e);
        }
    }
}
