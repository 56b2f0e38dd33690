package io.cloudmq.gateway.core.model;

/** Offset paging in neutral form; dialects convert their page numbers, tokens or offsets into it. */
public record PageRequest(int offset, int limit) {
    public PageRequest {
        if (offset < 0) {
            throw new IllegalArgumentException("offset < 0");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit < 1");
        }
    }
}
