package io.cloudmq.gateway.broker.rocketmq;

import io.cloudmq.gateway.core.error.GatewayException;
import io.cloudmq.gateway.core.error.ResourceType;
import io.cloudmq.gateway.core.model.BrokerPlacement;
import io.cloudmq.gateway.core.model.PageRequest;
import io.cloudmq.gateway.core.model.message.ConsumeVerification;
import io.cloudmq.gateway.core.model.message.MessagePage;
import io.cloudmq.gateway.core.model.message.MessageQuery;
import io.cloudmq.gateway.core.model.message.MessageTrace;
import io.cloudmq.gateway.core.model.message.MessageView;
import io.cloudmq.gateway.core.model.message.OutgoingMessage;
import io.cloudmq.gateway.core.model.message.ResendResult;
import io.cloudmq.gateway.core.model.message.SendReceipt;
import io.cloudmq.gateway.core.model.message.TraceType;
import io.cloudmq.gateway.core.port.broker.MessageBrokerDriver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.rocketmq.client.QueryResult;
import org.apache.rocketmq.client.consumer.DefaultMQPullConsumer;
import org.apache.rocketmq.client.consumer.PullResult;
import org.apache.rocketmq.client.consumer.PullStatus;
import org.apache.rocketmq.client.exception.MQBrokerException;
import org.apache.rocketmq.client.exception.MQClientException;
import org.apache.rocketmq.client.producer.SendResult;
import org.apache.rocketmq.client.trace.TraceBean;
import org.apache.rocketmq.client.trace.TraceContext;
import org.apache.rocketmq.client.trace.TraceDataEncoder;
import org.apache.rocketmq.common.message.Message;
import org.apache.rocketmq.common.message.MessageAccessor;
import org.apache.rocketmq.common.message.MessageConst;
import org.apache.rocketmq.common.message.MessageDecoder;
import org.apache.rocketmq.common.message.MessageExt;
import org.apache.rocketmq.common.message.MessageQueue;
import org.apache.rocketmq.common.topic.TopicValidator;
import org.apache.rocketmq.common.utils.NetworkUtil;
import org.apache.rocketmq.remoting.protocol.ResponseCode;
import org.apache.rocketmq.remoting.protocol.admin.TopicOffset;
import org.apache.rocketmq.remoting.protocol.body.CMResult;
import org.apache.rocketmq.remoting.protocol.body.ConsumeMessageDirectlyResult;
import org.apache.rocketmq.tools.admin.DefaultMQAdminExt;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@link MessageBrokerDriver} on Apache RocketMQ 5.x.
 *
 * <p>Time queries are answered from the consume queues, not the index: per queue, the first offsets stored at or after
 * {@code from} and after {@code to} ({@code searchOffset} with the lower boundary) bound the matches exactly, and the
 * pages are pulled at computed offsets (see {@link QueueRanges}). Cost of a page: one topic-stats call and 2 offset searches per
 * queue when no snapshot is passed (none with one) plus about {@code limit / 32} pulls; independent of the page number and of how
 * many messages match. Key queries use the broker's key index, which answers at most {@value #INDEX_BATCH} hits per
 * call (newest first), so the driver narrows the end of the time window until it has them all.
 *
 * <p>Message ids are looked up by unique key over all time (the admin client's {@code viewMessage} only looks back three
 * days); an offset message id is only followed to a broker of the cluster, and a message found by it must be in the
 * requested topic, so that ids cannot reach other tenants' messages or other hosts.
 */
@ApplicationScoped
public class RocketMqMessageBrokerDriver implements MessageBrokerDriver {

    /** The broker's cap on hits per index query ({@code maxMsgsNumBatch}, 64 by default). */
    static final int INDEX_BATCH = 64;
    /** Pull batches are capped by the broker at 32 messages ({@code maxTransferCountOnMessageInMemory}). */
    private static final int PULL_BATCH = 32;
    private static final String ALL_TAGS = "*";

    private final RocketMqClusters clusters;
    private final RocketMqClients clients;

    @Inject
    public RocketMqMessageBrokerDriver(RocketMqClusters clusters, RocketMqClients clients) {
        this.clusters = clusters;
        this.clients = clients;
    }

