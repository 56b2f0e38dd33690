package io.cloudmq.gateway.server.config;

import io.cloudmq.gateway.core.service.ProvisioningService;
import io.cloudmq.gateway.core.service.ReconciliationService;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Drives the background work. Every second the provisioning worker picks up due jobs, which covers jobs left behind by
 * a crash (once their lease expires) and retries after broker outages; new work is also started at once by the
 * services themselves. Every minute (by default) reconciliation recreates objects that went missing on a broker.
 */
@ApplicationScoped
public class BackgroundSchedule {

    @Inject
    ProvisioningService provisioning;

    @Inject
    ReconciliationService reconciliation;

    @Scheduled(every = "${gateway.provisioning.poll-interval:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        provisioning.runDueJobs();
    }

    @Scheduled(every = "${gateway.reconcile.interval:60s}", delayed = "${gateway.reconcile.interval:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void reconcile() {
        reconciliation.convergeAll();
    }
}
