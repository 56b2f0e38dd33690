package io.cloudmq.gateway.broker.rocketmq;

import io.cloudmq.gateway.core.error.GatewayException;
import io.cloudmq.gateway.core.error.ResourceType;
import io.cloudmq.gateway.core.model.BrokerPlacement;
import io.cloudmq.gateway.core.model.MessageType;
import io.cloudmq.gateway.core.model.TopicPermission;
import io.cloudmq.gateway.core.port.broker.BrokerTopicState;
import io.cloudmq.gateway.core.port.broker.InstanceEndpoints;
import io.cloudmq.gateway.core.port.broker.TopicBrokerDriver;
import io.cloudmq.gateway.core.port.broker.TopicSpec;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.rocketmq.acl.common.AclClientRPCHook;
import org.apache.rocketmq.acl.common.SessionCredentials;
import org.apache.rocketmq.client.exception.MQBrokerException;
import org.apache.rocketmq.client.exception.MQClientException;
import org.apache.rocketmq.common.MixAll;
import org.apache.rocketmq.common.TopicAttributes;
import org.apache.rocketmq.common.TopicConfig;
import org.apache.rocketmq.common.constant.PermName;
import org.apache.rocketmq.common.topic.TopicValidator;
import org.apache.rocketmq.remoting.RPCHook;
import org.apache.rocketmq.remoting.protocol.ResponseCode;
import org.apache.rocketmq.remoting.protocol.body.ClusterInfo;
import org.apache.rocketmq.remoting.protocol.route.BrokerData;
import org.apache.rocketmq.remoting.protocol.route.QueueData;
import org.apache.rocketmq.remoting.protocol.route.TopicRouteData;
import org.apache.rocketmq.tools.admin.DefaultMQAdminExt;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@link TopicBrokerDriver} on Apache RocketMQ 5.x through the remoting admin client ({@code DefaultMQAdminExt}).
 *
 * <p>Isolation: the broker-side name of tenant topic {@code T} in placement namespace {@code N} is {@code N%T}, the
 * RocketMQ 5 namespace convention, so clients that set namespace {@code N} use the logical names. RocketMQ 5 has no
 * broker-side namespace object: a namespace exists through the names carrying its prefix, so
 * {@link #prepareInstance} only checks that the cluster can take topics.
 *
 * <p>Queue numbers are per broker, as in RocketMQ itself: every master broker of the cluster gets the requested read and
 * write queue numbers, so a topic on a two-broker cluster has twice as many queues in total.
 *
 * <p>Every failure to reach or use the cluster is a {@link GatewayException} of kind UNAVAILABLE about the
 * {@link ResourceType#CLUSTER}; so is an unknown cluster id.
 */
@ApplicationScoped
@Startup
public class RocketMqTopicBrokerDriver implements TopicBrokerDriver, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RocketMqTopicBrokerDriver.class);
    private static final long ADMIN_TIMEOUT_MILLIS = 5_000;
    private static final long REACHABILITY_TIMEOUT_MILLIS = 3_000;
    private static final char NAMESPACE_SEPARATOR = '%';
    private static final Pattern NAMESPACE = Pattern.compile("[A-Za-z0-9_-]+");
    private static final String MESSAGE_TYPE_ATTRIBUTE = TopicAttributes.TOPIC_MESSAGE_TYPE_ATTRIBUTE.getName();
    private static final AtomicLong ADMIN_SEQUENCE = new AtomicLong();

    private final Map<String, ClusterTarget> clusters = new LinkedHashMap<>();
    private final Map<String, DefaultMQAdminExt> admins = new ConcurrentHashMap<>();
    private volatile boolean closed;

    @Inject
    public RocketMqTopicBrokerDriver(RocketMqConfig config) {
        this(ClusterTarget.fromConfig(config));
    }

    /** For use without CDI; the first cluster is the preferred one. */
    public RocketMqTopicBrokerDriver(List<ClusterTarget> clusters) {
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

    @Override
    public List<String> clusterIds() {
        return List.copyOf(clusters.keySet());
    }

    @Override
    public boolean isReachable(String clusterId) {
        ClusterTarget c = cluster(clusterId);
        try {
            ClusterInfo info = admin(c).getDefaultMQAdminExtImpl().getMqClientInstance().getMQClientAPIImpl()
                    .getBrokerClusterInfo(REACHABILITY_TIMEOUT_MILLIS);
            Set<String> brokers = info.getClusterAddrTable().get(c.clusterName());
            return brokers != null && !brokers.isEmpty();
        } catch (GatewayException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            LOG.debugf(e, "RocketMQ cluster '%s' is not reachable", clusterId);
            return false;
        }
    }

    @Override
    public void prepareInstance(BrokerPlacement placement) {
        ClusterTarget c = cluster(placement.clusterId());
        namespacePrefix(placement);
        masters(c);
    }

    @Override
    public void releaseInstance(BrokerPlacement placement) {
        ClusterTarget c = cluster(placement.clusterId());
        String prefix = namespacePrefix(placement);
        String retryPrefix = MixAll.RETRY_GROUP_TOPIC_PREFIX + prefix;
        String dlqPrefix = MixAll.DLQ_GROUP_TOPIC_PREFIX + prefix;
        Map<String, String> masters = masters(c);
        Set<String> masterAddresses = new HashSet<>(masters.values());

        call(c, "release namespace " + placement.namespace(), admin -> {
            Set<String> topics = new TreeSet<>();
            topics.addAll(admin.fetchTopicsByCLuster(c.clusterName()).getTopicList());
            for (String address : masterAddresses) {
                topics.addAll(admin.getAllTopicConfig(address, ADMIN_TIMEOUT_MILLIS).getTopicConfigTable().keySet());
            }
            topics.removeIf(t -> !t.startsWith(prefix) && !t.startsWith(retryPrefix) && !t.startsWith(dlqPrefix));
            for (String topic : topics) {
                deletePhysicalTopic(admin, c, masterAddresses, topic);
            }
            int groups = 0;
            for (String address : masterAddresses) {
                for (String group : admin.getAllSubscriptionGroup(address, ADMIN_TIMEOUT_MILLIS)
                        .getSubscriptionGroupTable().keySet()) {
                    if (group.startsWith(prefix)) {
                        admin.deleteSubscriptionGroup(address, group, true);
                        groups++;
                    }
                }
            }
            LOG.infof("Released namespace %s on RocketMQ cluster '%s': %d topics, %d subscription groups",
                    placement.namespace(), c.id(), topics.size(), groups);
            return null;
        });
    }

    @Override
    public void applyTopic(BrokerPlacement placement, TopicSpec topic) {
        ClusterTarget c = cluster(placement.clusterId());
        String physical = physicalTopic(placement, topic.name());
        TopicConfig config = new TopicConfig(physical, topic.readQueueNums(), topic.writeQueueNums(),
                perm(topic.permission()));
        config.setOrder(topic.messageType() == MessageType.FIFO);
        // "+" adds or updates the attribute; the broker stores it without the sign.
        config.setAttributes(Map.of("+" + MESSAGE_TYPE_ATTRIBUTE, topic.messageType().name()));
        Map<String, String> masters = masters(c);
        call(c, "create or update topic " + physical, admin -> {
            for (String address : masters.values()) {
                admin.createAndUpdateTopicConfig(address, config);
            }
            return null;
        });
        LOG.debugf("Applied topic %s on RocketMQ cluster '%s' brokers %s", physical, c.id(), masters.keySet());
    }

    @Override
    public void deleteTopic(BrokerPlacement placement, String topicName) {
        ClusterTarget c = cluster(placement.clusterId());
        String physical = physicalTopic(placement, topicName);
        Set<String> masterAddresses = new HashSet<>(masters(c).values());
        call(c, "delete topic " + physical, admin -> {
            deletePhysicalTopic(admin, c, masterAddresses, physical);
            return null;
        });
    }

    @Override
    public Optional<BrokerTopicState> describeTopic(BrokerPlacement placement, String topicName) {
        ClusterTarget c = cluster(placement.clusterId());
        String physical = physicalTopic(placement, topicName);
        return call(c, "describe topic " + physical, admin -> {
            TopicRouteData route;
            try {
                route = admin.examineTopicRouteInfo(physical);
            } catch (MQClientException e) {
                if (e.getResponseCode() == ResponseCode.TOPIC_NOT_EXIST) {
                    return Optional.empty();
                }
                throw e;
            }
            Map<String, BrokerData> brokers = route.getBrokerDatas().stream()
                    .filter(b -> c.clusterName().equals(b.getCluster()))
                    .collect(Collectors.toMap(BrokerData::getBrokerName, Function.identity(), (a, b) -> a));
            List<QueueData> queues = route.getQueueDatas().stream()
                    .filter(q -> brokers.containsKey(q.getBrokerName()))
                    .sorted(Comparator.comparing(QueueData::getBrokerName))
                    .toList();
            if (queues.isEmpty()) {
                return Optional.empty();
            }
            Optional<MessageType> messageType = messageType(admin, physical, queues, brokers);
            if (messageType.isEmpty()) {
                return Optional.empty();
            }
            int commonPerm = queues.stream().mapToInt(QueueData::getPerm).reduce(~0, (a, b) -> a & b);
            return Optional.of(new BrokerTopicState(topicName,
                    queues.stream().map(q -> new BrokerTopicState.BrokerQueues(q.getBrokerName(),
                            q.getReadQueueNums(), q.getWriteQueueNums())).toList(),
                    permission(commonPerm), messageType.get()));
        });
    }

    @Override
    public Set<String> listTopics(BrokerPlacement placement) {
        ClusterTarget c = cluster(placement.clusterId());
        String prefix = namespacePrefix(placement);
        return call(c, "list topics", admin -> admin.fetchTopicsByCLuster(c.clusterName()).getTopicList().stream()
                .filter(t -> t.startsWith(prefix))
                .map(t -> t.substring(prefix.length()))
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    @Override
    public List<String> brokerNames(BrokerPlacement placement) {
        ClusterTarget c = cluster(placement.clusterId());
        Set<String> names = clusterInfo(c).getClusterAddrTable().get(c.clusterName());
        return names == null ? List.of() : names.stream().sorted().toList();
    }

    @Override
    public InstanceEndpoints endpoints(BrokerPlacement placement) {
        ClusterTarget c = cluster(placement.clusterId());
        ClusterInfo info = clusterInfo(c);
        List<String> brokerAddresses = new ArrayList<>();
        for (String name : new TreeSet<>(info.getClusterAddrTable().getOrDefault(c.clusterName(), Set.of()))) {
            BrokerData broker = info.getBrokerAddrTable().get(name);
            String master = broker == null ? null : broker.getBrokerAddrs().get(MixAll.MASTER_ID);
            if (master != null) {
                brokerAddresses.add(master);
            }
        }
        return new InstanceEndpoints(c.namesrvAddresses(), c.grpcEndpoint(), brokerAddresses, placement.namespace());
    }

    @PreDestroy
    @Override
    public void close() {
        closed = true;
        admins.values().forEach(DefaultMQAdminExt::shutdown);
        admins.clear();
    }

    /** Broker first: a NameServer route removed before the broker's would come back with its next registration. */
    private static void deletePhysicalTopic(DefaultMQAdminExt admin, ClusterTarget c, Set<String> masterAddresses,
                                            String physical) throws Exception {
        admin.deleteTopicInBroker(masterAddresses, physical);
        admin.deleteTopicInNameServer(new HashSet<>(c.namesrvAddresses()), c.clusterName(), physical);
    }

    /** Empty when the topic vanished between the route lookup and this call. */
    private static Optional<MessageType> messageType(DefaultMQAdminExt admin, String physical, List<QueueData> queues,
                                                     Map<String, BrokerData> brokers) throws Exception {
        String address = queues.stream()
                .map(q -> brokers.get(q.getBrokerName()).getBrokerAddrs().get(MixAll.MASTER_ID))
                .filter(a -> a != null)
                .findFirst()
                .orElseGet(() -> brokers.get(queues.get(0).getBrokerName()).selectBrokerAddr());
        TopicConfig config;
        try {
            config = admin.examineTopicConfig(address, physical);
        } catch (MQBrokerException e) {
            if (e.getResponseCode() == ResponseCode.TOPIC_NOT_EXIST) {
                return Optional.empty();
            }
            throw e;
        }
        return Optional.of(switch (config.getTopicMessageType()) {
            case FIFO -> MessageType.FIFO;
            case DELAY -> MessageType.DELAY;
            case TRANSACTION -> MessageType.TRANSACTION;
            // UNSPECIFIED and MIXED (topics not created by the gateway) accept normal messages.
            default -> MessageType.NORMAL;
        });
    }

    private static int perm(TopicPermission permission) {
        return switch (permission) {
            case PUBLISH -> PermName.PERM_WRITE;
            case SUBSCRIBE -> PermName.PERM_READ;
            case PUBLISH_SUBSCRIBE -> PermName.PERM_READ | PermName.PERM_WRITE;
        };
    }

    /**
     * What every broker of the topic grants; null when that is neither reading nor writing (e.g. an operator wiped the
     * permissions), which the neutral model cannot express.
     */
    private static TopicPermission permission(int perm) {
        boolean read = PermName.isReadable(perm);
        boolean write = PermName.isWriteable(perm);
        if (read && write) {
            return TopicPermission.PUBLISH_SUBSCRIBE;
        }
        if (write) {
            return TopicPermission.PUBLISH;
        }
        return read ? TopicPermission.SUBSCRIBE : null;
    }

    private ClusterTarget cluster(String clusterId) {
        ClusterTarget c = clusterId == null ? null : clusters.get(clusterId);
        if (c == null) {
            throw GatewayException.unavailable(ResourceType.CLUSTER, clusterId,
                    "RocketMQ cluster '" + clusterId + "' is not configured in this gateway (configured: "
                            + clusters.keySet() + ").", null);
        }
        return c;
    }

    private static String namespacePrefix(BrokerPlacement placement) {
        String namespace = placement.namespace();
        if (namespace == null || !NAMESPACE.matcher(namespace).matches()) {
            throw new IllegalArgumentException("Invalid broker namespace '" + namespace + "'");
        }
        return namespace + NAMESPACE_SEPARATOR;
    }

    /**
     * Not NamespaceUtil.wrapNamespace: it returns RocketMQ system names (e.g. "SCHEDULE_TOPIC_XXXX", "rmq_sys_…")
     * unwrapped, which would let a tenant address the cluster's own topics.
     */
    private static String physicalTopic(BrokerPlacement placement, String topicName) {
        String physical = namespacePrefix(placement) + topicName;
        if (topicName == null || topicName.isEmpty() || topicName.indexOf(NAMESPACE_SEPARATOR) >= 0
                || !TopicValidator.validateTopic(physical).isValid()) {
            throw GatewayException.invalidParameter("name", "'" + topicName + "' is not a valid RocketMQ topic name "
                    + "in namespace " + placement.namespace() + " (letters, digits, '_', '-', '|'; at most "
                    + (127 - namespacePrefix(placement).length()) + " characters).");
        }
        return physical;
    }

    private ClusterInfo clusterInfo(ClusterTarget c) {
        return call(c, "read the cluster information", DefaultMQAdminExt::examineBrokerClusterInfo);
    }

    /** Master address by broker name (sorted) of every broker of the cluster; fails unless every broker has one. */
    private Map<String, String> masters(ClusterTarget c) {
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

    @FunctionalInterface
    private interface AdminCall<T> {
        T apply(DefaultMQAdminExt admin) throws Exception;
    }

    private <T> T call(ClusterTarget c, String action, AdminCall<T> call) {
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

    private DefaultMQAdminExt admin(ClusterTarget c) {
        if (closed) {
            throw new IllegalStateException("The RocketMQ driver is closed");
        }
        return admins.computeIfAbsent(c.id(), id -> startAdmin(c));
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
