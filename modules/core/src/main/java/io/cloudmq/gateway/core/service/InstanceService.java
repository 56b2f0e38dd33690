package io.cloudmq.gateway.core.service;

import io.cloudmq.gateway.core.error.ErrorKind;
import io.cloudmq.gateway.core.error.GatewayException;
import io.cloudmq.gateway.core.error.ResourceType;
import io.cloudmq.gateway.core.model.Caller;
import io.cloudmq.gateway.core.model.Instance;
import io.cloudmq.gateway.core.model.InstanceStatus;
import io.cloudmq.gateway.core.model.Page;
import io.cloudmq.gateway.core.port.broker.InstanceEndpoints;
import io.cloudmq.gateway.core.port.storage.InstanceQuery;
import io.cloudmq.gateway.core.port.storage.InstanceRepository;
import io.cloudmq.gateway.core.port.storage.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Instance life cycle. Creation stores the instance as CREATING with a provisioning job in one transaction and returns
 * at once; the worker makes it RUNNING when its broker namespace is ready. Deletion marks it DELETING; the worker
 * removes the broker objects and then the rows.
 */
@ApplicationScoped
public class InstanceService {

    private final InstanceRepository instances;
    private final ProvisioningService provisioning;
    private final BrokerDrivers drivers;
    private final Transactions tx;
    private final Clock clock;

    @Inject
    public InstanceService(InstanceRepository instances, ProvisioningService provisioning, BrokerDrivers drivers,
                           Transactions tx, Clock clock) {
        this.instances = instances;
        this.provisioning = provisioning;
        this.drivers = drivers;
        this.tx = tx;
        this.clock = clock;
    }

    public Instance create(Caller caller, CreateInstanceCommand cmd) {
        Validation.name("name", cmd.name(), 1, 128);
        Validation.maxLength("description", cmd.description(), 1024);
        // Placement is decided before the transaction: it asks the driver, and an engine without a driver must fail
        // before anything is stored.
        String clusterId = drivers.forEngine(cmd.engine()).clusterIds().get(0);
        Instance created;
        try {
            created = tx.inNewTransaction(() -> insert(caller, cmd, clusterId));
        } catch (GatewayException e) {
            // Two concurrent creations with one client token: the loser answers with the winner's instance.
            if (e.kind() == ErrorKind.ALREADY_EXISTS && cmd.clientToken() != null) {
                created = tx.inNewTransaction(() -> instances.findByClientToken(caller.tenantId(), cmd.clientToken()))
                        .orElseThrow(() -> e);
            } else {
                throw e;
            }
        }
        provisioning.kick();
        return created;
    }

    private Instance insert(Caller caller, CreateInstanceCommand cmd, String clusterId) {
        if (cmd.clientToken() != null) {
            Optional<Instance> previous = instances.findByClientToken(caller.tenantId(), cmd.clientToken());
            if (previous.isPresent()) {
                return previous.get();
            }
        }
        if (cmd.uniqueName() && instances.nameTaken(caller.tenantId(), caller.projectId(), cmd.name())) {
            throw GatewayException.alreadyExists(ResourceType.INSTANCE, cmd.name());
        }
        Instant now = clock.instant();
        Instance instance = new Instance(cmd.id(), caller.tenantId(), caller.projectId(), caller.region(), cmd.engine(),
                cmd.engineVersion(), cmd.name(), cmd.description(), cmd.specification(), InstanceStatus.CREATING,
                cmd.dialect(), cmd.clientToken(), clusterId, namespaceFor(cmd.id()), cmd.attributes(), now, now, 0);
        instances.insert(instance);
        provisioning.enqueue(InstanceJobs.PREPARE, instance.id(), null);
        return instance;
    }

    /** The broker namespace of an instance: its id, restricted to characters every broker accepts in names. */
    static String namespaceFor(String instanceId) {
        return instanceId.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    public Instance get(Caller caller, String instanceId) {
        return tx.inNewTransaction(() -> findOwned(caller, instanceId));
    }

    public Page<Instance> search(InstanceQuery query) {
        return tx.inNewTransaction(() -> instances.search(query));
    }

    /** Changes name, description and dialect attributes; {@code uniqueName} as on creation. */
    public Instance update(Caller caller, String instanceId, String name, String description,
                           Map<String, String> attributes, boolean uniqueName) {
        Validation.name("name", name, 1, 128);
        Validation.maxLength("description", description, 1024);
        return tx.inNewTransaction(() -> {
            Instance current = findOwned(caller, instanceId);
            requireStatus(current, InstanceStatus.RUNNING, "cannot be modified in status " + current.status() + ".");
            if (uniqueName && !current.name().equals(name)
                    && instances.nameTaken(caller.tenantId(), caller.projectId(), name)) {
                throw GatewayException.alreadyExists(ResourceType.INSTANCE, name);
            }
            Instance updated = current.withDetails(name, description, attributes);
            instances.update(updated);
            return updated;
        });
    }

    /**
     * Starts deleting an instance. Deleting one that is already being deleted is a no-op; one that is still being
     * created cannot be deleted until its creation finished or failed.
     */
    public void delete(Caller caller, String instanceId) {
        tx.inNewTransaction(() -> {
            Instance current = findOwned(caller, instanceId);
            if (current.status() == InstanceStatus.DELETING) {
                return;
            }
            if (current.status() == InstanceStatus.CREATING) {
                throw GatewayException.invalidState(ResourceType.INSTANCE, instanceId,
                        "is still being created and cannot be deleted yet.");
            }
            instances.update(current.withStatus(InstanceStatus.DELETING));
            provisioning.enqueue(InstanceJobs.DELETE, instanceId, null);
        });
        provisioning.kick();
    }

    public InstanceEndpoints endpoints(Instance instance) {
        return drivers.topics().endpoints(instance.placement());
    }

    public List<String> brokerNames(Instance instance) {
        return drivers.topics().brokerNames(instance.placement());
    }

    private Instance findOwned(Caller caller, String instanceId) {
        return new InstanceLookup(instances).owned(caller, instanceId);
    }

    static void requireStatus(Instance instance, InstanceStatus expected, String reason) {
        if (instance.status() != expected) {
            throw GatewayException.invalidState(ResourceType.INSTANCE, instance.id(), reason);
        }
    }
}
