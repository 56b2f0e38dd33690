package io.cloudmq.gateway.broker.rocketmq;

import io.cloudmq.gateway.core.error.GatewayException;
import io.cloudmq.gateway.core.error.ResourceType;
import io.cloudmq.gateway.core.model.BrokerPlacement;
import io.cloudmq.gateway.core.model.message.ConsumerConnections;
import io.cloudmq.gateway.core.model.message.ConsumerLag;
import io.cloudmq.gateway.core.model.message.OffsetReset;
import io.cloudmq.gateway.core.model.message.QueueLag;
import io.cloudmq.gateway.core.model.message.QueueOffset;
import io.cloudmq.gateway.core.model.message.QueueStatus;
import io.cloudmq.gateway.core.model.message.TopicStatus;
import io.cloudmq.gateway.core.port.broker.ConsumerStateBrokerDriver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.rocketmq.client.exception.MQBrokerException;
import org.apache.rocketmq.client.exception.MQClientException;
import org.apache.rocketmq.common.MQVersion;
import org.apache.rocketmq.common.message.MessageQueue;
import org.apache.rocketmq.remoting.protocol.ResponseCode;
import org.apache.rocketmq.remoting.protocol.admin.ConsumeStats;
import org.apache.rocketmq.remoting.protocol.admin.OffsetWrapper;
import org.apache.rocketmq.remoting.protocol.admin.TopicOffset;
import org.apache.rocketmq.remoting.protocol.body.Connection;
import org.apache.rocketmq.remoting.protocol.body.ConsumerConnection;
import org.apache.rocketmq.tools.admin.DefaultMQAdminExt;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link ConsumerStateBrokerDriver} on Apache RocketMQ 5.x, through the admin client.
 *
 * <p>Offset resets: with no client of the group online, each queue's offset is written directly
 * ({@code resetOffsetByQueueId}): exact, and what the clients start from when they connect. With clients online the
 * brokers reset the offsets themselves ({@code resetOffsetByTimestamp}, forced, so offsets may also move forward), then
 * tell the clients to drop what they hold and restart from there, and refuse older offset commits from them. The brokers'
 * offsets change at once; whether a running client redelivers everything from the new offset depends on the client
 * (RocketMQ 5 push consumers were seen to redeliver only part of it, lite pull consumers nothing), so callers should
 * prefer stopping the group first when redelivery matters.
 */
@ApplicationScoped
public class RocketMqConsumerStateBrokerDriver implements ConsumerStateBrokerDriver {

    /** What {@code resetOffsetByTimestamp} takes for "the end of each queue". */
    private static final long LATEST_TIMESTAMP = -1;

    private final RocketMqClusters clusters;

    @Inject
    public RocketMqConsumerStateBrokerDriver(RocketMqClusters clusters) {
        this.clusters = clusters;
    }

    @Override
    public TopicStatus topicStatus(BrokerPlacement placement, String topic) {
        ClusterTarget c = clusters.cluster(placement.clusterId());
        String physical = RocketMqNames.physicalTopic(placement, topic);
        Map<MessageQueue, TopicOffset> offsets = clusters.call(c, "read the offsets of " + physical,
                admin -> topicOffsets(admin, physical, topic));
        return new TopicStatus(topic, offsets.entrySet().stream()
                .map(e -> new QueueStatus(e.getKey().getBrokerName(), e.getKey().getQueueId(),
                        e.getValue().getMinOffset(), e.getValue().getMaxOffset(),
                        instantOrNull(e.getValue().getLastUpdateTimestamp())))
                .sorted(Comparator.comparing(QueueStatus::brokerName).thenComparingInt(QueueStatus::queueId))
                .toList());
    }