    @Override
    public Optional<MessageView> findMessage(BrokerPlacement placement, String topic, String messageId) {
        return find(placement, RocketMqNames.physicalTopic(placement, topic), messageId)
                .map(m -> RocketMqMessageViews.view(placement, m));
    }

    @Override
    public MessagePage listMessages(BrokerPlacement placement, String topic, MessageQuery query, PageRequest page) {
        return list(placement, RocketMqNames.physicalTopic(placement, topic), query, page);
    }

    @Override
    public List<MessageTrace> traces(BrokerPlacement placement, String topic, String messageId) {
        ClusterTarget c = clusters.cluster(placement.clusterId());
        String physical = RocketMqNames.physicalTopic(placement, topic);
        List<MessageExt> traceMessages = clusters.call(c, "read the trace of message " + messageId,
                admin -> indexHits(admin, TopicValidator.RMQ_SYS_TRACE_TOPIC, messageId, 0, Long.MAX_VALUE));
        List<MessageTrace> traces = new ArrayList<>();
        for (MessageExt traceMessage : traceMessages) {
            for (TraceContext context : TraceDataEncoder.decoderFromTraceDataString(
                    new String(traceMessage.getBody(), StandardCharsets.UTF_8))) {
                TraceType type = traceType(context);
                for (TraceBean bean : context.getTraceBeans()) {
                    // Producers record the topic without the namespace when they use one, with it when they do not.
                    // Consumers (SubBefore, SubAfter) record no topic at all: their entries match by message id, which
                    // the caller has already found in this topic.
                    String recorded = bean.getTopic();
                    boolean sameTopic = recorded.isEmpty() || topic.equals(recorded) || physical.equals(recorded);
                    if (type != null && sameTopic && messageId.equals(bean.getMsgId())) {
                        traces.add(trace(placement, type, context, bean, topic, traceMessage.getBornHostString()));
                    }
                }
            }
        }
        traces.sort(Comparator.comparing(MessageTrace::timestamp).thenComparing(MessageTrace::type));
        return traces;
    }

    @Override
    public SendReceipt send(BrokerPlacement placement, String topic, OutgoingMessage outgoing) {
        ClusterTarget c = clusters.cluster(placement.clusterId());
        Message message = new Message(RocketMqNames.physicalTopic(placement, topic), outgoing.body());
        if (outgoing.tags() != null) {
            message.setTags(outgoing.tags());
        }
        if (!outgoing.keys().isEmpty()) {
            message.setKeys(outgoing.keys());
        }
        outgoing.properties().forEach(message::putUserProperty);
        SendResult result = clusters.call(c, "send a message to " + message.getTopic(),
                admin -> clients.producer(c).send(message));
        return new SendReceipt(result.getMsgId(), result.getOffsetMsgId(), result.getMessageQueue().getBrokerName(),
                result.getMessageQueue().getQueueId(), result.getQueueOffset());
    }

    @Override
    public ConsumeVerification consumeDirectly(BrokerPlacement placement, String group, String clientId, String topic,
                                               String messageId) {
        ClusterTarget c = clusters.cluster(placement.clusterId());
        String physicalTopic = RocketMqNames.physicalTopic(placement, topic);
        String physicalGroup = RocketMqNames.physicalGroup(placement, group);
        MessageExt message = find(placement, physicalTopic, messageId)
                .orElseThrow(() -> GatewayException.notFound(ResourceType.MESSAGE, messageId));
        ConsumeMessageDirectlyResult result = clusters.call(c, "hand message " + messageId + " to client " + clientId,
                admin -> {
                    try {
                        return admin.consumeMessageDirectly(physicalGroup, clientId, physicalTopic,
                                message.getMsgId());
                    } catch (MQClientException | MQBrokerException e) {
                        throw GatewayException.invalidState(ResourceType.CONSUMER_GROUP, group,
                                "has no online client '" + clientId + "' that accepts messages directly.");
                    }
                });
        CMResult outcome = result.getConsumeResult();
        return new ConsumeVerification(message.getMsgId(), clientId,
                outcome == CMResult.CR_SUCCESS || outcome == CMResult.CR_COMMIT, outcome == null ? null : outcome.name(),
                result.getRemark(), result.getSpentTimeMills());
    }

