package io.cloudmq.gateway.huawei.web;

import io.cloudmq.gateway.huawei.error.DmsError;

/**
 * DMS folds "create" and "batch delete" into one POST, told apart by the {@code action} query parameter: absent means
 * create, {@code delete} means batch delete, anything else is refused.
 */
public final class BatchAction {

    private BatchAction() {
    }

    /** Whether the request is a batch delete; refuses unknown actions. */
    public static boolean isDelete(String action) {
        if (action == null || action.isEmpty()) {
            return false;
        }
        if ("delete".equals(action)) {
            return true;
        }
        throw DmsError.INVALID_PARAMETER.exception("Unsupported action '" + action + "'.");
    }
}
