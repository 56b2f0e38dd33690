package io.cloudmq.gateway.core.model.message;

/**
 * What a consumer client answered when the broker handed it one message directly.
 *
 * @param result  the client's verdict: CONSUME_SUCCESS, CONSUME_LATER, RETURN_NULL, THROW_EXCEPTION, ...
 * @param remark  the client's explanation (e.g. the listener's exception), or null
 * @param elapsedMillis how long the listener ran
 */
public record ConsumeVerification(String messageId, String clientId, boolean success, String result, String remark,
                                  long elapsedMillis) {
}
