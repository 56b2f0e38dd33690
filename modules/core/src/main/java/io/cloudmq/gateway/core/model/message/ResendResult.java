package io.cloudmq.gateway.core.model.message;

/** The outcome of resending one dead-letter message: either the new message id, or why it failed. */
public record ResendResult(String messageId, boolean success, String newMessageId, String error) {

    public static ResendResult sent(String messageId, String newMessageId) {
        return new ResendResult(messageId, true, newMessageId, null);
    }

    public static ResendResult failed(String messageId, String error) {
        return new ResendResult(messageId, false, null, error);
    }
}
