package io.cloudmq.gateway.core.model.message;

import java.util.List;

/**
 * One page of a message query.
 *
 * @param total    how many messages match; exact for the snapshot that {@code snapshot} names
 * @param snapshot opaque token that freezes what the query matched (per-queue offset ranges of a time query), so that
 *                 later pages of the same query see the same set even while producers keep sending; pass it back with
 *                 the next page. Dialects can hand it out as a scroll id or task id. Null when the query has none.
 * @param complete false when the broker could not return every match (only key queries can, when more than the
 *                 broker's per-query maximum share one index time slot); never silently true
 */
public record MessagePage(List<MessageView> items, long total, String snapshot, boolean complete) {

    public MessagePage {
        items = List.copyOf(items);
    }
}
