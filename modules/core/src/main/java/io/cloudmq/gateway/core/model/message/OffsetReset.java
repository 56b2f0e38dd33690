package io.cloudmq.gateway.core.model.message;

import java.time.Instant;

/** Where to move a group's offsets on a topic: the oldest retained message, the end, or the first message stored at or after a time. */
public record OffsetReset(Kind kind, Instant timestamp) {

    public enum Kind { EARLIEST, LATEST, TIMESTAMP }

    public static OffsetReset earliest() {
        return new OffsetReset(Kind.EARLIEST, null);
    }

    public static OffsetReset latest() {
        return new OffsetReset(Kind.LATEST, null);
    }

    public static OffsetReset to(Instant timestamp) {
        return new OffsetReset(Kind.TIMESTAMP, timestamp);
    }

    public OffsetReset {
        if ((kind == Kind.TIMESTAMP) != (timestamp != null)) {
            throw new IllegalArgumentException("a timestamp is required for TIMESTAMP resets only");
        }
    }
}
