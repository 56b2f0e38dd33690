package io.cloudmq.gateway.huawei.auth;

import static io.cloudmq.gateway.huawei.auth.HuaweiHttpVector.AK;
import static io.cloudmq.gateway.huawei.auth.HuaweiHttpVector.SK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tampering, time window, credentials and header shape; the vectors are the SDK's own captures. */
class SdkHmacSha256VerifierTest {

    private static final Duration SKEW = Duration.ofMinutes(15);

    private static VerificationResult verify(HuaweiHttpVector vector) {
        return SdkHmacSha256VectorsTest.verify(vector, SdkHmacSha256VectorsTest.clockAt(vector.sdkDate()));
    }

    private static VerificationResult verifyWithClockShift(HuaweiHttpVector vector, Duration shift) {
        return SdkHmacSha256VectorsTest.verify(vector,
                Clock.offset(SdkHmacSha256VectorsTest.clockAt(vector.sdkDate()), shift));
    }

    private static VerificationResult.Rejected rejected(Reason reason) {
        return new VerificationResult.Rejected(reason, AK);
    }

    private static String flipOneChar(String value, int index) {
        char c = value.charAt(index);
        return value.substring(0, index) + (char) (c == 'a' ? 'b' : c == '1' ? '2' : c ^ 1) + value.substring(index + 1);
    }

    private static HuaweiHttpVector showInstance() {
        return HuaweiHttpVector.load("huawei-ShowInstance.http");
    }

    @Test
    void flippedPathByteIsAMismatch() {
        HuaweiHttpVector vector = showInstance();

        assertThat(verify(vector.withRawPath(flipOneChar(vector.rawPath(), vector.rawPath().length() - 1))))
                .isEqualTo(rejected(Reason.SIGNATURE_MISMATCH));
        assertThat(verify(vector.withRawPath(vector.rawPath() + "x"))).isEqualTo(rejected(Reason.SIGNATURE_MISMATCH));
    }

    @Test
    void flippedQueryValueByteIsAMismatch() {
        HuaweiHttpVector vector = HuaweiHttpVector.load("huawei-ListInstances.http");

        assertThat(verify(vector.withRawQuery(vector.rawQuery().replace("name=demo", "name=demp"))))
                .isEqualTo(rejected(Reason.SIGNATURE_MISMATCH));
        assertThat(verify(vector.withRawQuery(vector.rawQuery() + "&extra=1")))
                .isEqualTo(rejected(Reason.SIGNATURE_MISMATCH));
        assertThat(verify(vector.withRawQuery(null))).isEqualTo(rejected(Reason.SIGNATURE_MISMATCH));
    }

    @Test
    void wireOrderOfQueryParametersDoesNotMatter() {
        HuaweiHttpVector vector = HuaweiHttpVector.load("huawei-ListInstances.http");

        assertThat(verify(vector.withRawQuery("engine=rocketmq&offset=0&limit=10&name=demo")))
                .isEqualTo(new VerificationResult.Verified(AK));
    }

    /**
     * Raw '+' means space (form decoding, as the JAX-RS layer reads it). Read as a literal plus instead, swapping
     * the signed %2B for '+' would keep the signature valid while the resource saw a space.
     */
    @Test
    void plusInTheQueryIsASpaceSoPercent2BCannotBeSwappedForPlus() {
        HuaweiHttpVector vector = HuaweiHttpVector.load("huawei-ListMessages.http");
        assertThat(vector.rawQuery()).contains("t%20a%2Bb");

        assertThat(verify(vector.withRawQuery(vector.rawQuery().replace("t%20a%2Bb", "t%20a+b"))))
                .isEqualTo(rejected(Reason.SIGNATURE_MISMATCH));
        assertThat(verify(vector.withRawQuery(vector.rawQuery().replace("t%20a%2Bb", "t+a%2Bb"))))
                .isEqualTo(new VerificationResult.Verified(AK));
    }

