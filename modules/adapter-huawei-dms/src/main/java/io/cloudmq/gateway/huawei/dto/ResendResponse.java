package io.cloudmq.gateway.huawei.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** SendDlqMessage / ValidateConsumedMessage: one result per message, DMS.00000000 "Success." when it worked. */
public record ResendResponse(@JsonProperty("resend_results") List<Result> resendResults) {

    public record Result(@JsonProperty("msg_id") String msgId, @JsonProperty("error_code") String errorCode,
                         @JsonProperty("error_message") String errorMessage) {
    }
}
