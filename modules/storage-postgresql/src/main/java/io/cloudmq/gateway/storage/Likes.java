package io.cloudmq.gateway.storage;

import java.util.Locale;

/** Builds case-insensitive substring patterns for {@code lower(column) like :p escape '!'}. */
final class Likes {

    // '!' rather than a backslash: a backslash means different things in HQL literals and SQL, '!' means nothing.
    static final String ESCAPE_CLAUSE = " escape '!'";

    private Likes() {
    }

    /** User input is literal text, so LIKE wildcards in it must not match everything. */
    static String containsIgnoreCase(String text) {
        String escaped = text.toLowerCase(Locale.ROOT)
                .replace("!", "!!")
                .replace("%", "!%")
                .replace("_", "!_");
        return "%" + escaped + "%";
    }
}
