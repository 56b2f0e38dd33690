package io.cloudmq.gateway.core.service;

import io.cloudmq.gateway.core.error.GatewayException;
import io.cloudmq.gateway.core.error.ResourceType;
import io.cloudmq.gateway.core.model.BrokerPlacement;
import io.cloudmq.gateway.core.model.Caller;
import io.cloudmq.gateway.core.model.PageRequest;
import io.cloudmq.gateway.core.model.message.ConsumeVerification;
import io.cloudmq.gateway.core.model.message.MessagePage;
import io.cloudmq.gateway.core.model.message.MessageQuery;
import io.cloudmq.gateway.core.model.message.MessageTrace;
import io.cloudmq.gateway.core.model.message.MessageView;
import io.cloudmq.gateway.core.model.message.OutgoingMessage;
import io.cloudmq.gateway.core.model.message.ResendResult;
import io.cloudmq.gateway.core.model.message.SendReceipt;
import io.cloudmq.gateway.core.port.storage.InstanceRepository;
import io.cloudmq.gateway.core.port.storage.TopicRepository;
import io.cloudmq.gateway.core.port.storage.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * Messages of an instance's topics and dead letters of its groups, read from and acted on at the broker: nothing here
 * is stored by the gateway. Unknown message ids are NOT_FOUND (resource type MESSAGE).
 */
@ApplicationScoped
public class MessageService {

    /** The most dead letters one resend or export request may name. */
    public static final int MAX_IDS_PER_REQUEST = 100;
    private static final int MAX_BODY_BYTES = 4 * 1024 * 1024;

    private final MessagingScope scope;
    private final BrokerDrivers drivers;

    @Inject
    public MessageService(InstanceRepository instances, TopicRepository topics, BrokerDrivers drivers,
                          Transactions tx) {
        this.scope = new MessagingScope(instances, topics, tx);
        this.drivers = drivers;
    }

    public MessageView get(Caller caller, String instanceId, String topic, String messageId) {
        requireId(messageId);
        return existing(scope.topic(caller, instanceId, topic), topic, messageId);
    }

    /**
     * Messages stored in a time range, optionally with a key, one page at a time and never capped: {@code total} counts
     * every match and any page can be asked for. Pass the returned snapshot back to page through the same matches.
     */
    public MessagePage list(Caller caller, String instanceId, String topic, MessageQuery query, PageRequest page) {
        requireRange(query);
        BrokerPlacement placement = scope.topic(caller, instanceId, topic);
        return drivers.messages().listMessages(placement, topic, query, page);
    }

    /** The trace of a message of the topic; NOT_FOUND when the topic has no such message. */
    public List<MessageTrace> traces(Caller caller, String instanceId, String topic, String messageId) {
        requireId(messageId);
        BrokerPlacement placement = scope.topic(caller, instanceId, topic);
        // Trace entries name messages of every tenant of the cluster: only a message of this topic may be traced.
        existing(placement, topic, messageId);
        return drivers.messages().traces(placement, topic, messageId);
    }

    /** Sends a test message to the topic (what "verify sending" does in the consoles). */
    public SendReceipt send(Caller caller, String instanceId, String topic, OutgoingMessage message) {
        if (message.body() == null || message.body().length == 0) {
            throw GatewayException.invalidParameter("body", "is required.");
        }
        if (message.body().length > MAX_BODY_BYTES) {
            throw GatewayException.invalidParameter("body", "must be at most " + MAX_BODY_BYTES + " bytes.");
        }
        BrokerPlacement placement = scope.runningTopic(caller, instanceId, topic);
        return drivers.messages().send(placement, topic, message);
    }

    /** Hands a stored message of the topic to one online client of the group and reports how its listener did. */
    public ConsumeVerification verifyConsumption(Caller caller, String instanceId, String group, String clientId,
                                                 String topic, String messageId) {
        requireGroup(group);
        requireId(messageId);
        if (clientId == null || clientId.isBlank()) {
            throw GatewayException.invalidParameter("client_id", "is required.");
        }
        BrokerPlacement placement = scope.runningTopic(caller, instanceId, topic);
        return drivers.messages().consumeDirectly(placement, group, clientId, topic, messageId);
    }

    public MessagePage listDeadLetters(Caller caller, String instanceId, String group, MessageQuery query,
                                       PageRequest page) {
        requireGroup(group);
        requireRange(query);
        BrokerPlacement placement = scope.instance(caller, instanceId);
        return drivers.messages().listDeadLetters(placement, group, query, page);
    }

    /** The named dead letters of the group, in the order asked; any unknown id makes the whole export NOT_FOUND. */
    public List<MessageView> exportDeadLetters(Caller caller, String instanceId, String group, List<String> messageIds) {
        requireGroup(group);
        requireIds(messageIds);
        BrokerPlacement placement = scope.instance(caller, instanceId);
        return messageIds.stream()
                .map(id -> drivers.messages().findDeadLetter(placement, group, id)
                        .orElseThrow(() -> GatewayException.notFound(ResourceType.MESSAGE, id)))
                .toList();
    }

    /** Sends dead letters back to the group (only) for another round; each id succeeds or fails on its own. */
    public List<ResendResult> resendDeadLetters(Caller caller, String instanceId, String group,
                                                List<String> messageIds) {
        requireGroup(group);
        requireIds(messageIds);
        BrokerPlacement placement = scope.runningInstance(caller, instanceId);
        return drivers.messages().resendDeadLetters(placement, group, messageIds);
    }

    private MessageView existing(BrokerPlacement placement, String topic, String messageId) {
        return drivers.messages().findMessage(placement, topic, messageId)
                .orElseThrow(() -> GatewayException.notFound(ResourceType.MESSAGE, messageId));
    }

    static void requireGroup(String group) {
        if (group == null || group.isBlank()) {
            throw GatewayException.invalidParameter("group", "is required.");
        }
    }

    private static void requireId(String messageId) {
        if (messageId == null || messageId.isBlank()) {
            throw GatewayException.invalidParameter("msg_id", "is required.");
        }
    }

    private static void requireIds(List<String> messageIds) {
        if (messageIds == null || messageIds.isEmpty()) {
            throw GatewayException.invalidParameter("msg_id_list", "must name at least one message.");
        }
        if (messageIds.size() > MAX_IDS_PER_REQUEST) {
            throw GatewayException.invalidParameter("msg_id_list",
                    "must name at most " + MAX_IDS_PER_REQUEST + " messages.");
        }
        messageIds.forEach(MessageService::requireId);
    }

    private static void requireRange(MessageQuery query) {
        if (query.from() == null || query.to() == null) {
            throw GatewayException.invalidParameter("start_time", "start and end time are required.");
        }
        if (query.from().isAfter(query.to())) {
            throw GatewayException.invalidParameter("start_time", "must not be after the end time.");
        }
    }
}
