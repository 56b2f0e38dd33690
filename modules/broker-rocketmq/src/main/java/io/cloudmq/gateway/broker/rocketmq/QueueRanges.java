package io.cloudmq.gateway.broker.rocketmq;

import io.cloudmq.gateway.core.error.GatewayException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The messages a time query matched, frozen as one half-open offset range per queue, in a fixed queue order. Because
 * every range's length is known, the i-th match overall is found by arithmetic: any page can be read directly, without
 * reading the pages before it, and {@link #total()} is exact. Encoded as the opaque snapshot token of a message page.
 */
record QueueRanges(List<Range> ranges) {

    private static final String VERSION = "q1";

    /** Queue offsets {@code [start, end)} of one queue. */
    record Range(String brokerName, int queueId, long start, long end) {

        long size() {
            return end - start;
        }
    }

    QueueRanges {
        ranges = List.copyOf(ranges);
    }

    long total() {
        return ranges.stream().mapToLong(Range::size).sum();
    }

    /** The sub-ranges, in order, that hold matches {@code [offset, offset + limit)}. */
    List<Range> slice(long offset, int limit) {
        List<Range> slice = new ArrayList<>();
        long skip = offset;
        long wanted = limit;
        for (Range r : ranges) {
            if (wanted == 0) {
                break;
            }
            if (skip >= r.size()) {
                skip -= r.size();
                continue;
            }
            long start = r.start() + skip;
            long end = Math.min(r.end(), start + wanted);
            slice.add(new Range(r.brokerName(), r.queueId(), start, end));
            wanted -= end - start;
            skip = 0;
        }
        return slice;
    }

    String encode() {
        StringBuilder s = new StringBuilder(VERSION);
        for (Range r : ranges) {
            s.append(';').append(r.brokerName()).append(',').append(r.queueId()).append(',').append(r.start())
                    .append(',').append(r.end());
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Any well-formed token is safe to accept: it names only queues and offsets, and the topic they are read from comes
     * from the (tenancy-checked) request, never from the token.
     */
    static QueueRanges decode(String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split(";");
            if (!VERSION.equals(parts[0])) {
                throw new IllegalArgumentException("unknown version");
            }
            List<Range> ranges = new ArrayList<>();
            for (int i = 1; i < parts.length; i++) {
                String[] f = parts[i].split(",");
                Range r = new Range(f[0], Integer.parseInt(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]));
                if (r.start() < 0 || r.size() < 0) {
                    throw new IllegalArgumentException("negative range");
                }
                ranges.add(r);
            }
            return new QueueRanges(ranges);
        } catch (RuntimeException e) {
            throw GatewayException.invalidParameter("snapshot", "is not a snapshot this gateway issued.");
        }
    }
}
