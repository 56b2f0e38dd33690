package io.cloudmq.gateway.core.service;

import io.cloudmq.gateway.core.model.Instance;
import io.cloudmq.gateway.core.model.ResourceStatus;
import io.cloudmq.gateway.core.model.Topic;
import io.cloudmq.gateway.core.port.broker.TopicSpec;
import io.cloudmq.gateway.core.port.storage.ProvisioningJob;
import io.cloudmq.gateway.core.port.storage.TopicRepository;
import io.cloudmq.gateway.core.port.storage.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Set;

/** Topic jobs: apply the stored topic to the broker (then mark it ACTIVE); delete it from the broker, then the row. */
@ApplicationScoped
public class TopicJobs implements JobHandler {

    public static final String APPLY = "APPLY_TOPIC";
    public static final String DELETE = "DELETE_TOPIC";

    private final TopicRepository topics;
    private final BrokerDrivers drivers;
    private final Transactions tx;

    @Inject
    public TopicJobs(TopicRepository topics, BrokerDrivers drivers, Transactions tx) {
        this.topics = topics;
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
            drivers.topics().deleteTopic(instance.placement(), job.resourceName());
            tx.inNewTransaction(() -> topics.delete(instance.id(), job.resourceName()));
        }
    }

    private void apply(Instance instance, String name) {
        StoredObjects.apply(tx, () -> topics.find(instance.id(), name), Topic::status,
                t -> drivers.topics().applyTopic(instance.placement(), new TopicSpec(t.name(), t.messageType(),
                        t.readQueueNums(), t.writeQueueNums(), t.permission())),
                current -> topics.update(current.withStatus(ResourceStatus.ACTIVE)));
    }
}
