package io.cloudmq.gateway.storage;

import io.cloudmq.gateway.core.model.PageRequest;

final class Paging {

    private Paging() {
    }

    /** Panache's inclusive last index; a huge limit must not overflow into a negative range. */
    static int lastIndex(PageRequest page) {
        return (int) Math.min((long) page.offset() + page.limit() - 1, Integer.MAX_VALUE);
    }
}
