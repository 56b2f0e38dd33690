package io.cloudmq.gateway.core.model.message;

import java.time.Instant;

/**
 * One trace entry of a message, as the producing or consuming client reported it to the cluster's trace topic.
 *
 * @param group            producer group (PUB, END_TRANSACTION) or consumer group (SUB_*)
 * @param costTimeMillis   send time (PUB) or listener time (SUB_AFTER)
 * @param success          whether the send or the consumption succeeded
 * @param clientHost       address of the reporting client
 * @param storeHost        the broker that stored the message (PUB), or null
 * @param retryTimes       reconsume attempts so far (SUB_*)
 * @param transactionState COMMIT_MESSAGE / ROLLBACK_MESSAGE / UNKNOW (END_TRANSACTION), or null
 */
public record MessageTrace(TraceType type, Instant timestamp, String group, String topic, String messageId,
                           String tags, String keys, long costTimeMillis, boolean success, String clientHost,
                           String storeHost, int retryTimes, String transactionState) {
}
