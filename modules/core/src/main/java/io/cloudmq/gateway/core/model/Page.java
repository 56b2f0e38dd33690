package io.cloudmq.gateway.core.model;

import java.util.List;

/** One page of a listing and the total number of matches, so every dialect can build its own paging envelope. */
public record Page<T>(List<T> items, long total) {
    public Page {
        items = List.copyOf(items);
    }
}
