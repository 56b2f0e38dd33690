package io.cloudmq.gateway.huawei.error;

/**
 * The DMS / API gateway error codes this dialect answers with, with their HTTP statuses and default messages
 * (shared/reference/huawei-dialect.md §3).
 */
public enum DmsError {
    AUTH_FAILED(401, "APIG.0301", "Incorrect IAM authentication information: verify aksk signature fail"),
    PROJECT_MISMATCH(401, "DMS.10240104", "The project ID does not match the credentials."),
    THROTTLED(429, "APIG.0308", "The throttling threshold has been reached: policy user over ratelimit"),
    ROUTE_NOT_FOUND(404, "APIGW.0101", "The API does not exist or has not been published in the environment."),
    EMPTY_BODY(400, "DMS.00400004", "The request body is empty."),
    BAD_JSON(400, "DMS.00400005", "The message body is not in JSON format or contains invalid characters."),
    UNSUPPORTED_ENGINE_VERSION(400, "DMS.00400008", "Unsupported version."),
    WEAK_SECRET(400, "DMS.00400012", "The password is too weak."),
    INVALID_USERNAME(400, "DMS.00400015", "Invalid username."),
    INVALID_PRODUCT_ID(400, "DMS.00400009", "Invalid product_id."),
    INVALID_INSTANCE_NAME(400, "DMS.00400010",
            "Invalid instance name. The name must be 4 to 64 characters long. Only letters, digits, underscores (_), and hyphens (-) are allowed."),
    DESCRIPTION_TOO_LONG(400, "DMS.00400011", "The instance description can contain a maximum of 1024 characters."),
    VPC_ID_EMPTY(400, "DMS.00400013", "vpc_id in the request is empty."),
    SECURITY_GROUP_ID_EMPTY(400, "DMS.00400014", "security_group_id in the request is empty."),
    SUBNET_ID_EMPTY(400, "DMS.00400016", "subnet_id in the request is empty."),
    JOB_RUNNING(400, "DMS.00400017", "This DMS instance job task is still running."),
    ENGINE_PRODUCT_MISMATCH(400, "DMS.00400022", "Engine does not match the product id."),
    INVALID_STATUS(400, "DMS.00400026", "This operation is not allowed due to the instance status."),
    QUOTA_REACHED(400, "DMS.00400039", "The quota limit has been reached."),
    AZ_NOT_FOUND(400, "DMS.00400042", "The AZ does not exist."),
    INSTANCE_NAME_EXISTS(400, "DMS.00400060", "This instance name already exists."),
    INVALID_PARAMETER(400, "DMS.00400062", "Invalid request parameter."),
    BATCH_ACTION_INVALID(400, "DMS.00400064", "The action must be delete or restart."),
    BATCH_INSTANCES_EMPTY(400, "DMS.00400065", "The instances array is empty."),
    BATCH_TOO_MANY(400, "DMS.00400100", "A maximum of 50 instances can be operated at a time."),
    INVALID_DISK_SPACE(400, "DMS.00400500", "Invalid disk space."),
    INVALID_VALUE(400, "DMS.00400800", "Invalid parameter."),
    INSTANCE_NOT_FOUND(404, "DMS.00404022", "This instance does not exist."),
    NAME_NOT_FOUND(404, "DMS.10540401", "The resource does not exist."),
    BROKER_UNAVAILABLE(500, "DMS.10250002", "The broker of this instance cannot be reached. Try again later."),
    INTERNAL(500, "DMS.00500094", "Internal service error.");

    private final int status;
    private final String code;
    private final String message;

    DmsError(int status, String code, String message) {
        this.status = status;
        this.code = code;
        this.message = message;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String message() {
        return message;
    }

    public HuaweiApiException exception() {
        return new HuaweiApiException(this, message);
    }

    public HuaweiApiException exception(String detail) {
        return new HuaweiApiException(this, detail);
    }
}