    /** A raw ';' separates parameters for the JAX-RS layer, so it must not stand in for a signed %3B. */
    @Test
    void semicolonInTheQuerySeparatesSoPercent3BCannotBeSwappedForSemicolon() {
        String sdkDate = "20250101T120000Z";
        Map<String, String> headers = Map.of("Host", "h");
        String authorization = SdkHmacSha256Signer.sign("GET", "/v2/p/instances",
                Map.of("name", List.of("a;b=c")), headers, null, AK, SK, sdkDate);
        Map<String, String> received = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        received.putAll(headers);
        received.put("Authorization", authorization);
        received.put("X-Sdk-Date", sdkDate);

        assertThat(verifierAt(sdkDate).verify(new SignedRequest("GET", "/v2/p/instances", "name=a%3Bb%3Dc",
                received::get, null), ak -> Optional.of(SK))).isEqualTo(new VerificationResult.Verified(AK));
        assertThat(verifierAt(sdkDate).verify(new SignedRequest("GET", "/v2/p/instances", "name=a;b=c",
                received::get, null), ak -> Optional.of(SK))).isEqualTo(rejected(Reason.SIGNATURE_MISMATCH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Host", "User-Agent", "X-Project-Id"})
    void flippedSignedHeaderByteIsAMismatch(String header) {
        HuaweiHttpVector vector = showInstance();

        assertThat(verify(vector.withHeader(header, flipOneChar(vector.header(header), 0))))
                .isEqualTo(rejected(Reason.SIGNATURE_MISMATCH));
    }

    @Test
    void missingSignedHeaderIsAMismatch() {
        assertThat(verify(showInstance().withHeader("User-Agent", null))).isEqualTo(rejected(Reason.SIGNATURE_MISMATCH));
    }

    @Test
    void unsignedHeadersAndHeaderNameCaseDoNotMatter() {
        HuaweiHttpVector vector = showInstance()
                .withHeader("Content-Type", "text/plain")
                .withHeader("Accept-Encoding", null)
                .withHeader("X-Extra", "1");

        assertThat(verify(vector)).isEqualTo(new VerificationResult.Verified(AK));
    }

    @Test
    void flippedBodyByteIsAMismatch() {
        HuaweiHttpVector vector = HuaweiHttpVector.load("huawei-CreateTopicOrBatchDeleteTopic.http");
        byte[] body = vector.body().clone();
        body[10] ^= 1;

        assertThat(verify(vector.withBody(body))).isEqualTo(rejected(Reason.SIGNATURE_MISMATCH));
        assertThat(verify(vector.withBody(new byte[0]))).isEqualTo(rejected(Reason.SIGNATURE_MISMATCH));
    }

    @Test
    void methodIsSigned() {
        HuaweiHttpVector vector = HuaweiHttpVector.load("huawei-DeleteTopic.http");

        assertThat(verify(new HuaweiHttpVector(vector.name(), "GET", vector.rawPath(), vector.rawQuery(),
                vector.headers(), vector.body()))).isEqualTo(rejected(Reason.SIGNATURE_MISMATCH));
    }

    @Test
    void skewBeyondFifteenMinutesIsExpiredInBothDirections() {
        HuaweiHttpVector vector = showInstance();

        assertThat(verifyWithClockShift(vector, Duration.ofMinutes(16))).isEqualTo(rejected(Reason.EXPIRED));
        assertThat(verifyWithClockShift(vector, Duration.ofMinutes(-16))).isEqualTo(rejected(Reason.EXPIRED));
        assertThat(verifyWithClockShift(vector, SKEW.plusMillis(1))).isEqualTo(rejected(Reason.EXPIRED));
        assertThat(verifyWithClockShift(vector, SKEW)).isEqualTo(new VerificationResult.Verified(AK));
        assertThat(verifyWithClockShift(vector, SKEW.negated())).isEqualTo(new VerificationResult.Verified(AK));
    }

    @Test
    void unknownAccessKeyIsRejectedAfterTheCheapChecks() {
        HuaweiHttpVector vector = showInstance();
        SdkHmacSha256Verifier verifier = new SdkHmacSha256Verifier(
                SdkHmacSha256VectorsTest.clockAt(vector.sdkDate()), SKEW);

        assertThat(verifier.verify(vector.toSignedRequest(), ak -> Optional.empty()))
                .isEqualTo(rejected(Reason.UNKNOWN_ACCESS_KEY));
        assertThat(verifier.verify(vector.toSignedRequest(), ak -> Optional.of("")))
                .isEqualTo(rejected(Reason.UNKNOWN_ACCESS_KEY));
        assertThat(verifier.verify(vector.toSignedRequest(), ak -> Optional.of(SK + "x")))
                .isEqualTo(rejected(Reason.SIGNATURE_MISMATCH));
        SdkHmacSha256Verifier late = new SdkHmacSha256Verifier(
                Clock.offset(SdkHmacSha256VectorsTest.clockAt(vector.sdkDate()), Duration.ofHours(1)), SKEW);
        assertThat(late.verify(vector.toSignedRequest(), ak -> {
            throw new AssertionError("no secret lookup for an expired request");
        })).isEqualTo(rejected(Reason.EXPIRED));
    }

    @Test
    void missingAuthorization() {
        assertThat(verify(showInstance().withHeader("Authorization", null)))
                .isEqualTo(new VerificationResult.Rejected(Reason.MISSING_AUTHORIZATION, null));
        assertThat(verify(showInstance().withHeader("Authorization", "")))
                .isEqualTo(new VerificationResult.Rejected(Reason.MISSING_AUTHORIZATION, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "garbage",
        "Bearer abc",
        "SDK-HMAC-SHA256 Access=TESTAK1234567890ABCD, SignedHeaders=host;x-sdk-date",
        "SDK-HMAC-SHA256 Access=TESTAK1234567890ABCD,SignedHeaders=host;user-agent;x-project-id;x-sdk-date,"
                + "Signature=ecf4446db1634731ea83157db60ab8c1058b9200ec07ef4df4f10a4e7ecba4f1",
        "SDK-HMAC-SHA256 Access=TESTAK1234567890ABCD, SignedHeaders=host;user-agent;x-project-id;x-sdk-date, "
                + "Signature=ECF4446DB1634731EA83157DB60AB8C1058B9200EC07EF4DF4F10A4E7ECBA4F1",
        "SDK-HMAC-SHA256 Access=TESTAK1234567890ABCD, SignedHeaders=host;user-agent;x-project-id;x-sdk-date, "
                + "Signature=ecf4446db1634731ea83157db60ab8c1058b9200ec07ef4df4f10a4e7ecba4f",
        "SDK-HMAC-SHA256 Access=TESTAK1234567890ABCD, SignedHeaders=host;user-agent;x-project-id;x-sdk-date, "
                + "Signature=ecf4446db1634731ea83157db60ab8c1058b9200ec07ef4df4f10a4e7ecba4f1\n",
        "V11-HMAC-SHA256 Access=TESTAK1234567890ABCD, SignedHeaders=host;user-agent;x-project-id;x-sdk-date, "
                + "Signature=ecf4446db1634731ea83157db60ab8c1058b9200ec07ef4df4f10a4e7ecba4f1"})
    void garbledAuthorizationIsMalformed(String authorization) {
        assertThat(verify(showInstance().withHeader("Authorization", authorization)))
                .isEqualTo(new VerificationResult.Rejected(Reason.MALFORMED_AUTHORIZATION, null));
    }

    @Test
    void unsignedSdkDateIsMalformedAuthorization() {
        HuaweiHttpVector vector = showInstance();
        String authorization = vector.header("Authorization").replace(";x-sdk-date,", ",");

        assertThat(verify(vector.withHeader("Authorization", authorization)))
                .isEqualTo(rejected(Reason.MALFORMED_AUTHORIZATION));
    }

    @Test
    void missingSdkDate() {
        HuaweiHttpVector vector = showInstance();

        assertThat(SdkHmacSha256VectorsTest.verify(vector.withHeader("X-Sdk-Date", null),
                SdkHmacSha256VectorsTest.clockAt(vector.sdkDate()))).isEqualTo(rejected(Reason.MISSING_DATE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2025-01-01T12:00:00Z", "20250101T120000", "20250101 120000Z", "20251301T120000Z",
        "20250230T120000Z", "20250101T250000Z", "120250101T120000Z", "+2025010T120000Z", "Wed, 01 Jan 2025 12:00:00 GMT"})
    void malformedSdkDate(String sdkDate) {
        HuaweiHttpVector vector = showInstance();

        assertThat(SdkHmacSha256VectorsTest.verify(vector.withHeader("X-Sdk-Date", sdkDate),
                SdkHmacSha256VectorsTest.clockAt(vector.sdkDate()))).isEqualTo(rejected(Reason.MALFORMED_DATE));
    }

    @Test
    void dateIsSigned() {
        HuaweiHttpVector vector = showInstance();

        assertThat(verify(vector.withHeader("X-Sdk-Date", "20250101T120001Z")))
                .isEqualTo(rejected(Reason.SIGNATURE_MISMATCH));
    }

    @Test
    void signerReproducesTheSdkForEveryVector() {
        for (String file : SdkHmacSha256VectorsTest.vectorFiles().toList()) {
            HuaweiHttpVector vector = HuaweiHttpVector.load(file);
            Map<String, String> headers = new LinkedHashMap<>();
            vector.headers().forEach(h -> headers.put(h.getKey(), h.getValue()));
            headers.remove("Authorization");
            headers.remove("Connection");
            headers.remove("Accept-Encoding");
            headers.remove("Transfer-Encoding");

            String authorization = SdkHmacSha256Signer.sign(vector.method(), decodedPath(vector.rawPath()),
                    decodedQuery(vector.rawQuery()), headers, vector.body(), AK, SK, vector.sdkDate());

            assertThat(authorization).as(file).isEqualTo(vector.header("Authorization"));
        }
    }

    @Test
    void roundTripWithSpecialCharactersAndUnicode() {
        String sdkDate = SdkHmacSha256Signer.sdkDate(Instant.parse("2026-03-04T05:06:07.890Z"));
        assertThat(sdkDate).isEqualTo("20260304T050607Z");
        Map<String, List<String>> query = new TreeMap<>();
        query.put("topic", List.of("t a+b*c~d/e:f|g%h", "second"));
        query.put("name", List.of("中文 €"));
        query.put("flag", List.of());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", "dms.example.com");
        headers.put("X-Project-Id", "p1");
        headers.put("Content-Type", "application/json");
        headers.put("X_Ignored", "x");
        byte[] body = "{\"name\":\"t\\u00e9\"}".getBytes(StandardCharsets.UTF_8);

        String authorization = SdkHmacSha256Signer.sign("POST", "/v2/p1/instances/i1/groups/%RETRY%g|x", query,
                headers, body, AK, SK, sdkDate);

        assertThat(authorization).startsWith("SDK-HMAC-SHA256 Access=" + AK
                + ", SignedHeaders=host;x-project-id;x-sdk-date, Signature=");
        Map<String, String> received = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        received.putAll(headers);
        received.put("Authorization", authorization);
        received.put("X-Sdk-Date", sdkDate);
        // OkHttp's encoding of the same request, parameters in HashMap order.
        SignedRequest request = new SignedRequest("POST", "/v2/p1/instances/i1/groups/%RETRY%g%7Cx",
                "topic=t%20a%2Bb*c%7Ed%2Fe%3Af%7Cg%25h&flag&name=%E4%B8%AD%E6%96%87%20%E2%82%AC&topic=second",
                received::get, body);
        SdkHmacSha256Verifier verifier = new SdkHmacSha256Verifier(
                Clock.fixed(Instant.parse("2026-03-04T05:06:07Z"), ZoneOffset.UTC), SKEW);

        assertThat(verifier.verify(request, ak -> Optional.of(SK))).isEqualTo(new VerificationResult.Verified(AK));
    }

    @Test
    void signerRequiresHost() {
        assertThatThrownBy(() -> SdkHmacSha256Signer.sign("GET", "/", null, Map.of(), null, AK, SK,
                "20250101T120000Z")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void declaredUnsignedPayloadSkipsTheBodyHash() {
        Map<String, String> headers = Map.of("Host", "h", "X-Sdk-Content-Sha256", "UNSIGNED-PAYLOAD");
        String authorization = SdkHmacSha256Signer.sign("PUT", "/o", null, headers, "one".getBytes(), AK, SK,
                "20250101T120000Z");
        Map<String, String> received = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        received.putAll(headers);
        received.put("Authorization", authorization);
        received.put("X-Sdk-Date", "20250101T120000Z");

        assertThat(verifierAt("20250101T120000Z").verify(
                new SignedRequest("PUT", "/o", null, received::get, "another".getBytes()), ak -> Optional.of(SK)))
                .isEqualTo(new VerificationResult.Verified(AK));
    }

    /** The header is only a claim: attaching the original hash to a replaced body must not pass. */
    @Test
    void declaredBodyHashMustMatchTheBody() {
        HuaweiHttpVector vector = HuaweiHttpVector.load("huawei-CreateTopicOrBatchDeleteTopic.http");
        String originalHash = Canonicalizer.sha256Hex(vector.body());

        assertThat(verify(vector.withHeader("X-Sdk-Content-Sha256", originalHash)))
                .isEqualTo(new VerificationResult.Verified(AK));
        assertThat(verify(vector.withHeader("X-Sdk-Content-Sha256", originalHash).withBody("{}".getBytes())))
                .isEqualTo(rejected(Reason.SIGNATURE_MISMATCH));
        assertThat(verify(vector.withHeader("X-Sdk-Content-Sha256", "UNSIGNED-PAYLOAD")))
                .isEqualTo(rejected(Reason.SIGNATURE_MISMATCH));
    }

    @Test
    void constructorRejectsNegativeSkew() {
        assertThatThrownBy(() -> new SdkHmacSha256Verifier(Clock.systemUTC(), Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static SdkHmacSha256Verifier verifierAt(String sdkDate) {
        return new SdkHmacSha256Verifier(SdkHmacSha256VectorsTest.clockAt(sdkDate), SKEW);
    }

    /** What the SDK held before OkHttp encoded the path (the captured paths use only %7C besides a stray %). */
    private static String decodedPath(String rawPath) {
        return rawPath.replace("%7C", "|");
    }

    private static Map<String, List<String>> decodedQuery(String rawQuery) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (rawQuery != null) {
            for (String piece : rawQuery.split("&")) {
                int eq = piece.indexOf('=');
                params.computeIfAbsent(piece.substring(0, eq), k -> new ArrayList<>())
                        .add(URLDecoder.decode(piece.substring(eq + 1),
                                StandardCharsets.UTF_8));
            }
        }
        return params;
    }
}
