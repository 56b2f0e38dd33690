package io.cloudmq.gateway.server.health;

import io.cloudmq.gateway.core.port.broker.TopicBrokerDriver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports each configured RocketMQ cluster in the readiness details. A broker outage is shown, but does not make the
 * gateway unready: it still serves reads and queues broker work until the broker returns.
 */
@Readiness
@ApplicationScoped
public class BrokerClustersHealthCheck implements HealthCheck {

    @Inject
    TopicBrokerDriver rocketmq;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("broker-clusters").up();
        for (String cluster : rocketmq.clusterIds()) {
            response.withData("rocketmq/" + cluster, rocketmq.isReachable(cluster) ? "UP" : "DOWN");
        }
        return response.build();
    }
}
