package io.cloudmq.gateway.huawei.auth;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The canonical forms of SDK-HMAC-SHA256 (Huawei core 3.1.143, {@code AKSKSigner} + {@code SignUtils}); see
 * huawei-dialect.md §4. Client-side entry points take values as the SDK holds them before any encoding; the
 * {@code ...FromRaw...} entry points take what arrived on the wire and lenient-decode it first, so that the SDK's
 * encoding (OkHttp's, which differs from the canonical one) never has to be reproduced.
 */
public final class Canonicalizer {

    public static final String ALGORITHM = "SDK-HMAC-SHA256";
    public static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";

    /** {@code yyyyMMdd'T'HHmmss'Z'} in UTC; STRICT so that e.g. month 13 is rejected instead of rolled over. */
    public static final DateTimeFormatter SDK_DATE_FORMAT = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC)
            .withResolverStyle(ResolverStyle.STRICT);

    private static final HexFormat HEX = HexFormat.of();
    private static final char[] UPPER_HEX = "0123456789ABCDEF".toCharArray();
    private static final boolean[] UNRESERVED = new boolean[128];

    static {
        // What survives URLEncoder + SignUtils' replacements (+ -> %20, * -> %2A, %7E -> ~).
        for (char c = 'A'; c <= 'Z'; c++) {
            UNRESERVED[c] = true;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            UNRESERVED[c] = true;
        }
        for (char c = '0'; c <= '9'; c++) {
            UNRESERVED[c] = true;
        }
        UNRESERVED['-'] = true;
        UNRESERVED['_'] = true;
        UNRESERVED['.'] = true;
        UNRESERVED['~'] = true;
    }

    private enum Source {
        /** A plain value: every character is data. */
        PLAIN,
        /** A raw path segment: {@code %XX} is an escape, a stray {@code %} and {@code +} are data. */
        RAW_PATH,
        /** A raw query component: {@code %XX} is an escape and {@code +} means space (see the raw query method). */
        RAW_QUERY
    }

    private record Param(String key, String value) {
    }

    private static final Comparator<Param> BY_KEY = Comparator.comparing(Param::key);

    private Canonicalizer() {
    }

    /** {@code SignUtils.urlEncode(value, false)}; {@code null} encodes as the empty string, as in the SDK. */
    public static String urlEncode(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 8);
        appendEncoded(out, value, 0, value.length(), Source.PLAIN);
        return out.toString();
    }

    /** Canonical URI of a path as the SDK signs it ({@code URL.getPath()} with path parameters still unencoded). */
    public static String canonicalUri(String path) {
        return canonicalUri(path, Source.PLAIN);
    }

    /** Canonical URI of a path exactly as received on the wire (still percent-encoded, stray {@code %} allowed). */
    public static String canonicalUriFromRawPath(String rawPath) {
        return canonicalUri(rawPath, Source.RAW_PATH);
    }

    /** Canonical query of the SDK's query parameters; an empty value list renders as {@code key=}. */
    public static String canonicalQuery(Map<String, ? extends List<String>> params) {
        if (params == null || params.isEmpty()) {
            return "";
        }
        List<Param> pairs = new ArrayList<>(params.size());
        for (Map.Entry<String, ? extends List<String>> entry : params.entrySet()) {
            String key = urlEncode(entry.getKey());
            List<String> values = entry.getValue();
            if (values == null || values.isEmpty()) {
                pairs.add(new Param(key, ""));
            } else {
                for (String value : values) {
                    pairs.add(new Param(key, urlEncode(value)));
                }
            }
        }
        return join(pairs);
    }

    /**
     * Canonical query of a raw query string as received ({@code null} or empty gives the empty string).
     *
     * <p>The query is read the way the JAX-RS layer will read it (Vert.x-web {@code queryParams()}, i.e. Netty's
     * {@code QueryStringDecoder} with defaults): {@code +} is a space and {@code ;} separates parameters like
     * {@code &}. The Java SDK never sends either raw (OkHttp writes {@code %2B}, {@code %20}, {@code %3B}), so this
     * costs it nothing; reading them literally would let {@code %2B} -> {@code +} or {@code %3B} -> {@code ;} keep
     * the signature valid while changing or adding the parameters the resource sees. Empty pieces carry no
     * parameter and are skipped; {@code key} and {@code key=} both render as {@code key=}.
     */
    public static String canonicalQueryFromRawQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<Param> pairs = new ArrayList<>();
        int length = rawQuery.length();
        int start = 0;
        while (start < length) {
            int end = start;
            while (end < length && rawQuery.charAt(end) != '&' && rawQuery.charAt(end) != ';') {
                end++;
            }
            if (end > start) {
                int keyEnd = start;
                while (keyEnd < end && rawQuery.charAt(keyEnd) != '=') {
                    keyEnd++;
                }
                StringBuilder key = new StringBuilder(keyEnd - start + 8);
                appendEncoded(key, rawQuery, start, keyEnd, Source.RAW_QUERY);
                StringBuilder value = new StringBuilder(Math.max(0, end - keyEnd) + 8);
                if (keyEnd < end) {
                    appendEncoded(value, rawQuery, keyEnd + 1, end, Source.RAW_QUERY);
                }
                pairs.add(new Param(key.toString(), value.toString()));
            }
            start = end + 1;
        }
        return join(pairs);
    }

    /**
     * The header block: {@code name:value\n} for every name, in the given order, values untouched.
     *
     * @return {@code null} if a named header has no value, since such a request cannot carry a valid signature
     */
    public static String canonicalHeaders(String[] names, Function<String, String> valueOf) {
        StringBuilder out = new StringBuilder(names.length * 48);
        for (String name : names) {
            String value = valueOf.apply(name);
            if (value == null) {
                return null;
            }
            out.append(name).append(':').append(value).append('\n');
        }
        return out.toString();
    }

    /** The canonical request; {@code canonicalHeaders} already ends with a newline, hence the blank line. */
    public static String canonicalRequest(String method, String canonicalUri, String canonicalQuery,
                                          String canonicalHeaders, String signedHeaders, String payloadHash) {
        return method + '\n' + canonicalUri + '\n' + canonicalQuery + '\n' + canonicalHeaders + '\n'
                + signedHeaders + '\n' + payloadHash;
    }

    public static String stringToSign(String sdkDate, String canonicalRequest) {
        return ALGORITHM + '\n' + sdkDate + '\n' + sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
    }

    /** HMAC-SHA256 keyed with the secret's UTF-8 bytes; the scheme has no key derivation. */
    public static byte[] hmacSha256(String secretKey, String stringToSign) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    public static String sha256Hex(byte[] data) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /** Mirrors the SDK: {@code "/"} stays as is, otherwise Java {@code split("/")} and a {@code /} after each part. */
    private static String canonicalUri(String path, Source source) {
        if (path.isEmpty() || path.equals("/")) {
            return "/";
        }
        // split() drops trailing empty parts, so a path of nothing but slashes has no parts at all.
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '/') {
            end--;
        }
        StringBuilder out = new StringBuilder(path.length() + 16);
        int start = 0;
        while (start < end) {
            int slash = path.indexOf('/', start);
            int segmentEnd = slash < 0 || slash >= end ? end : slash;
            appendEncoded(out, path, start, segmentEnd, source);
            out.append('/');
            start = segmentEnd + 1;
        }
        return out.toString();
    }

    private static String join(List<Param> pairs) {
        pairs.sort(BY_KEY); // List.sort is stable: repeated keys keep their order.
        StringBuilder out = new StringBuilder(pairs.size() * 24);
        for (Param pair : pairs) {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(pair.key()).append('=').append(pair.value());
        }
        return out.toString();
    }

    private static void appendEncoded(StringBuilder out, String s, int from, int to, Source source) {
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c == '%' && source != Source.PLAIN && i + 2 < to
                    && hexValue(s.charAt(i + 1)) >= 0 && hexValue(s.charAt(i + 2)) >= 0) {
                appendByte(out, hexValue(s.charAt(i + 1)) << 4 | hexValue(s.charAt(i + 2)));
                i += 3;
            } else if (c == '+' && source == Source.RAW_QUERY) {
                appendByte(out, ' ');
                i++;
            } else if (c < 0x80) {
                appendByte(out, c);
                i++;
            } else {
                // A whole non-ASCII run at once keeps surrogate pairs together; a lone surrogate becomes '?',
                // exactly as URLEncoder's own String.getBytes(UTF-8) does.
                int runEnd = i + 1;
                while (runEnd < to && s.charAt(runEnd) >= 0x80) {
                    runEnd++;
                }
                for (byte b : s.substring(i, runEnd).getBytes(StandardCharsets.UTF_8)) {
                    appendByte(out, b & 0xFF);
                }
                i = runEnd;
            }
        }
    }

    private static void appendByte(StringBuilder out, int b) {
        if (b < 0x80 && UNRESERVED[b]) {
            out.append((char) b);
        } else {
            out.append('%').append(UPPER_HEX[b >>> 4]).append(UPPER_HEX[b & 0xF]);
        }
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return -1;
    }
}
