package io.cloudmq.gateway.huawei.error;

/** A refusal in this dialect's terms: rendered as {@code {"error_code","error_msg"}} with the code's HTTP status. */
public class HuaweiApiException extends RuntimeException {

    private final DmsError error;

    public HuaweiApiException(DmsError error, String message) {
        super(message);
        this.error = error;
    }

    public DmsError error() {
        return error;
    }
}
