package io.cloudmq.gateway.core.service;

import io.cloudmq.gateway.core.model.Engine;
import io.cloudmq.gateway.core.model.Instance;
import io.cloudmq.gateway.core.model.ResourceStatus;
import io.cloudmq.gateway.core.model.Topic;
import io.cloudmq.gateway.core.port.storage.ProvisioningJobRepository;
import io.cloudmq.gateway.core.port.storage.TopicRepository;
import io.cloudmq.gateway.core.port.storage.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Topics: presence on the broker against the stored topics, in two calls per instance whatever the number of topics
 * (one listing of the namespace, one read of storage).
 */
@ApplicationScoped
public class TopicReconciler implements Reconciler {

    private final TopicRepository topics;
    private final ProvisioningJobRepository jobs;
    private final ProvisioningService provisioning;
    private final BrokerDrivers drivers;
    private final Transactions tx;

    @Inject
    public TopicReconciler(TopicRepository topics, ProvisioningJobRepository jobs, ProvisioningService provisioning,
                           BrokerDrivers drivers, Transactions tx) {
        this.topics = topics;
        this.jobs = jobs;
        this.provisioning = provisioning;
        this.drivers = drivers;
        this.tx = tx;
    }

    @Override
    public String family() {
        return "topic";
    }

    @Override
    public boolean appliesTo(Instance instance) {
        return instance.engine() == Engine.ROCKETMQ;
    }

    @Override
    public List<Drift> diff(Instance instance) {
        Set<String> onBroker = drivers.topics().listTopics(instance.placement());
        return tx.inNewTransaction(() -> {
            Set<String> stored = new HashSet<>();
            List<Drift> drifts = new ArrayList<>();
            for (Topic topic : topics.listAll(instance.id())) {
                stored.add(topic.name());
                boolean inFlight = jobs.hasPending(instance.id(), topic.name());
                if (!inFlight && topic.status() != ResourceStatus.DELETING && !onBroker.contains(topic.name())) {
                    drifts.add(new Drift(family(), topic.name(), Drift.Kind.MISSING_ON_BROKER));
                }
            }
            for (String name : new TreeSet<>(onBroker)) {
                if (!stored.contains(name) && !jobs.hasPending(instance.id(), name)) {
                    drifts.add(new Drift(family(), name, Drift.Kind.UNKNOWN_TO_GATEWAY));
                }
            }
            return drifts;
        });
    }

    @Override
    public List<Long> repair(Instance instance, List<Drift> drifts, boolean removeUnknown) {
        return tx.inNewTransaction(() -> {
            List<Long> enqueued = new ArrayList<>();
            for (Drift drift : drifts) {
                if (jobs.hasPending(instance.id(), drift.name())) {
                    continue;
                }
                if (drift.kind() == Drift.Kind.MISSING_ON_BROKER) {
                    enqueued.add(provisioning.enqueue(TopicJobs.APPLY, instance.id(), drift.name()));
                } else if (removeUnknown) {
                    // The delete job removes the broker topic; its storage delete finds no row, which is fine.
                    enqueued.add(provisioning.enqueue(TopicJobs.DELETE, instance.id(), drift.name()));
                }
            }
            return enqueued;
        });
    }
}
