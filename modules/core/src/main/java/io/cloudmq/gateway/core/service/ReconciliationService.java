package io.cloudmq.gateway.core.service;

import io.cloudmq.gateway.core.error.ErrorKind;
import io.cloudmq.gateway.core.error.GatewayException;
import io.cloudmq.gateway.core.error.ResourceType;
import io.cloudmq.gateway.core.model.Instance;
import io.cloudmq.gateway.core.model.InstanceStatus;
import io.cloudmq.gateway.core.port.storage.InstanceRepository;
import io.cloudmq.gateway.core.port.storage.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;

/**
 * Desired state lives in PostgreSQL, actual state on the brokers; this service compares them (the drift report of the
 * operator admin API) and converges them. Converging creates what is missing on its own; removing objects that exist
 * only on the broker is destructive and happens only when an operator asks for it.
 */
@ApplicationScoped
public class ReconciliationService {

    private static final Logger LOG = Logger.getLogger(ReconciliationService.class);

    private final InstanceRepository instances;
    private final List<Reconciler> reconcilers = new ArrayList<>();
    private final ProvisioningService provisioning;
    private final Transactions tx;

    @Inject
    public ReconciliationService(InstanceRepository instances, jakarta.enterprise.inject.Instance<Reconciler> found,
                                 ProvisioningService provisioning, Transactions tx) {
        this.instances = instances;
        found.forEach(reconcilers::add);
        this.provisioning = provisioning;
        this.tx = tx;
    }

    /** Drift of every running instance, across tenants (an operator view). */
    public List<DriftReport> reportAll() {
        return runningInstances().stream().map(this::report).toList();
    }

    public DriftReport report(String instanceId) {
        return report(requireRunning(instanceId));
    }

    /** Enqueues and runs the repairs of one instance; returns the drift that was found. */
    public DriftReport repair(String instanceId, boolean removeUnknown) {
        Instance instance = requireRunning(instanceId);
        DriftReport report = report(instance);
        List<Long> jobIds = new ArrayList<>();
        for (Reconciler reconciler : applicable(instance)) {
            List<Drift> own = report.drifts().stream().filter(d -> d.family().equals(reconciler.family())).toList();
            if (!own.isEmpty()) {
                jobIds.addAll(reconciler.repair(instance, own, removeUnknown));
            }
        }
        jobIds.forEach(provisioning::runNow);
        return report;
    }

    /**
     * One round of automatic convergence: recreates missing objects of every running instance. Instances whose broker
     * is unreachable are skipped until the next round.
     */
    public int convergeAll() {
        int repairs = 0;
        for (Instance instance : runningInstances()) {
            DriftReport report = report(instance);
            if (report.unavailable() != null) {
                continue;
            }
            for (Reconciler reconciler : applicable(instance)) {
                List<Drift> missing = report.drifts().stream()
                        .filter(d -> d.family().equals(reconciler.family())
                                && d.kind() == Drift.Kind.MISSING_ON_BROKER)
                        .toList();
                if (!missing.isEmpty()) {
                    LOG.infof("Instance %s: recreating %d %s(s) missing on the broker: %s", instance.id(),
                            missing.size(), reconciler.family(), missing.stream().map(Drift::name).toList());
                    repairs += reconciler.repair(instance, missing, false).size();
                }
            }
        }
        if (repairs > 0) {
            provisioning.kick();
        }
        return repairs;
    }

    private DriftReport report(Instance instance) {
        List<Drift> drifts = new ArrayList<>();
        try {
            for (Reconciler reconciler : applicable(instance)) {
                drifts.addAll(reconciler.diff(instance));
            }
        } catch (GatewayException e) {
            if (e.kind() != ErrorKind.UNAVAILABLE) {
                throw e;
            }
            return new DriftReport(instance.id(), instance.clusterId(), List.of(), e.getMessage());
        }
        return new DriftReport(instance.id(), instance.clusterId(), drifts, null);
    }

    private List<Reconciler> applicable(Instance instance) {
        return reconcilers.stream().filter(r -> r.appliesTo(instance)).toList();
    }

    private List<Instance> runningInstances() {
        return tx.inNewTransaction(instances::listAll).stream()
                .filter(i -> i.status() == InstanceStatus.RUNNING)
                .toList();
    }

    private Instance requireRunning(String instanceId) {
        Instance instance = tx.inNewTransaction(() -> instances.findAnyTenant(instanceId))
                .orElseThrow(() -> GatewayException.notFound(ResourceType.INSTANCE, instanceId));
        if (instance.status() != InstanceStatus.RUNNING) {
            throw GatewayException.invalidState(ResourceType.INSTANCE, instanceId,
                    "is " + instance.status() + "; drift is reported for RUNNING instances only.");
        }
        return instance;
    }
}
