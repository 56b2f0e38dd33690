package io.cloudmq.gateway.broker.rocketmq;

import io.cloudmq.gateway.core.model.BrokerPlacement;
import io.cloudmq.gateway.core.model.message.MessageView;
import org.apache.rocketmq.common.message.MessageConst;
import org.apache.rocketmq.common.message.MessageDecoder;
import org.apache.rocketmq.common.message.MessageExt;
import org.apache.rocketmq.common.utils.NetworkUtil;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Maps stored RocketMQ messages to the neutral view, with tenant (logical) topic names. */
final class RocketMqMessageViews {

    private RocketMqMessageViews() {
    }

    /**
     * The physical topic a message belongs to for its tenant: retry and dead-letter copies carry the topic they were
     * first sent to in {@code RETRY_TOPIC}.
     */
    static String originalTopic(MessageExt message) {
        String original = message.getProperty(MessageConst.PROPERTY_RETRY_TOPIC);
        return original != null ? original : message.getTopic();
    }

    /** The broker-assigned id (store address + commit-log offset), which clients report as the offset message id. */
    static String offsetMessageId(MessageExt m) {
        return MessageDecoder.createMessageId(m.getStoreHost(), m.getCommitLogOffset());
    }

    static MessageView view(BrokerPlacement placement, MessageExt m) {
        String physical = originalTopic(m);
        String logical = RocketMqNames.logicalName(placement, physical);
        String keys = m.getKeys();
        return new MessageView(m.getMsgId(), offsetMessageId(m), logical == null ? physical : logical, m.getTags(),
                keys == null || keys.isBlank() ? List.of()
                        : Arrays.stream(keys.split(MessageConst.KEY_SEPARATOR)).filter(k -> !k.isEmpty()).toList(),
                m.getBody(), m.getBodyCRC(), m.getProperties(), Instant.ofEpochMilli(m.getBornTimestamp()),
                Instant.ofEpochMilli(m.getStoreTimestamp()), NetworkUtil.socketAddress2String(m.getBornHost()),
                NetworkUtil.socketAddress2String(m.getStoreHost()), m.getBrokerName(), m.getQueueId(),
                m.getQueueOffset(), m.getReconsumeTimes(), m.getStoreSize());
    }
}
