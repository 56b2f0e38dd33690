package io.cloudmq.gateway.huawei.error;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The DMS error envelope; the SDK reads {@code error_code} and {@code error_msg}, the request id from the header. */
public record ErrorBody(@JsonProperty("error_code") String errorCode, @JsonProperty("error_msg") String errorMsg,
                        @JsonProperty("request_id") String requestId) {
}
