package io.cloudmq.gateway.core.service;

import io.cloudmq.gateway.core.error.GatewayException;
import io.cloudmq.gateway.core.error.ResourceType;
import io.cloudmq.gateway.core.model.AmqpQueue;
import io.cloudmq.gateway.core.model.Caller;
import io.cloudmq.gateway.core.model.Instance;
import io.cloudmq.gateway.core.model.QueueSettings;
import io.cloudmq.gateway.core.model.QueueType;
import io.cloudmq.gateway.core.model.ResourceStatus;
import io.cloudmq.gateway.core.port.broker.BrokerQueueState;
import io.cloudmq.gateway.core.port.broker.QueueConsumer;
import io.cloudmq.gateway.core.port.storage.AmqpQueueRepository;
import io.cloudmq.gateway.core.port.storage.InstanceRepository;
import io.cloudmq.gateway.core.port.storage.Transactions;
import io.cloudmq.gateway.core.port.storage.VirtualHostRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Queues of an AMQP virtual host (store + job + run at once, as {@link VirtualHostService} describes). */
@ApplicationScoped
public class QueueService {

    private final AmqpScope scope;
    private final AmqpQueueRepository queues;
    private final ProvisioningService provisioning;
    private final BrokerDrivers drivers;
    private final Transactions tx;
    private final Clock clock;

    @Inject
    public QueueService(InstanceRepository instances, VirtualHostRepository vhosts, AmqpQueueRepository queues,
                        ProvisioningService provisioning, BrokerDrivers drivers, Transactions tx, Clock clock) {
        this.scope = new AmqpScope(instances, vhosts);
        this.queues = queues;
        this.provisioning = provisioning;
        this.drivers = drivers;
        this.tx = tx;
        this.clock = clock;
    }

    public AmqpQueue create(Caller caller, String instanceId, QueueSettings settings) {
        validate(settings);
        long jobId = tx.inNewTransaction(() -> {
            Instance instance = scope.running(caller, instanceId);
            scope.liveVirtualHost(instance.id(), settings.vhost());
            if (queues.find(instance.id(), settings.vhost(), settings.name()).isPresent()) {
                throw GatewayException.alreadyExists(ResourceType.QUEUE, settings.name());
            }
            Instant now = clock.instant();
            queues.insert(new AmqpQueue(null, instance.id(), settings, ResourceStatus.CREATING, now, now, 0));
            return provisioning.enqueue(AmqpTopologyJobs.APPLY_QUEUE, instance.id(),
                    AmqpJobKeys.of(settings.vhost(), settings.name()));
        });
        provisioning.runNow(jobId);
        return tx.inNewTransaction(() -> queues.find(instanceId, settings.vhost(), settings.name())).orElseThrow();
    }

    static void validate(QueueSettings settings) {
        AmqpScope.amqpName("queue_name", settings.name());
        if (settings.name().startsWith("amq.")) {
            throw GatewayException.invalidParameter("queue_name", "names starting with 'amq.' are reserved by the broker.");
        }
        if (settings.type() == null) {
            throw GatewayException.invalidParameter("queue_type", "is required.");
        }
        if (settings.messageTtlMillis() != null && settings.messageTtlMillis() < 0) {
            throw GatewayException.invalidParameter("message_ttl", "must not be negative.");
        }
        if (settings.maxLength() != null && settings.maxLength() < 0) {
            throw GatewayException.invalidParameter("max_length", "must not be negative.");
        }
        if (settings.deadLetterRoutingKey() != null && settings.deadLetterExchange() == null) {
            throw GatewayException.invalidParameter("dead_letter_routing_key",
                    "needs a dead-letter exchange to route with.");
        }
        // Quorum queues are replicated and must survive restarts; the broker refuses them otherwise.
        if (settings.type() == QueueType.QUORUM
                && (!settings.durable() || settings.autoDelete() || settings.exclusive())) {
            throw GatewayException.invalidParameter("queue_type",
                    "quorum queues must be durable, and cannot be auto-delete or exclusive.");
        }
    }

    public List<AmqpQueue> list(Caller caller, String instanceId, String vhost) {
        return tx.inNewTransaction(() -> {
            Instance instance = scope.owned(caller, instanceId);
            scope.liveVirtualHost(instance.id(), vhost);
            return queues.listAll(instance.id(), vhost);
        });
    }

    /** The broker's message and consumer counts of a queue, or empty when the broker does not have it (yet). */
    public Optional<BrokerQueueState> brokerState(Caller caller, String instanceId, String vhost, String name) {
        Instance instance = liveQueueOwner(caller, instanceId, vhost, name);
        return drivers.amqp().describeQueue(instance.placement(), vhost, name);
    }

    public List<QueueConsumer> consumers(Caller caller, String instanceId, String vhost, String name) {
        Instance instance = liveQueueOwner(caller, instanceId, vhost, name);
        return drivers.amqp().listConsumers(instance.placement(), vhost, name);
    }

    /**
     * Deletes a queue. With {@link DeleteMode#IF_EMPTY} a queue that holds messages on the broker is refused with
     * INVALID_STATE (messages published between this check and the deletion go with the queue); with
     * {@link DeleteMode#FORCE} its messages are discarded.
     */
    public void delete(Caller caller, String instanceId, String vhost, String name, DeleteMode mode) {
        Instance instance = liveQueueOwner(caller, instanceId, vhost, name);
        if (mode == DeleteMode.IF_EMPTY) {
            long messages = drivers.amqp().describeQueue(instance.placement(), vhost, name)
                    .map(BrokerQueueState::messages).orElse(0L);
            if (messages > 0) {
                throw GatewayException.invalidState(ResourceType.QUEUE, name, "holds " + messages
                        + " messages; consume or purge them first, or delete the queue with force.");
            }
        }
        long jobId = tx.inNewTransaction(() -> {
            Instance running = scope.running(caller, instanceId);
            liveQueue(running.id(), vhost, name);
            queues.setStatus(running.id(), vhost, name, ResourceStatus.DELETING);
            return provisioning.enqueue(AmqpTopologyJobs.DELETE_QUEUE, running.id(), AmqpJobKeys.of(vhost, name));
        });
        provisioning.runNow(jobId);
    }

    private Instance liveQueueOwner(Caller caller, String instanceId, String vhost, String name) {
        return tx.inNewTransaction(() -> {
            Instance instance = scope.owned(caller, instanceId);
            liveQueue(instance.id(), vhost, name);
            return instance;
        });
    }

    private AmqpQueue liveQueue(String instanceId, String vhost, String name) {
        scope.liveVirtualHost(instanceId, vhost);
        return queues.find(instanceId, vhost, name)
                .filter(q -> q.status() != ResourceStatus.DELETING)
                .orElseThrow(() -> GatewayException.notFound(ResourceType.QUEUE, name));
    }
}
