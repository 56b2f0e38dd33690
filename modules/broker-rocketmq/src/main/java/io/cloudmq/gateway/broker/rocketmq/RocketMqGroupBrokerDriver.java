package io.cloudmq.gateway.broker.rocketmq;

import io.cloudmq.gateway.core.model.BrokerPlacement;
import io.cloudmq.gateway.core.model.DeliveryOrder;
import io.cloudmq.gateway.core.model.MessageModel;
import io.cloudmq.gateway.core.port.broker.ConsumerConnection;
import io.cloudmq.gateway.core.port.broker.GroupBrokerDriver;
import io.cloudmq.gateway.core.port.broker.GroupSpec;
import io.cloudmq.gateway.core.port.broker.GroupSubscription;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.rocketmq.client.exception.MQBrokerException;
import org.apache.rocketmq.common.MQVersion;
import org.apache.rocketmq.common.MixAll;
import org.apache.rocketmq.common.filter.ExpressionType;
import org.apache.rocketmq.remoting.protocol.ResponseCode;
import org.apache.rocketmq.remoting.protocol.body.Connection;
import org.apache.rocketmq.remoting.protocol.heartbeat.SubscriptionData;
import org.apache.rocketmq.remoting.protocol.subscription.SubscriptionGroupConfig;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@link GroupBrokerDriver} on RocketMQ 5.x: a group is a subscription group config named {@code N%G} on every master
 * broker of the cluster. What the neutral group says that RocketMQ's group config has no field for (retry policy,
 * dead-letter target, receive throttling) is kept by the gateway only.
 */
@ApplicationScoped
public class RocketMqGroupBrokerDriver implements GroupBrokerDriver {

    private static final Logger LOG = Logger.getLogger(RocketMqGroupBrokerDriver.class);

    private final RocketMqClusters clusters;

    @Inject
    public RocketMqGroupBrokerDriver(RocketMqClusters clusters) {
        this.clusters = clusters;
    }

    @Override
    public void applyGroup(BrokerPlacement placement, GroupSpec group) {
        ClusterTarget c = clusters.cluster(placement.clusterId());
        SubscriptionGroupConfig config = new SubscriptionGroupConfig();
        config.setGroupName(RocketMqNames.physicalGroup(placement, group.name()));
        config.setConsumeEnable(group.consumeEnabled());
        config.setConsumeBroadcastEnable(group.messageModel() == MessageModel.BROADCASTING);
        config.setConsumeMessageOrderly(group.deliveryOrder() == DeliveryOrder.ORDERLY);
        if (group.maxRetryTimes() != null) {
            config.setRetryMaxTimes(group.maxRetryTimes());
        }
        Map<String, String> masters = clusters.masters(c);
        clusters.call(c, "create or update group " + config.getGroupName(), admin -> {
            for (String address : masters.values()) {
                admin.createAndUpdateSubscriptionGroupConfig(address, config);
            }
            return null;
        });
        LOG.debugf("Applied group %s on RocketMQ cluster '%s' brokers %s", config.getGroupName(), c.id(),
                masters.keySet());
    }

    @Override
    public void deleteGroup(BrokerPlacement placement, String groupName) {
        ClusterTarget c = clusters.cluster(placement.clusterId());
        String physical = RocketMqNames.physicalGroup(placement, groupName);
        Set<String> masterAddresses = new HashSet<>(clusters.masters(c).values());
        clusters.call(c, "delete group " + physical, admin -> {
            for (String address : masterAddresses) {
                // true: drop the group's consumer offsets too, so a group re-created later starts afresh.
                admin.deleteSubscriptionGroup(address, physical, true);
            }
            RocketMqTopicBrokerDriver.deletePhysicalTopic(admin, c, masterAddresses,
                    MixAll.RETRY_GROUP_TOPIC_PREFIX + physical);
            RocketMqTopicBrokerDriver.deletePhysicalTopic(admin, c, masterAddresses,
                    MixAll.DLQ_GROUP_TOPIC_PREFIX + physical);
            return null;
        });
    }

    @Override
    public Set<String> listGroups(BrokerPlacement placement) {
        ClusterTarget c = clusters.cluster(placement.clusterId());
        Set<String> masterAddresses = new HashSet<>(clusters.masters(c).values());
        return clusters.call(c, "list groups", admin -> {
            Set<String> names = new TreeSet<>();
            for (String address : masterAddresses) {
                for (String physical : admin.getAllSubscriptionGroup(address, RocketMqClusters.ADMIN_TIMEOUT_MILLIS)
                        .getSubscriptionGroupTable().keySet()) {
                    String logical = RocketMqNames.logicalName(placement, physical);
                    if (logical != null) {
                        names.add(logical);
                    }
                }
            }
            return names;
        });
    }

    @Override
    public List<ConsumerConnection> connections(BrokerPlacement placement, String groupName) {
        Map<String, ConsumerConnection> byClientId = new TreeMap<>();
        for (var online : onlineConsumers(placement, groupName)) {
            for (Connection conn : online.getConnectionSet()) {
                byClientId.putIfAbsent(conn.getClientId(), new ConsumerConnection(conn.getClientId(),
                        conn.getClientAddr(), conn.getLanguage().name(), MQVersion.getVersionDesc(conn.getVersion())));
            }
        }
        return List.copyOf(byClientId.values());
    }

    @Override
    public List<GroupSubscription> subscriptions(BrokerPlacement placement, String groupName) {
        Map<String, GroupSubscription> byTopic = new TreeMap<>();
        for (var online : onlineConsumers(placement, groupName)) {
            for (SubscriptionData s : online.getSubscriptionTable().values()) {
                if (!s.getTopic().startsWith(MixAll.RETRY_GROUP_TOPIC_PREFIX)) {
                    byTopic.putIfAbsent(s.getTopic(), subscription(placement, s));
                }
            }
        }
        return List.copyOf(byTopic.values());
    }

    /**
     * What every master broker knows of the group's online consumers. Asked broker by broker: the admin client's
     * group-level lookup routes through the group's retry topic, which exists only once a consumer has started.
     */
    private List<org.apache.rocketmq.remoting.protocol.body.ConsumerConnection> onlineConsumers(
            BrokerPlacement placement, String groupName) {
        ClusterTarget c = clusters.cluster(placement.clusterId());
        String physical = RocketMqNames.physicalGroup(placement, groupName);
        Collection<String> masters = clusters.masters(c).values();
        return clusters.call(c, "read the consumers of group " + physical, admin -> {
            List<org.apache.rocketmq.remoting.protocol.body.ConsumerConnection> online = new ArrayList<>();
            for (String address : masters) {
                try {
                    online.add(admin.examineConsumerConnectionInfo(physical, address));
                } catch (MQBrokerException e) {
                    if (e.getResponseCode() != ResponseCode.CONSUMER_NOT_ONLINE) {
                        throw e;
                    }
                }
            }
            return online;
        });
    }

    private static GroupSubscription subscription(BrokerPlacement placement, SubscriptionData s) {
        String logical = RocketMqNames.logicalName(placement, s.getTopic());
        GroupSubscription.ExpressionType type = ExpressionType.SQL92.equals(s.getExpressionType())
                ? GroupSubscription.ExpressionType.SQL92 : GroupSubscription.ExpressionType.TAG;
        return new GroupSubscription(logical == null ? s.getTopic() : logical, type, s.getSubString());
    }
}
