package io.cloudmq.gateway.huawei.auth;

import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Client side of SDK-HMAC-SHA256, reproducing {@code AKSKSigner} of Huawei core 3.1.143 (huawei-dialect.md §4.1). */
public final class SdkHmacSha256Signer {

    private SdkHmacSha256Signer() {
    }

    /** {@code X-Sdk-Date} value for an instant (second resolution, UTC). */
    public static String sdkDate(Instant instant) {
        return Canonicalizer.SDK_DATE_FORMAT.format(instant);
    }

    /**
     * Computes the {@code Authorization} header value. The request must then be sent with {@code X-Sdk-Date: sdkDate}
     * and exactly the given headers.
     *
     * @param path        the path before any encoding, path parameters inserted raw (as {@code URL.getPath()} in the SDK)
     * @param queryParams unencoded query parameters, may be {@code null}
     * @param headers     the headers to send; must contain {@code Host}. As in the SDK, {@code Content-Type} and
     *                    names containing {@code _} are not signed, and {@code x-sdk-date} is always signed
     * @param body        the body bytes, may be {@code null} for none
     */
    public static String sign(String method, String path, Map<String, ? extends List<String>> queryParams,
                              Map<String, String> headers, byte[] body, String accessKeyId, String secretKey,
                              String sdkDate) {
        TreeMap<String, String> signed = new TreeMap<>();
        for (Map.Entry<String, String> header : headers.entrySet()) {
            String name = header.getKey();
            if (!name.equalsIgnoreCase("Content-Type") && name.indexOf('_') < 0) {
                signed.putIfAbsent(name.toLowerCase(Locale.ROOT), header.getValue());
            }
        }
        signed.put("x-sdk-date", sdkDate);
        if (!signed.containsKey("host")) {
            throw new IllegalArgumentException("a Host header is required: the SDK always signs host");
        }
        String[] names = signed.keySet().toArray(String[]::new);
        String signedHeaders = String.join(";", names);
        String declaredHash = signed.get("x-sdk-content-sha256");
        String payloadHash = declaredHash != null ? declaredHash
                : Canonicalizer.sha256Hex(body == null ? new byte[0] : body);
        String canonicalRequest = Canonicalizer.canonicalRequest(
                method,
                Canonicalizer.canonicalUri(path),
                Canonicalizer.canonicalQuery(queryParams),
                Canonicalizer.canonicalHeaders(names, signed::get),
                signedHeaders,
                payloadHash);
        byte[] signature = Canonicalizer.hmacSha256(secretKey, Canonicalizer.stringToSign(sdkDate, canonicalRequest));
        return Canonicalizer.ALGORITHM + " Access=" + accessKeyId + ", SignedHeaders=" + signedHeaders
                + ", Signature=" + HexFormat.of().formatHex(signature);
    }
}
