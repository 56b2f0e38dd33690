package io.cloudmq.gateway.storage;

import io.cloudmq.gateway.core.model.Page;
import io.cloudmq.gateway.core.model.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;

import java.util.function.Function;

final class Paging {

    private Paging() {
    }

    /** Panache's inclusive last index; a huge limit must not overflow into a negative range. */
    static int lastIndex(PageRequest page) {
        return (int) Math.min((long) page.offset() + page.limit() - 1, Integer.MAX_VALUE);
    }

    /** One page of a query's rows as records, with the total number of rows the query matches. */
    static <E, R> Page<R> page(PanacheQuery<E> query, PageRequest page, Function<E, R> toRecord) {
        long total = query.count();
        return new Page<>(query.range(page.offset(), lastIndex(page)).list().stream().map(toRecord).toList(), total);
    }
}
