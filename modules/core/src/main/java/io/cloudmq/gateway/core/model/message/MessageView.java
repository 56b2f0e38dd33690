package io.cloudmq.gateway.core.model.message;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One stored message as the broker returns it.
 *
 * @param messageId       the id the producer assigned (RocketMQ's unique key); what clients log and what dialects call
 *                        the message id
 * @param offsetMessageId the broker-assigned id that encodes the store address and commit-log offset
 * @param topic           the tenant's (logical) topic name; for retry and dead-letter messages, the topic the message was
 *                        first sent to
 * @param tags            the tag (RocketMQ allows one per message), or null
 * @param keys            the message keys, in the producer's order
 * @param body            the payload bytes (the array is the caller's to keep; do not mutate)
 * @param bodyCrc         CRC32 of the body as the broker stored it
 * @param properties      user and system properties, as stored
 * @param bornHost        {@code host:port} of the producer
 * @param storeHost       {@code host:port} of the broker that stored it
 * @param brokerName      the broker that stored it
 * @param reconsumeTimes  how often consumers asked for redelivery
 * @param storeSize       bytes the message takes in the commit log
 */
public record MessageView(String messageId, String offsetMessageId, String topic, String tags, List<String> keys,
                          byte[] body, int bodyCrc, Map<String, String> properties, Instant bornAt, Instant storedAt,
                          String bornHost, String storeHost, String brokerName, int queueId, long queueOffset,
                          int reconsumeTimes, int storeSize) {

    public MessageView {
        keys = keys == null ? List.of() : List.copyOf(keys);
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }
}