    @Override
    public ConsumerLag lag(BrokerPlacement placement, String group, String topic) {
        ClusterTarget c = clusters.cluster(placement.clusterId());
        String physicalGroup = existingGroup(c, placement, group);
        String physicalTopic = topic == null ? null : RocketMqNames.physicalTopic(placement, topic);
        ConsumeStats stats = clusters.call(c, "read the consumption of " + physicalGroup, admin -> {
            try {
                return physicalTopic == null ? admin.examineConsumeStats(physicalGroup)
                        : admin.examineConsumeStats(physicalGroup, physicalTopic);
            } catch (MQClientException | MQBrokerException e) {
                // A group that never consumed has no retry topic and no offsets yet.
                return null;
            }
        });
        if (stats == null) {
            return new ConsumerLag(group, List.of(), 0);
        }
        List<QueueLag> queues = new ArrayList<>();
        for (Map.Entry<MessageQueue, OffsetWrapper> e : stats.getOffsetTable().entrySet()) {
            String logicalTopic = RocketMqNames.logicalName(placement, e.getKey().getTopic());
            if (logicalTopic == null) {
                // The group's own retry queues are not a topic of the tenant.
                continue;
            }
            OffsetWrapper o = e.getValue();
            queues.add(new QueueLag(logicalTopic, e.getKey().getBrokerName(), e.getKey().getQueueId(),
                    o.getBrokerOffset(), Math.max(0, o.getConsumerOffset()), instantOrNull(o.getLastTimestamp())));
        }
        queues.sort(Comparator.comparing(QueueLag::topic).thenComparing(QueueLag::brokerName)
                .thenComparingInt(QueueLag::queueId));
        return new ConsumerLag(group, queues, stats.getConsumeTps());
    }

    @Override
    public ConsumerConnections connections(BrokerPlacement placement, String group) {
        ClusterTarget c = clusters.cluster(placement.clusterId());
        String physicalGroup = existingGroup(c, placement, group);
        ConsumerConnection connection = clusters.call(c, "read the clients of " + physicalGroup,
                admin -> onlineClients(admin, physicalGroup));
        if (connection == null) {
            return new ConsumerConnections(group, List.of(), List.of(), null, null, null);
        }
        List<ConsumerConnections.Client> clients = connection.getConnectionSet().stream()
                .map(RocketMqConsumerStateBrokerDriver::client)
                .sorted(Comparator.comparing(ConsumerConnections.Client::clientId))
                .toList();
        List<ConsumerConnections.Subscription> subscriptions = connection.getSubscriptionTable().values().stream()
                .filter(s -> RocketMqNames.logicalName(placement, s.getTopic()) != null)
                .map(s -> new ConsumerConnections.Subscription(RocketMqNames.logicalName(placement, s.getTopic()),
                        s.getExpressionType(), s.getSubString()))
                .sorted(Comparator.comparing(ConsumerConnections.Subscription::topic))
                .toList();
        return new ConsumerConnections(group, clients, subscriptions, name(connection.getConsumeType()),
                name(connection.getMessageModel()), name(connection.getConsumeFromWhere()));
    }

    @Override
    public String clientStack(BrokerPlacement placement, String group, String clientId) {
        ClusterTarget c = clusters.cluster(placement.clusterId());
        String physicalGroup = existingGroup(c, placement, group);
        return clusters.call(c, "read the stack of client " + clientId, admin -> {
            try {
                return admin.getConsumerRunningInfo(physicalGroup, clientId, true).getJstack();
            } catch (MQClientException e) {
                throw GatewayException.invalidState(ResourceType.CONSUMER_GROUP, group,
                        "has no online client '" + clientId + "'.");
            }
        });
    }

    @Override
    public List<QueueOffset> resetOffsets(BrokerPlacement placement, String group, String topic, OffsetReset target) {
        ClusterTarget c = clusters.cluster(placement.clusterId());
        String physicalGroup = existingGroup(c, placement, group);
        String physicalTopic = RocketMqNames.physicalTopic(placement, topic);
        Map<String, String> masters = clusters.masters(c);
        Map<MessageQueue, Long> reset = clusters.call(c, "reset the offsets of " + physicalGroup, admin -> {
            if (onlineClients(admin, physicalGroup) != null) {
                return admin.resetOffsetByTimestamp(physicalTopic, physicalGroup, resetTimestamp(target), true);
            }
            Map<MessageQueue, Long> offsets = new HashMap<>();
            for (Map.Entry<MessageQueue, TopicOffset> e : topicOffsets(admin, physicalTopic, topic).entrySet()) {
                MessageQueue queue = e.getKey();
                long offset = offlineTarget(admin, queue, e.getValue(), target);
                admin.resetOffsetByQueueId(masters.get(queue.getBrokerName()), physicalGroup, physicalTopic,
                        queue.getQueueId(), offset);
                offsets.put(queue, offset);
            }
            return offsets;
        });
        return reset.entrySet().stream()
                .map(e -> new QueueOffset(topic, e.getKey().getBrokerName(), e.getKey().getQueueId(), e.getValue()))
                .sorted(Comparator.comparing(QueueOffset::brokerName).thenComparingInt(QueueOffset::queueId))
                .toList();
    }

