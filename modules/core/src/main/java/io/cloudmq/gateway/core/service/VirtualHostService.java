package io.cloudmq.gateway.core.service;

import io.cloudmq.gateway.core.error.GatewayException;
import io.cloudmq.gateway.core.error.ResourceType;
import io.cloudmq.gateway.core.model.Caller;
import io.cloudmq.gateway.core.model.Instance;
import io.cloudmq.gateway.core.model.ResourceStatus;
import io.cloudmq.gateway.core.model.VirtualHost;
import io.cloudmq.gateway.core.port.broker.AmqpEndpoints;
import io.cloudmq.gateway.core.port.storage.AmqpQueueRepository;
import io.cloudmq.gateway.core.port.storage.ExchangeRepository;
import io.cloudmq.gateway.core.port.storage.InstanceRepository;
import io.cloudmq.gateway.core.port.storage.Transactions;
import io.cloudmq.gateway.core.port.storage.VirtualHostRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Virtual hosts of an AMQP instance. Like every AMQP service, mutations store the desired state and a job in one
 * transaction and then run the job at once, so the answer comes after the broker has the change; when the broker is
 * down the job stays queued and the object reports CREATING (or DELETING) until the broker confirms it.
 */
@ApplicationScoped
public class VirtualHostService {

    private final AmqpScope scope;
    private final VirtualHostRepository vhosts;
    private final ExchangeRepository exchanges;
    private final AmqpQueueRepository queues;
    private final ProvisioningService provisioning;
    private final BrokerDrivers drivers;
    private final Transactions tx;
    private final Clock clock;

    @Inject
    public VirtualHostService(InstanceRepository instances, VirtualHostRepository vhosts, ExchangeRepository exchanges,
                              AmqpQueueRepository queues, ProvisioningService provisioning, BrokerDrivers drivers,
                              Transactions tx, Clock clock) {
        this.scope = new AmqpScope(instances, vhosts);
        this.vhosts = vhosts;
        this.exchanges = exchanges;
        this.queues = queues;
        this.provisioning = provisioning;
        this.drivers = drivers;
        this.tx = tx;
        this.clock = clock;
    }

    public VirtualHost create(Caller caller, String instanceId, String name, String description) {
        AmqpScope.amqpName("virtual_host", name);
        Validation.maxLength("description", description, 1024);
        long jobId = tx.inNewTransaction(() -> {
            Instance instance = scope.running(caller, instanceId);
            if (vhosts.find(instance.id(), name).isPresent()) {
                throw GatewayException.alreadyExists(ResourceType.VIRTUAL_HOST, name);
            }
            Instant now = clock.instant();
            vhosts.insert(new VirtualHost(null, instance.id(), name, description, ResourceStatus.CREATING, now, now, 0));
            return provisioning.enqueue(AmqpTopologyJobs.APPLY_VHOST, instance.id(), AmqpJobKeys.of(name));
        });
        provisioning.runNow(jobId);
        return tx.inNewTransaction(() -> vhosts.find(instanceId, name)).orElseThrow();
    }

    public VirtualHost get(Caller caller, String instanceId, String name) {
        return tx.inNewTransaction(() -> scope.liveVirtualHost(scope.owned(caller, instanceId).id(), name));
    }

    public List<VirtualHost> list(Caller caller, String instanceId) {
        return tx.inNewTransaction(() -> vhosts.listAll(scope.owned(caller, instanceId).id()));
    }

    /**
     * Deletes a virtual host. With {@link DeleteMode#IF_EMPTY} a virtual host that still holds exchanges or queues
     * (stored, or on the broker) is refused with INVALID_STATE; with {@link DeleteMode#FORCE} it goes with all of them.
     */
    public void delete(Caller caller, String instanceId, String name, DeleteMode mode) {
        Instance instance = tx.inNewTransaction(() -> {
            Instance running = scope.running(caller, instanceId);
            scope.liveVirtualHost(running.id(), name);
            return running;
        });
        if (mode == DeleteMode.IF_EMPTY) {
            requireEmpty(instance, name);
        }
        long jobId = tx.inNewTransaction(() -> {
            VirtualHost current = scope.liveVirtualHost(instance.id(), name);
            vhosts.setStatus(instance.id(), current.name(), ResourceStatus.DELETING);
            return provisioning.enqueue(AmqpTopologyJobs.DELETE_VHOST, instance.id(), AmqpJobKeys.of(name));
        });
        provisioning.runNow(jobId);
    }

    /** Where clients connect and the broker-side name of each virtual host of the instance. */
    public AmqpEndpoints endpoints(Caller caller, String instanceId) {
        Instance instance = tx.inNewTransaction(() -> scope.owned(caller, instanceId));
        return drivers.amqp().endpoints(instance.placement());
    }

    private void requireEmpty(Instance instance, String name) {
        boolean storedContent = tx.inNewTransaction(() -> !exchanges.listAll(instance.id(), name).isEmpty()
                || !queues.listAll(instance.id(), name).isEmpty());
        if (storedContent || !drivers.amqp().listQueues(instance.placement(), name).isEmpty()) {
            throw GatewayException.invalidState(ResourceType.VIRTUAL_HOST, name,
                    "still holds exchanges or queues; delete them first, or delete the virtual host with force.");
        }
    }
}
