package io.cloudmq.gateway.broker.rabbitmq;

import com.rabbitmq.http.client.Client;
import com.rabbitmq.http.client.ClientParameters;
import com.rabbitmq.http.client.HttpClientException;
import io.cloudmq.gateway.core.error.ErrorKind;
import io.cloudmq.gateway.core.error.GatewayException;
import io.cloudmq.gateway.core.error.ResourceType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The RabbitMQ clusters this gateway manages and one management API client per cluster. All broker calls go through
 * {@link #call}: a broker that cannot be reached or fails (5xx) is a {@link GatewayException} of kind UNAVAILABLE (the
 * provisioning worker retries), a request the broker refuses (4xx) is a CONFLICT carrying the broker's reason.
 */
@ApplicationScoped
public class RabbitMqClusters {

    private static final Logger LOG = Logger.getLogger(RabbitMqClusters.class);
    private static final int NOT_FOUND = 404;

    private final Map<String, Cluster> clusters = new TreeMap<>();

    record Cluster(String id, Client client, String amqpEndpoint) {
    }

    @Inject
    public RabbitMqClusters(RabbitMqConfig config) {
        config.clusters().forEach((id, c) -> clusters.put(id, new Cluster(id,
                client(c.managementUrl(), c.username(), c.password()), c.amqpEndpoint())));
        if (!clusters.isEmpty()) {
            LOG.infof("RabbitMQ clusters: %s", clusters.keySet());
        }
    }

    private static Client client(String managementUrl, String username, String password) {
        String apiUrl = managementUrl.replaceAll("/+$", "") + "/api/";
        try {
            return new Client(new ClientParameters().url(apiUrl).username(username).password(password));
        } catch (MalformedURLException | URISyntaxException e) {
            throw new IllegalArgumentException("Invalid RabbitMQ management URL '" + managementUrl + "'", e);
        }
    }

    public List<String> ids() {
        return List.copyOf(clusters.keySet());
    }

    Cluster cluster(String clusterId) {
        Cluster c = clusterId == null ? null : clusters.get(clusterId);
        if (c == null) {
            throw GatewayException.unavailable(ResourceType.CLUSTER, clusterId, "RabbitMQ cluster '" + clusterId
                    + "' is not configured in this gateway (configured: " + clusters.keySet() + ").", null);
        }
        return c;
    }

    /** Runs one management API call against a cluster, translating failures (see the class comment). */
    <T> T call(String clusterId, Function<Client, T> work) {
        Cluster c = cluster(clusterId);
        try {
            return work.apply(c.client());
        } catch (GatewayException e) {
            throw e;
        } catch (HttpClientException e) {
            if (e.status() >= 500) {
                throw unavailable(clusterId, e);
            }
            throw new GatewayException(ErrorKind.CONFLICT, ResourceType.CLUSTER, clusterId, null,
                    "RabbitMQ cluster '" + clusterId + "' refused the request (" + e.status() + "): " + e.reason(), e);
        } catch (RuntimeException e) {
            throw unavailable(clusterId, e);
        }
    }

    /** Like {@link #call} for a deletion: an object that is already gone counts as deleted. */
    void delete(String clusterId, Consumer<Client> work) {
        call(clusterId, client -> {
            try {
                work.accept(client);
            } catch (HttpClientException e) {
                if (e.status() != NOT_FOUND) {
                    throw e;
                }
            }
            return null;
        });
    }

    private static GatewayException unavailable(String clusterId, RuntimeException e) {
        return GatewayException.unavailable(ResourceType.CLUSTER, clusterId,
                "RabbitMQ cluster '" + clusterId + "' is unavailable: " + e.getMessage(), e);
    }
}