    private static long resetTimestamp(OffsetReset target) {
        return switch (target.kind()) {
            // The first message stored at or after time 0 is the oldest one retained.
            case EARLIEST -> 0;
            case LATEST -> LATEST_TIMESTAMP;
            case TIMESTAMP -> target.timestamp().toEpochMilli();
        };
    }

    private static long offlineTarget(DefaultMQAdminExt admin, MessageQueue queue, TopicOffset offsets,
                                      OffsetReset target) throws MQClientException {
        return switch (target.kind()) {
            case EARLIEST -> offsets.getMinOffset();
            case LATEST -> offsets.getMaxOffset();
            case TIMESTAMP -> Math.max(offsets.getMinOffset(), Math.min(offsets.getMaxOffset(),
                    admin.searchLowerBoundaryOffset(queue, target.timestamp().toEpochMilli())));
        };
    }

    /** The group's physical name; NOT_FOUND unless some broker of the cluster has the subscription group. */
    private String existingGroup(ClusterTarget c, BrokerPlacement placement, String group) {
        String physical = RocketMqNames.physicalGroup(placement, group);
        boolean exists = clusters.call(c, "look up group " + physical, admin -> {
            for (String address : clusters.masters(c).values()) {
                try {
                    admin.getDefaultMQAdminExtImpl().getMqClientInstance().getMQClientAPIImpl()
                            .getSubscriptionGroupConfig(address, physical, RocketMqClusters.ADMIN_TIMEOUT_MILLIS);
                    return true;
                } catch (MQBrokerException e) {
                    if (e.getResponseCode() != ResponseCode.SUBSCRIPTION_GROUP_NOT_EXIST) {
                        throw e;
                    }
                }
            }
            return false;
        });
        if (!exists) {
            throw GatewayException.notFound(ResourceType.CONSUMER_GROUP, group);
        }
        return physical;
    }

    /** The group's connected clients, or null when none is online. */
    private static ConsumerConnection onlineClients(DefaultMQAdminExt admin, String physicalGroup) throws Exception {
        try {
            ConsumerConnection connection = admin.examineConsumerConnectionInfo(physicalGroup);
            return connection.getConnectionSet().isEmpty() ? null : connection;
        } catch (MQBrokerException e) {
            if (e.getResponseCode() == ResponseCode.CONSUMER_NOT_ONLINE) {
                return null;
            }
            throw e;
        } catch (MQClientException e) {
            // No retry topic yet: no client of the group ever connected.
            if (e.getResponseCode() == ResponseCode.TOPIC_NOT_EXIST || e.getMessage().contains("No route info")) {
                return null;
            }
            throw e;
        }
    }

    private static Map<MessageQueue, TopicOffset> topicOffsets(DefaultMQAdminExt admin, String physical, String topic)
            throws Exception {
        try {
            return admin.examineTopicStats(physical).getOffsetTable();
        } catch (MQClientException e) {
            if (e.getResponseCode() == ResponseCode.TOPIC_NOT_EXIST || e.getMessage().contains("No route info")) {
                throw GatewayException.notFound(ResourceType.TOPIC, topic);
            }
            throw e;
        }
    }

    private static ConsumerConnections.Client client(Connection connection) {
        return new ConsumerConnections.Client(connection.getClientId(), connection.getClientAddr(),
                name(connection.getLanguage()), MQVersion.getVersionDesc(connection.getVersion()));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static Instant instantOrNull(long epochMillis) {
        return epochMillis <= 0 ? null : Instant.ofEpochMilli(epochMillis);
    }
}