    @Override
    public MessagePage listDeadLetters(BrokerPlacement placement, String group, MessageQuery query, PageRequest page) {
        return list(placement, RocketMqNames.deadLetterTopic(placement, group), query, page);
    }

    @Override
    public Optional<MessageView> findDeadLetter(BrokerPlacement placement, String group, String messageId) {
        return find(placement, RocketMqNames.deadLetterTopic(placement, group), messageId)
                .map(m -> RocketMqMessageViews.view(placement, m));
    }

    /**
     * Each dead letter goes to the group's retry topic ({@code %RETRY%N%G}), as the broker itself does with a failed
     * message, so that only this group consumes it again (resending to the original topic would redeliver it to every
     * group subscribed there). It keeps its message id, body, tags, keys and user properties; consumers see the original
     * topic (RocketMQ clients restore it from {@code RETRY_TOPIC}), and its reconsume count starts again from zero (so a
     * group whose {@code retryMaxTimes} is 0 dead-letters it again on the next failure, or at once). The
     * dead letter itself stays in the DLQ topic until it expires, as dead letters are never deleted one by one.
     */
    @Override
    public List<ResendResult> resendDeadLetters(BrokerPlacement placement, String group, List<String> messageIds) {
        ClusterTarget c = clusters.cluster(placement.clusterId());
        String deadLetters = RocketMqNames.deadLetterTopic(placement, group);
        String retry = RocketMqNames.retryTopic(placement, group);
        List<ResendResult> results = new ArrayList<>();
        for (String id : messageIds) {
            Optional<MessageExt> deadLetter = find(placement, deadLetters, id);
            if (deadLetter.isEmpty()) {
                results.add(ResendResult.failed(id, "Group " + group + " has no dead letter with this id."));
                continue;
            }
            Message resent = resendable(deadLetter.get(), retry);
            try {
                SendResult sent = clusters.call(c, "resend dead letter " + id,
                        admin -> clients.producer(c).send(resent));
                results.add(ResendResult.sent(id, sent.getMsgId()));
            } catch (GatewayException e) {
                results.add(ResendResult.failed(id, e.getMessage()));
            }
        }
        return results;
    }

    private static Message resendable(MessageExt deadLetter, String retryTopic) {
        Message message = new Message(retryTopic, deadLetter.getBody());
        deadLetter.getProperties().forEach((name, value) -> {
            if (!MessageConst.STRING_HASH_SET.contains(name)) {
                message.putUserProperty(name, value);
            }
        });
        if (deadLetter.getTags() != null) {
            message.setTags(deadLetter.getTags());
        }
        if (deadLetter.getKeys() != null) {
            message.setKeys(deadLetter.getKeys());
        }
        MessageAccessor.putProperty(message, MessageConst.PROPERTY_UNIQ_CLIENT_MESSAGE_ID_KEYIDX, deadLetter.getMsgId());
        MessageAccessor.putProperty(message, MessageConst.PROPERTY_RETRY_TOPIC,
                RocketMqMessageViews.originalTopic(deadLetter));
        return message;
    }

    private Optional<MessageExt> find(BrokerPlacement placement, String physicalTopic, String messageId) {
        ClusterTarget c = clusters.cluster(placement.clusterId());
        return clusters.call(c, "look up message " + messageId, admin -> {
            List<MessageExt> hits = new ArrayList<>();
            try {
                hits.addAll(admin.queryMessageByUniqKey(c.clusterName(), physicalTopic, messageId, INDEX_BATCH, 0,
                        Long.MAX_VALUE).getMessageList());
            } catch (MQClientException e) {
                if (!absent(e)) {
                    throw e;
                }
            }
            if (hits.isEmpty()) {
                byOffsetMessageId(c, admin, physicalTopic, messageId).ifPresent(hits::add);
            }
            return hits.stream().filter(m -> physicalTopic.equals(m.getTopic())).findFirst();
        });
    }

    private Optional<MessageExt> byOffsetMessageId(ClusterTarget c, DefaultMQAdminExt admin, String physicalTopic,
                                                   String messageId) throws Exception {
        String address;
        try {
            address = NetworkUtil.socketAddress2String(MessageDecoder.decodeMessageId(messageId).getAddress());
        } catch (RuntimeException | java.net.UnknownHostException e) {
            return Optional.empty();
        }
        if (!Set.copyOf(clusters.masters(c).values()).contains(address)) {
            return Optional.empty();
        }
        try {
            return Optional.of(admin.viewMessage(physicalTopic, messageId));
        } catch (MQClientException | MQBrokerException e) {
            return Optional.empty();
        }
    }

