package io.cloudmq.gateway.core.service;

import io.cloudmq.gateway.core.model.ConsumerGroup;
import io.cloudmq.gateway.core.model.Instance;
import io.cloudmq.gateway.core.model.ResourceStatus;
import io.cloudmq.gateway.core.port.broker.GroupSpec;
import io.cloudmq.gateway.core.port.storage.ConsumerGroupRepository;
import io.cloudmq.gateway.core.port.storage.ProvisioningJob;
import io.cloudmq.gateway.core.port.storage.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Set;

/** Group jobs: apply the stored group to the broker (then mark it ACTIVE); delete it from the broker, then the row. */
@ApplicationScoped
public class GroupJobs implements JobHandler {

    public static final String APPLY = "APPLY_GROUP";
    public static final String DELETE = "DELETE_GROUP";

    private final ConsumerGroupRepository groups;
    private final BrokerDrivers drivers;
    private final Transactions tx;

    @Inject
    public GroupJobs(ConsumerGroupRepository groups, BrokerDrivers drivers, Transactions tx) {
        this.groups = groups;
        this.drivers = drivers;
        this.tx = tx;
    }

    @Override
    public Set<String> kinds() {
        return Set.of(APPLY, DELETE);
    }

    @Override
    public void execute(Instance instance, ProvisioningJob job) {
        if (APPLY.equals(job.kind())) {
            apply(instance, job.resourceName());
        } else {
            drivers.groups().deleteGroup(instance.placement(), job.resourceName());
            tx.inNewTransaction(() -> groups.delete(instance.id(), job.resourceName()));
        }
    }

    private void apply(Instance instance, String name) {
        StoredObjects.apply(tx, () -> groups.find(instance.id(), name), ConsumerGroup::status,
                g -> drivers.groups().applyGroup(instance.placement(), new GroupSpec(g.name(), g.deliveryOrder(),
                        g.messageModel(), g.consumeEnabled(), g.maxRetryTimes())),
                current -> groups.update(current.withStatus(ResourceStatus.ACTIVE)));
    }
}
