package io.cloudmq.gateway.server.health;

import io.cloudmq.gateway.core.port.broker.BrokerDriver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports each configured broker cluster (per engine) in the readiness details. A broker outage is shown, but does not make the
 * gateway unready: it still serves reads and queues broker work until the broker returns.
 */
@Readiness
@ApplicationScoped
public class BrokerClustersHealthCheck implements HealthCheck {

    @Inject
    @Any
    Instance<BrokerDriver> drivers;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("broker-clusters").up();
        for (BrokerDriver driver : drivers) {
            String engine = driver.engine().name().toLowerCase();
            for (String cluster : driver.clusterIds()) {
                response.withData(engine + "/" + cluster, driver.isReachable(cluster) ? "UP" : "DOWN");
            }
        }
        return response.build();
    }
}