    private MessagePage list(BrokerPlacement placement, String physicalTopic, MessageQuery query, PageRequest page) {
        return query.key() == null ? listByTime(placement, physicalTopic, query, page)
                : listByKey(placement, physicalTopic, query, page);
    }

    private MessagePage listByTime(BrokerPlacement placement, String physicalTopic, MessageQuery query,
                                   PageRequest page) {
        ClusterTarget c = clusters.cluster(placement.clusterId());
        QueueRanges ranges = query.snapshot() != null ? QueueRanges.decode(query.snapshot())
                : clusters.call(c, "find the messages of " + physicalTopic + " in a time range",
                        admin -> matchingRanges(admin, physicalTopic, query.from(), query.to()));
        List<MessageView> items = new ArrayList<>();
        DefaultMQPullConsumer reader = ranges.ranges().isEmpty() ? null : clients.reader(c);
        for (QueueRanges.Range range : ranges.slice(page.offset(), page.limit())) {
            MessageQueue queue = new MessageQueue(physicalTopic, range.brokerName(), range.queueId());
            clusters.call(c, "read " + queue, admin -> {
                pull(reader, queue, range, m -> items.add(RocketMqMessageViews.view(placement, m)));
                return null;
            });
        }
        return new MessagePage(items, ranges.total(), ranges.encode(), true);
    }

    /** Per queue, in broker and queue order: the offsets of the messages stored within {@code [from, to]}. */
    private static QueueRanges matchingRanges(DefaultMQAdminExt admin, String physicalTopic, Instant from, Instant to)
            throws Exception {
        Map<MessageQueue, TopicOffset> offsets;
        try {
            offsets = admin.examineTopicStats(physicalTopic).getOffsetTable();
        } catch (MQClientException e) {
            if (absent(e)) {
                // A dead-letter topic exists only once a group has a dead letter.
                return new QueueRanges(List.of());
            }
            throw e;
        }
        List<MessageQueue> queues = offsets.keySet().stream()
                .sorted(Comparator.comparing(MessageQueue::getBrokerName).thenComparingInt(MessageQueue::getQueueId))
                .toList();
        List<QueueRanges.Range> ranges = new ArrayList<>();
        for (MessageQueue queue : queues) {
            long min = offsets.get(queue).getMinOffset();
            long max = offsets.get(queue).getMaxOffset();
            if (max <= min) {
                continue;
            }
            // Lower boundary: the first offset stored at or after the time; store times rise along a queue.
            long start = clamp(admin.searchLowerBoundaryOffset(queue, from.toEpochMilli()), min, max);
            long end = clamp(admin.searchLowerBoundaryOffset(queue, to.toEpochMilli() + 1), start, max);
            if (end > start) {
                ranges.add(new QueueRanges.Range(queue.getBrokerName(), queue.getQueueId(), start, end));
            }
        }
        return new QueueRanges(ranges);
    }

    private static long clamp(long value, long min, long max) {
        return Math.max(min, Math.min(max, value));
    }

    @FunctionalInterface
    private interface MessageSink {
        void accept(MessageExt message);
    }

    /** Pulls every message of the range; a range whose messages expired meanwhile yields what is left. */
    private static void pull(DefaultMQPullConsumer reader, MessageQueue queue, QueueRanges.Range range,
                             MessageSink sink) throws Exception {
        long next = range.start();
        while (next < range.end()) {
            int wanted = (int) Math.min(PULL_BATCH, range.end() - next);
            PullResult result = reader.pull(queue, ALL_TAGS, next, wanted);
            if (result.getPullStatus() != PullStatus.FOUND) {
                if (result.getNextBeginOffset() <= next) {
                    return;
                }
                next = result.getNextBeginOffset();
                continue;
            }
            for (MessageExt m : result.getMsgFoundList()) {
                if (m.getQueueOffset() >= next && m.getQueueOffset() < range.end()) {
                    sink.accept(m);
                }
            }
            next = Math.max(next + 1, result.getNextBeginOffset());
        }
    }

