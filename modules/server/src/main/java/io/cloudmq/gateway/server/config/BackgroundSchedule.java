package io.cloudmq.gateway.server.config;

import io.cloudmq.gateway.core.service.ProvisioningService;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Drives the provisioning worker: every second it picks up due jobs, which covers jobs left behind by a crash (once
 * their lease expires) and retries after broker outages. New work is also started at once by the services themselves.
 */
@ApplicationScoped
public class ProvisioningSchedule {

    @Inject
    ProvisioningService provisioning;

    @Scheduled(every = "${gateway.provisioning.poll-interval:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        provisioning.runDueJobs();
    }
}
