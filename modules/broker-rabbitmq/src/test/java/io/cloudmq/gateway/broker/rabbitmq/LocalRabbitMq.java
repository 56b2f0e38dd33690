package io.cloudmq.gateway.broker.rabbitmq;

import com.rabbitmq.http.client.Client;
import com.rabbitmq.http.client.ClientParameters;

import java.util.Map;

/**
 * The RabbitMQ the tests run against: the local node that .ci/run starts (management API on 15672, guest/guest), or
 * another one given with -Dtest.rabbitmq.management-url. Tests assert on RabbitMQ's own view through {@link #hop()}.
 */
final class LocalRabbitMq {

    static final String CLUSTER = "local";
    static final String MANAGEMENT_URL = System.getProperty("test.rabbitmq.management-url", "http://127.0.0.1:15672");

    private LocalRabbitMq() {
    }

    static RabbitMqConfig config() {
        RabbitMqConfig.ClusterConfig cluster = new RabbitMqConfig.ClusterConfig() {
            @Override
            public String managementUrl() {
                return MANAGEMENT_URL;
            }

            @Override
            public String username() {
                return "guest";
            }

            @Override
            public String password() {
                return "guest";
            }

            @Override
            public String amqpEndpoint() {
                return "127.0.0.1:5672";
            }
        };
        return () -> Map.of(CLUSTER, cluster);
    }

    static Client hop() {
        try {
            return new Client(new ClientParameters().url(MANAGEMENT_URL + "/api/").username("guest").password("guest"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
