package io.cloudmq.gateway.core.port.broker;

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

import java.util.List;
import java.util.Optional;

/**
 * Messages stored on a topic-based broker: reading them, their traces and dead letters, and sending on a tenant's
 * behalf. Topic and group names are the tenant's logical names; the driver maps them into the placement's namespace and
 * never returns a message of another namespace. Failures to reach the broker are UNAVAILABLE.
 */
public interface MessageBrokerDriver {

    /** A message of the topic by its message id or offset message id; empty when the topic holds no such message. */
    Optional<MessageView> findMessage(BrokerPlacement placement, String topic, String messageId);

    /** One page of the topic's messages matching the query, ordered by broker, queue and queue offset. */
    MessagePage listMessages(BrokerPlacement placement, String topic, MessageQuery query, PageRequest page);

    /** What producers and consumers with message tracing enabled reported about the message, oldest first. */
    List<MessageTrace> traces(BrokerPlacement placement, String topic, String messageId);

    SendReceipt send(BrokerPlacement placement, String topic, OutgoingMessage message);

    /**
     * Hands one stored message of the topic to one online client of the group and reports what its listener returned;
     * the group's offsets do not move.
     */
    ConsumeVerification consumeDirectly(BrokerPlacement placement, String group, String clientId, String topic,
                                        String messageId);

    /** One page of the group's dead letters (messages it failed to consume too often), by time of death. */
    MessagePage listDeadLetters(BrokerPlacement placement, String group, MessageQuery query, PageRequest page);

    /** A dead letter of the group by message id, or empty. */
    Optional<MessageView> findDeadLetter(BrokerPlacement placement, String group, String messageId);

    /**
     * Sends dead letters of the group back for another round of consumption by that group only (not by every group
     * of the original topic); ids the group has no dead letter for fail individually.
     */
    List<ResendResult> resendDeadLetters(BrokerPlacement placement, String group, List<String> messageIds);
}
