package io.cloudmq.gateway.huawei.auth;

import java.util.Objects;
import java.util.function.Function;

/**
 * What the verifier needs from an HTTP request, taken from the wire before any decoding.
 *
 * @param method   the request method as sent, e.g. {@code GET}
 * @param rawPath  the path exactly as in the request line (still percent-encoded; may hold a stray {@code %})
 * @param rawQuery the query after {@code ?} exactly as in the request line, {@code null} if there is none
 * @param header   case-insensitive header lookup giving the (first) received value, {@code null} if absent
 * @param body     the request body after de-chunking; never {@code null} (an absent body is an empty array)
 */
public record SignedRequest(String method, String rawPath, String rawQuery, Function<String, String> header,
                            byte[] body) {

    public SignedRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(rawPath, "rawPath");
        Objects.requireNonNull(header, "header");
        body = body == null ? new byte[0] : body;
    }
}
