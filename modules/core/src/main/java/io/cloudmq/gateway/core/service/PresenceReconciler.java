package io.cloudmq.gateway.core.service;

import io.cloudmq.gateway.core.model.Instance;
import io.cloudmq.gateway.core.model.ResourceStatus;
import io.cloudmq.gateway.core.port.storage.ProvisioningJobRepository;
import io.cloudmq.gateway.core.port.storage.Transactions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reconciles a family by presence: every object has a key (the resource name of its provisioning jobs), storage says
 * which keys should exist, one broker listing says which do. Objects with unfinished jobs are in flight, not drift.
 * Repairs are the family's own apply and delete jobs, so they are ordered, retried and crash-safe like any change.
 * Implementations are {@code @Singleton}s: they have no state a client proxy would need to guard.
 */
abstract class PresenceReconciler implements Reconciler {

    private final ProvisioningJobRepository jobs;
    private final ProvisioningService provisioning;
    private final Transactions tx;

    PresenceReconciler(ProvisioningJobRepository jobs, ProvisioningService provisioning, Transactions tx) {
        this.jobs = jobs;
        this.provisioning = provisioning;
        this.tx = tx;
    }

    /** The stored objects of the instance by key, with their status (read inside a transaction). */
    abstract Map<String, ResourceStatus> stored(Instance instance);

    /** The keys of the objects the broker holds for the instance (called outside any transaction). */
    abstract Set<String> onBroker(Instance instance);

    /** The job kind that creates an object again from its stored definition. */
    abstract String applyKind();

    /** The job kind that deletes an object the gateway does not know, or null when that cannot be done by key. */
    abstract String deleteUnknownKind();

    @Override
    public List<Drift> diff(Instance instance) {
        Set<String> broker = onBroker(instance);
        return tx.inNewTransaction(() -> {
            Map<String, ResourceStatus> desired = stored(instance);
            List<Drift> drifts = new ArrayList<>();
            for (Map.Entry<String, ResourceStatus> e : new java.util.TreeMap<>(desired).entrySet()) {
                if (e.getValue() != ResourceStatus.DELETING && !broker.contains(e.getKey())
                        && !jobs.hasPending(instance.id(), e.getKey())) {
                    drifts.add(new Drift(family(), e.getKey(), Drift.Kind.MISSING_ON_BROKER));
                }
            }
            for (String key : new TreeSet<>(broker)) {
                if (!desired.containsKey(key) && !jobs.hasPending(instance.id(), key)) {
                    drifts.add(new Drift(family(), key, Drift.Kind.UNKNOWN_TO_GATEWAY));
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
                    enqueued.add(provisioning.enqueue(applyKind(), instance.id(), drift.name()));
                } else if (removeUnknown && deleteUnknownKind() != null) {
                    // The delete job removes the broker object; its storage delete finds no row, which is fine.
                    enqueued.add(provisioning.enqueue(deleteUnknownKind(), instance.id(), drift.name()));
                }
            }
            return enqueued;
        });
    }
}
