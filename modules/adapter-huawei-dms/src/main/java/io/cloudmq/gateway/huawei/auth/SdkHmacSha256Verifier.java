package io.cloudmq.gateway.huawei.auth;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Server-side check of Huawei's SDK-HMAC-SHA256 request signature (huawei-dialect.md §4.2). Thread-safe and
 * stateless apart from the clock; one instance serves all requests.
 *
 * <p>The scheme has no nonce: identical calls within one second are byte-identical, so replay protection rests on
 * the skew window, TLS and idempotent handling of mutations.
 */
public final class SdkHmacSha256Verifier {

    private static final Pattern AUTHORIZATION = Pattern.compile(
            "^SDK-HMAC-SHA256 Access=([^,]+), SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$");
    private static final String SDK_DATE_HEADER = "x-sdk-date";
    private static final String CONTENT_SHA256_HEADER = "x-sdk-content-sha256";
    private static final int SDK_DATE_LENGTH = "yyyyMMddTHHmmssZ".length();

    private final Clock clock;
    private final Duration allowedSkew;

    public SdkHmacSha256Verifier(Clock clock, Duration allowedSkew) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.allowedSkew = Objects.requireNonNull(allowedSkew, "allowedSkew");
        if (allowedSkew.isNegative()) {
            throw new IllegalArgumentException("allowedSkew must not be negative");
        }
    }

    /**
     * Checks run cheapest first, and the secret is looked up only for a well-formed request inside the time window.
     *
     * @param secretByAccessKey secret key for an access key id, empty if the key is unknown or disabled
     */
    public VerificationResult verify(SignedRequest request, Function<String, Optional<String>> secretByAccessKey) {
        String authorization = request.header().apply("Authorization");
        if (authorization == null || authorization.isEmpty()) {
            return new VerificationResult.Rejected(Reason.MISSING_AUTHORIZATION, null);
        }
        Matcher matcher = AUTHORIZATION.matcher(authorization);
        if (!matcher.matches()) {
            return new VerificationResult.Rejected(Reason.MALFORMED_AUTHORIZATION, null);
        }
        String accessKeyId = matcher.group(1);
        String signedHeaders = matcher.group(2);
        String signature = matcher.group(3);

        String sdkDate = request.header().apply(SDK_DATE_HEADER);
        if (sdkDate == null) {
            return new VerificationResult.Rejected(Reason.MISSING_DATE, accessKeyId);
        }
        String[] signedNames = signedHeaders.split(";");
        // An unsigned date could be moved forward by anyone replaying the request, defeating the skew window.
        if (!contains(signedNames, SDK_DATE_HEADER)) {
            return new VerificationResult.Rejected(Reason.MALFORMED_AUTHORIZATION, accessKeyId);
        }
        Instant signedAt = parseSdkDate(sdkDate);
        if (signedAt == null) {
            return new VerificationResult.Rejected(Reason.MALFORMED_DATE, accessKeyId);
        }
        if (Duration.between(signedAt, clock.instant()).abs().compareTo(allowedSkew) > 0) {
            return new VerificationResult.Rejected(Reason.EXPIRED, accessKeyId);
        }
        Optional<String> secret = secretByAccessKey.apply(accessKeyId).filter(s -> !s.isEmpty());
        if (secret.isEmpty()) {
            return new VerificationResult.Rejected(Reason.UNKNOWN_ACCESS_KEY, accessKeyId);
        }

        String canonicalHeaders = Canonicalizer.canonicalHeaders(signedNames, request.header());
        String payloadHash = payloadHash(request);
        if (canonicalHeaders == null || payloadHash == null) {
            return new VerificationResult.Rejected(Reason.SIGNATURE_MISMATCH, accessKeyId);
        }
        String canonicalRequest = Canonicalizer.canonicalRequest(
                request.method(),
                Canonicalizer.canonicalUriFromRawPath(request.rawPath()),
                Canonicalizer.canonicalQueryFromRawQuery(request.rawQuery()),
                canonicalHeaders,
                signedHeaders,
                payloadHash);
        byte[] expected = Canonicalizer.hmacSha256(secret.get(),
                Canonicalizer.stringToSign(sdkDate, canonicalRequest));
        if (!MessageDigest.isEqual(expected, HexFormat.of().parseHex(signature))) {
            return new VerificationResult.Rejected(Reason.SIGNATURE_MISMATCH, accessKeyId);
        }
        return new VerificationResult.Verified(accessKeyId);
    }

    /**
     * The declared {@code X-Sdk-Content-Sha256} is what the client signed, but it is only a claim about the body:
     * unless it is {@code UNSIGNED-PAYLOAD} it must match the body actually received, or anyone could attach the
     * original hash to a replaced body.
     *
     * @return {@code null} if the declared hash contradicts the body
     */
    private static String payloadHash(SignedRequest request) {
        String declared = request.header().apply(CONTENT_SHA256_HEADER);
        if (declared != null && declared.equals(Canonicalizer.UNSIGNED_PAYLOAD)) {
            return declared;
        }
        String actual = Canonicalizer.sha256Hex(request.body());
        if (declared == null) {
            return actual;
        }
        return declared.equalsIgnoreCase(actual) ? declared : null;
    }

    private static Instant parseSdkDate(String value) {
        // The length check keeps the variable-width year field of the formatter from accepting 5+ digit years.
        if (value.length() != SDK_DATE_LENGTH) {
            return null;
        }
        try {
            return LocalDateTime.parse(value, Canonicalizer.SDK_DATE_FORMAT).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean contains(String[] names, String wanted) {
        for (String name : names) {
            if (name.equals(wanted)) {
                return true;
            }
        }
        return false;
    }
}
