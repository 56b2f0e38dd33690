package io.cloudmq.gateway.huawei.web;

import io.cloudmq.gateway.core.model.PageRequest;
import io.cloudmq.gateway.huawei.error.DmsError;

/** DMS offset paging: {@code limit} 1–50 (default 10), {@code offset} ≥ 0; -1 marks "no next/previous page". */
public final class Paging {

    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 50;

    private Paging() {
    }

    public static PageRequest of(String offset, String limit) {
        int o = parse("offset", offset, 0);
        int l = parse("limit", limit, DEFAULT_LIMIT);
        if (o < 0) {
            throw DmsError.INVALID_PARAMETER.exception("Invalid offset: must be 0 or more.");
        }
        if (l < 1 || l > MAX_LIMIT) {
            throw DmsError.INVALID_PARAMETER.exception("Invalid limit: must be between 1 and " + MAX_LIMIT + ".");
        }
        return new PageRequest(o, l);
    }

    public static int nextOffset(PageRequest page, long total) {
        long next = (long) page.offset() + page.limit();
        return next < total ? (int) next : -1;
    }

    public static int previousOffset(PageRequest page) {
        return page.offset() == 0 ? -1 : Math.max(0, page.offset() - page.limit());
    }

    private static int parse(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw DmsError.INVALID_PARAMETER.exception("Invalid " + name + ": '" + value + "' is not a number.");
        }
    }
}
