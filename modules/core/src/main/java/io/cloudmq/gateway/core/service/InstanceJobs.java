package io.cloudmq.gateway.core.service;

import io.cloudmq.gateway.core.model.Instance;
import io.cloudmq.gateway.core.model.InstanceStatus;
import io.cloudmq.gateway.core.port.storage.InstanceRepository;
import io.cloudmq.gateway.core.port.storage.ProvisioningJob;
import io.cloudmq.gateway.core.port.storage.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Set;

/** Instance jobs: prepare the broker space and mark RUNNING; release the broker space, then drop the rows. */
@ApplicationScoped
public class InstanceJobs implements JobHandler {

    public static final String PREPARE = "PREPARE_INSTANCE";
    public static final String DELETE = "DELETE_INSTANCE";

    private final InstanceRepository instances;
    private final BrokerDrivers drivers;
    private final Transactions tx;

    @Inject
    public InstanceJobs(InstanceRepository instances, BrokerDrivers drivers, Transactions tx) {
        this.instances = instances;
        this.drivers = drivers;
        this.tx = tx;
    }

    @Override
    public Set<String> kinds() {
        return Set.of(PREPARE, DELETE);
    }

    @Override
    public void execute(Instance instance, ProvisioningJob job) {
        if (PREPARE.equals(job.kind())) {
            prepare(instance);
        } else {
            delete(instance);
        }
    }

    private void prepare(Instance instance) {
        if (instance.status() != InstanceStatus.CREATING) {
            return;
        }
        drivers.forEngine(instance.engine()).prepareInstance(instance.placement());
        tx.inNewTransaction(() -> instances.findAnyTenant(instance.id())
                .filter(current -> current.status() == InstanceStatus.CREATING)
                .ifPresent(current -> instances.update(current.withStatus(InstanceStatus.RUNNING))));
    }

    private void delete(Instance instance) {
        // Broker objects go first: if this crashes half way, the rows still say what to clean up next time. The rows of
        // the instance's topics, groups, users, ... go with the instance row (foreign keys cascade).
        drivers.forEngine(instance.engine()).releaseInstance(instance.placement());
        tx.inNewTransaction(() -> instances.delete(instance.id()));
    }
}