    private MessagePage listByKey(BrokerPlacement placement, String physicalTopic, MessageQuery query,
                                  PageRequest page) {
        ClusterTarget c = clusters.cluster(placement.clusterId());
        Map<String, MessageExt> hits = new LinkedHashMap<>();
        boolean complete = clusters.call(c, "query " + physicalTopic + " by key", admin -> {
            long end = query.to().toEpochMilli();
            while (true) {
                List<MessageExt> batch = indexHits(admin, physicalTopic, query.key(), query.from().toEpochMilli(), end);
                int before = hits.size();
                batch.forEach(m -> hits.putIfAbsent(RocketMqMessageViews.offsetMessageId(m), m));
                if (batch.size() < INDEX_BATCH) {
                    return true;
                }
                if (hits.size() == before) {
                    // More than a batch of hits share the index's one-second time slot: they cannot be told apart.
                    return false;
                }
                // The index answers newest first: the next window ends where this batch's oldest hit was stored.
                end = batch.stream().mapToLong(MessageExt::getStoreTimestamp).min().orElseThrow();
            }
        });
        // Keyed by offset message id: store time, then the store address and commit-log offset, is a total order.
        List<MessageView> sorted = hits.entrySet().stream()
                .sorted(Map.Entry.<String, MessageExt>comparingByValue(
                        Comparator.comparingLong(MessageExt::getStoreTimestamp)).thenComparing(Map.Entry.comparingByKey()))
                .map(e -> RocketMqMessageViews.view(placement, e.getValue()))
                .toList();
        int from = (int) Math.min(page.offset(), sorted.size());
        int to = (int) Math.min((long) from + page.limit(), sorted.size());
        return new MessagePage(sorted.subList(from, to), sorted.size(), null, complete);
    }

    /** Messages of the topic indexed under the key within the time window; empty when there are none. */
    private static List<MessageExt> indexHits(DefaultMQAdminExt admin, String physicalTopic, String key, long from,
                                              long to) throws Exception {
        try {
            QueryResult result = admin.queryMessage(physicalTopic, key, INDEX_BATCH, from, to);
            return result.getMessageList();
        } catch (MQClientException e) {
            if (absent(e)) {
                return List.of();
            }
            throw e;
        }
    }

    private static boolean absent(MQClientException e) {
        return e.getResponseCode() == ResponseCode.NO_MESSAGE || e.getResponseCode() == ResponseCode.TOPIC_NOT_EXIST
                || e.getMessage() != null && e.getMessage().contains("No route info");
    }

    private static TraceType traceType(TraceContext context) {
        return switch (context.getTraceType()) {
            case Pub -> TraceType.PUB;
            case SubBefore -> TraceType.SUB_BEFORE;
            case SubAfter -> TraceType.SUB_AFTER;
            case EndTransaction -> TraceType.END_TRANSACTION;
            // Recall (withdrawn delay messages) has no neutral counterpart yet.
            default -> null;
        };
    }

    /**
     * The decoder fills the hosts a trace line does not carry with the decoding JVM's own address (the gateway's): the
     * store host is taken only from the lines that record one (PUB, END_TRANSACTION), and the client host is the
     * address the trace message was sent from, which every kind of entry has.
     */
    private static MessageTrace trace(BrokerPlacement placement, TraceType type, TraceContext context, TraceBean bean,
                                      String topic, String clientHost) {
        String group = context.getGroupName();
        String logicalGroup = group == null ? null : RocketMqNames.logicalName(placement, group);
        boolean recordsStoreHost = type == TraceType.PUB || type == TraceType.END_TRANSACTION;
        return new MessageTrace(type, Instant.ofEpochMilli(context.getTimeStamp()),
                logicalGroup != null ? logicalGroup : group, topic, bean.getMsgId(), blankToNull(bean.getTags()),
                blankToNull(bean.getKeys()), context.getCostTime(), context.isSuccess(), blankToNull(clientHost),
                recordsStoreHost ? blankToNull(bean.getStoreHost()) : null, bean.getRetryTimes(),
                bean.getTransactionState() == null ? null : bean.getTransactionState().name());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
