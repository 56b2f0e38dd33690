package io.cloudmq.gateway.broker.rocketmq;

import io.cloudmq.gateway.core.error.GatewayException;
import io.cloudmq.gateway.core.error.ResourceType;
import io.cloudmq.gateway.core.model.BrokerPlacement;
import io.cloudmq.gateway.core.model.Engine;
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
import org.apache.rocketmq.remoting.protocol.body.UserInfo;
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
public class RocketMqTopicBrokerDriver implements TopicBrokerDriver {

    private static final Logger LOG = Logger.getLogger(RocketMqTopicBrokerDriver.class);
    private static final long ADMIN_TIMEOUT_MILLIS = RocketMqClusters.ADMIN_TIMEOUT_MILLIS;
    private static final long REACHABILITY_TIMEOUT_MILLIS = 3_000;
    private static final String MESSAGE_TYPE_ATTRIBUTE = TopicAttributes.TOPIC_MESSAGE_TYPE_ATTRIBUTE.getName();

    private final RocketMqClusters clusters;

    @Inject
    public RocketMqTopicBrokerDriver(RocketMqClusters clusters) {
        this.clusters = clusters;
    }

    @Override
    public Engine engine() {
        return Engine.ROCKETMQ;
    }

    @Override
    public List<String> clusterIds() {
        return clusters.ids();
    }

    @Override
    public boolean isReachable(String clusterId) {
        ClusterTarget c = clusters.cluster(clusterId);
        try {
            ClusterInfo info = clusters.admin(c).getDefaultMQAdminExtImpl().getMqClientInstance().getMQClientAPIImpl()
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
        ClusterTarget c = clusters.cluster(placement.clusterId());
        RocketMqNames.namespacePrefix(placement);
        clusters.masters(c);
    }

    @Override
    public void releaseInstance(BrokerPlacement placement) {
        ClusterTarget c = clusters.cluster(placement.clusterId());
        String prefix = RocketMqNames.namespacePrefix(placement);
        String retryPrefix = MixAll.RETRY_GROUP_TOPIC_PREFIX + prefix;
        String dlqPrefix = MixAll.DLQ_GROUP_TOPIC_PREFIX + prefix;
        Map<String, String> masters = clusters.masters(c);
        Set<String> masterAddresses = new HashSet<>(masters.values());

        clusters.call(c, "release namespace " + placement.namespace(), admin -> {
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
            int users = 0;
            for (String address : masterAddresses) {
                for (UserInfo user : RocketMqAccessControlBrokerDriver.usersMatching(admin, address, prefix)) {
                    if (user.getUsername().startsWith(prefix)) {
                        // Deleting an ACL 2.0 user deletes its ACL too.
                        admin.deleteUser(address, user.getUsername());
                        users++;
                    }
                }
            }
            LOG.infof("Released namespace %s on RocketMQ cluster '%s': %d topics, %d subscription groups, %d users",
                    placement.namespace(), c.id(), topics.size(), groups, users);
            return null;
        });
    }

    @Override
    public void applyTopic(BrokerPlacement placement, TopicSpec topic) {
        ClusterTarget c = clusters.cluster(placement.clusterId());
        String physical = RocketMqNames.physicalTopic(placement, topic.name());
        TopicConfig config = new TopicConfig(physical, topic.readQueueNums(), topic.writeQueueNums(),
                perm(topic.permission()));
        config.setOrder(topic.messageType() == MessageType.FIFO);
        // "+" adds or updates the attribute; the broker stores it without the sign.
        config.setAttributes(Map.of("+" + MESSAGE_TYPE_ATTRIBUTE, topic.messageType().name()));
        Map<String, String> masters = clusters.masters(c);
        clusters.call(c, "create or update topic " + physical, admin -> {
            for (String address : masters.values()) {
                admin.createAndUpdateTopicConfig(address, config);
            }
            return null;
        });
        LOG.debugf("Applied topic %s on RocketMQ cluster '%s' brokers %s", physical, c.id(), masters.keySet());
    }

    @Override
    public void deleteTopic(BrokerPlacement placement, String topicName) {
        ClusterTarget c = clusters.cluster(placement.clusterId());
        String physical = RocketMqNames.physicalTopic(placement, topicName);
        Set<String> masterAddresses = new HashSet<>(clusters.masters(c).values());
        clusters.call(c, "delete topic " + physical, admin -> {
            deletePhysicalTopic(admin, c, masterAddresses, physical);
            return null;
        });
    }

    @Override
    public Optional<BrokerTopicState> describeTopic(BrokerPlacement placement, String topicName) {
        ClusterTarget c = clusters.cluster(placement.clusterId());
        String physical = RocketMqNames.physicalTopic(placement, topicName);
        return clusters.call(c, "describe topic " + physical, admin -> {
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
        ClusterTarget c = clusters.cluster(placement.clusterId());
        String prefix = RocketMqNames.namespacePrefix(placement);
        return clusters.call(c, "list topics", admin -> admin.fetchTopicsByCLuster(c.clusterName()).getTopicList().stream()
                .filter(t -> t.startsWith(prefix))
                .map(t -> t.substring(prefix.length()))
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    @Override
    public List<String> brokerNames(BrokerPlacement placement) {
        ClusterTarget c = clusters.cluster(placement.clusterId());
        Set<String> names = clusters.clusterInfo(c).getClusterAddrTable().get(c.clusterName());
        return names == null ? List.of() : names.stream().sorted().toList();
    }

    @Override
    public InstanceEndpoints endpoints(BrokerPlacement placement) {
        ClusterTarget c = clusters.cluster(placement.clusterId());
        ClusterInfo info = clusters.clusterInfo(c);
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

    /** Broker first: a NameServer route removed before the broker's would come back with its next registration. */
    static void deletePhysicalTopic(DefaultMQAdminExt admin, ClusterTarget c, Set<String> masterAddresses,
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
}
