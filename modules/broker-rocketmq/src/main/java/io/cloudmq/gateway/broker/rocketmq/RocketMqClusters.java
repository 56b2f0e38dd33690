package io.cloudmq.gateway.broker.rocketmq;

import io.cloudmq.gateway.core.error.GatewayException;
import io.cloudmq.gateway.core.error.ResourceType;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.rocketmq.acl.common.AclClientRPCHook;
import org.apache.rocketmq.acl.common.SessionCredentials;
import org.apache.rocketmq.client.exception.MQClientException;
import org.apache.rocketmq.common.MixAll;
import org.apache.rocketmq.remoting.RPCHook;
import org.apache.rocketmq.remoting.protocol.body.ClusterInfo;
import org.apache.rocketmq.remoting.protocol.route.BrokerData;
import org.apache.rocketmq.tools.admin.DefaultMQAdminExt;
import org.jboss.logging.Logger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The RocketMQ clusters this gateway manages and one admin client per cluster, shared by every capability of the driver
 * (topics, groups, users, messages, consumer state). All broker calls go through {@link #call}, which turns any failure
 * into a {@link GatewayException} of kind UNAVAILABLE about the cluster; so does an unknown cluster id.
 */
@ApplicationScoped
@Startup
public class RocketMqClusters implements AutoCloseable {

    static final long ADMIN_TIMEOUT_MILLIS = 5_000;
    private static final Logger LOG = Logger.getLogger(RocketMqClusters.class);
    private static final AtomicLong ADMIN_SEQUENCE = new AtomicLong();

    private final Map<String, ClusterTarget> clusters = new LinkedHashMap<>();
    private final Map<String, DefaultMQAdminExt> admins = new ConcurrentHashMap<>();
    private volatile boolean closed;

    @Inject
    public RocketMqClusters(RocketMqConfig config) {
        this(ClusterTarget.fromConfig(config));
    }

    /** For use without CDI; the first cluster is the preferred one. */
    public RocketMqClusters(List<ClusterTarget> clusters) {
        if (clusters.isEmpty()) {
            throw new IllegalArgumentException("At least one RocketMQ cluster is required");
        }
        for (ClusterTarget c : clusters) {
            if (this.clusters.putIfAbsent(c.id(), c) != null) {
                throw new IllegalArgumentException("Duplicate RocketMQ cluster id '" + c.id() + "'");
            }
        }
        LOG.infof("RocketMQ clusters: %s", this.clusters.values());
    }

    public List<String> ids() {
        return List.copyOf(clusters.keySet());
    }

    public ClusterTarget cluster(String clusterId) {
        ClusterTarget c = clusterId == null ? null : clusters.get(clusterId);
        if (c == null) {
            throw GatewayException.unavailable(ResourceType.CLUSTER, clusterId,
                    "RocketMQ cluster '" + clusterId + "' is not configured in this gateway (configured: "
                            + clusters.keySet() + ").", null);
        }
        return c;
    }

    @FunctionalInterface
    public interface AdminCall<T> {
        T apply(DefaultMQAdminExt admin) throws Exception;
    }

    /** Runs {@code call} with the cluster's admin client; {@code action} completes "failed to …" in error messages. */
    public <T> T call(ClusterTarget c, String action, AdminCall<T> call) {
        DefaultMQAdminExt admin = admin(c);
        try {
            return call.apply(admin);
        } catch (GatewayException e) {
            throw e;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw GatewayException.unavailable(ResourceType.CLUSTER, c.id(),
                    "RocketMQ cluster '" + c.id() + "' failed to " + action + ": " + e.getMessage(), e);
        }
    }

    public ClusterInfo clusterInfo(ClusterTarget c) {
        return call(c, "read the cluster information", DefaultMQAdminExt::examineBrokerClusterInfo);
    }

    /** Master address by broker name (sorted) of every broker of the cluster; fails unless every broker has one. */
    public Map<String, String> masters(ClusterTarget c) {
        ClusterInfo info = clusterInfo(c);
        Set<String> names = info.getClusterAddrTable().get(c.clusterName());
        if (names == null || names.isEmpty()) {
            throw GatewayException.unavailable(ResourceType.CLUSTER, c.id(), "RocketMQ cluster '" + c.id()
                    + "' has no broker registered in broker cluster '" + c.clusterName() + "'.", null);
        }
        Map<String, String> masters = new LinkedHashMap<>();
        for (String name : new TreeSet<>(names)) {
            BrokerData broker = info.getBrokerAddrTable().get(name);
            String master = broker == null ? null : broker.getBrokerAddrs().get(MixAll.MASTER_ID);
            if (master == null) {
                throw GatewayException.unavailable(ResourceType.CLUSTER, c.id(), "RocketMQ cluster '" + c.id()
                        + "': broker " + name + " has no master.", null);
            }
            masters.put(name, master);
        }
        return masters;
    }

    DefaultMQAdminExt admin(ClusterTarget c) {
        if (closed) {
            throw new IllegalStateException("The RocketMQ driver is closed");
        }
        return admins.computeIfAbsent(c.id(), id -> startAdmin(c));
    }

    @PreDestroy
    @Override
    public void close() {
        closed = true;
        admins.values().forEach(DefaultMQAdminExt::shutdown);
        admins.clear();
    }

    private static DefaultMQAdminExt startAdmin(ClusterTarget c) {
        RPCHook hook = c.accessKey() == null ? null
                : new AclClientRPCHook(new SessionCredentials(c.accessKey(), c.secretKey()));
        DefaultMQAdminExt admin = new DefaultMQAdminExt(hook, ADMIN_TIMEOUT_MILLIS);
        admin.setNamesrvAddr(String.join(";", c.namesrvAddresses()));
        // The client id is ip@instanceName; admin clients sharing one would share (and shut down) one client instance.
        admin.setInstanceName("cloudmq-gateway-" + c.id() + "-" + ProcessHandle.current().pid() + "-"
                + ADMIN_SEQUENCE.incrementAndGet());
        try {
            admin.start();
        } catch (MQClientException e) {
            throw GatewayException.unavailable(ResourceType.CLUSTER, c.id(),
                    "RocketMQ cluster '" + c.id() + "': the admin client did not start: " + e.getMessage(), e);
        }
        return admin;
    }
}
