package io.cloudmq.gateway.huawei.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The worked example of huawei-dialect.md §4.3, step by step, and the encoding rules of §4.1. */
class SdkHmacSha256CanonicalizerTest {

    private static final String PROJECT = "0123456789abcdef0123456789abcdef";
    private static final String INSTANCE = "11111111-2222-3333-4444-555555555555";
    private static final String DATE = "20250101T120000Z";
    private static final String SIGNED_HEADERS = "host;user-agent;x-project-id;x-sdk-date";
    private static final String HEADERS_BLOCK = """
            host:127.0.0.1:18080
            user-agent:huaweicloud-usdk-java/3.0
            x-project-id:0123456789abcdef0123456789abcdef
            x-sdk-date:20250101T120000Z
            """;
    private static final String EMPTY_BODY_HASH = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private static String sha256(String text) {
        return Canonicalizer.sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String signature(String canonicalRequest) {
        return HexFormat.of().formatHex(Canonicalizer.hmacSha256(HuaweiHttpVector.SK,
                Canonicalizer.stringToSign(DATE, canonicalRequest)));
    }

    private static String canonicalRequestOf(HuaweiHttpVector vector) {
        return Canonicalizer.canonicalRequest(vector.method(),
                Canonicalizer.canonicalUriFromRawPath(vector.rawPath()),
                Canonicalizer.canonicalQueryFromRawQuery(vector.rawQuery()),
                Canonicalizer.canonicalHeaders(SIGNED_HEADERS.split(";"), vector::header),
                SIGNED_HEADERS,
                Canonicalizer.sha256Hex(vector.body()));
    }

    @Test
    void workedExampleA_showInstance() {
        String expected = "GET\n"
                + "/v2/" + PROJECT + "/instances/" + INSTANCE + "/\n"
                + "\n"
                + HEADERS_BLOCK
                + "\n"
                + SIGNED_HEADERS + "\n"
                + EMPTY_BODY_HASH;

        String canonicalRequest = canonicalRequestOf(HuaweiHttpVector.load("huawei-ShowInstance.http"));

        assertThat(canonicalRequest).isEqualTo(expected);
        assertThat(sha256(canonicalRequest))
                .isEqualTo("2ccf2135e3540a891c1cd458bd6782e9f05dde228ff10c03066e2afa0b68c00f");
        assertThat(Canonicalizer.stringToSign(DATE, canonicalRequest)).isEqualTo(
                "SDK-HMAC-SHA256\n20250101T120000Z\n2ccf2135e3540a891c1cd458bd6782e9f05dde228ff10c03066e2afa0b68c00f");
        assertThat(signature(canonicalRequest))
                .isEqualTo("ecf4446db1634731ea83157db60ab8c1058b9200ec07ef4df4f10a4e7ecba4f1");
    }

    @Test
    void workedExampleB_createTopic() {
        HuaweiHttpVector vector = HuaweiHttpVector.load("huawei-CreateTopicOrBatchDeleteTopic.http");

        assertThat(new String(vector.body(), StandardCharsets.UTF_8))
                .isEqualTo("{\"name\":\"topic-test\",\"brokers\":[\"broker-0\"],\"queue_num\":3,\"permission\":\"all\"}");
        assertThat(Canonicalizer.sha256Hex(vector.body()))
                .isEqualTo("77440a7f806675e0525855aff43963c68034b90d35c7b1e1d28fa29dc79a608b");
        assertThat(Canonicalizer.canonicalUriFromRawPath(vector.rawPath()))
                .isEqualTo("/v2/" + PROJECT + "/instances/" + INSTANCE + "/topics/");
        String canonicalRequest = canonicalRequestOf(vector);
        assertThat(canonicalRequest).contains("\n\n" + HEADERS_BLOCK + "\n" + SIGNED_HEADERS + "\n");
        assertThat(sha256(canonicalRequest))
                .isEqualTo("cc8baf7687d52ddae1542b0571fba279b62e5776f803d1642fb5f0f997cb59b2");
        assertThat(signature(canonicalRequest))
                .isEqualTo("26a016c9aeebf1aeee3fa431f9e758e75354d850eeb2392a511036faaa67db43");
    }

    @Test
    void workedExampleC_listInstances() {
        HuaweiHttpVector vector = HuaweiHttpVector.load("huawei-ListInstances.http");

        assertThat(vector.rawQuery()).isEqualTo("name=demo&limit=10&offset=0&engine=rocketmq");
        assertThat(Canonicalizer.canonicalQueryFromRawQuery(vector.rawQuery()))
                .isEqualTo("engine=rocketmq&limit=10&name=demo&offset=0");
        assertThat(Canonicalizer.canonicalUriFromRawPath(vector.rawPath()))
                .isEqualTo("/v2/" + PROJECT + "/instances/");
        String canonicalRequest = canonicalRequestOf(vector);
        assertThat(sha256(canonicalRequest))
                .isEqualTo("418ca2346ac8ab89c0eda9d8bec5bbef8d2afd5c9592ac48290dda430ae81f6a");
        assertThat(signature(canonicalRequest))
                .isEqualTo("daa621bb68be9100818447595d2081f987e5ce0caf8a4717d259b95275bd1c66");
    }

    @Test
    void encodingExampleD_queryFromWireAndFromValue() {
        String canonical = "topic=t%20a%2Bb%2Ac~d%2Fe%3Af%7Cg%25h";

        assertThat(Canonicalizer.canonicalQueryFromRawQuery("topic=t%20a%2Bb*c%7Ed%2Fe%3Af%7Cg%25h"))
                .isEqualTo(canonical);
        assertThat(Canonicalizer.canonicalQuery(Map.of("topic", List.of("t a+b*c~d/e:f|g%h"))))
                .isEqualTo(canonical);
    }

    @Test
    void encodingExampleD_percentPathSegment() {
        HuaweiHttpVector vector = HuaweiHttpVector.load("huawei-ShowGroup-percent-path.http");

        assertThat(vector.rawPath()).endsWith("/groups/%RETRY%g%7Cx");
        assertThat(Canonicalizer.canonicalUriFromRawPath(vector.rawPath()))
                .endsWith("/groups/%25RETRY%25g%7Cx/");
        assertThat(Canonicalizer.canonicalUri("/groups/%RETRY%g|x")).isEqualTo("/groups/%25RETRY%25g%7Cx/");
    }

    @Test
    void rawPathIsLenientlyDecoded() {
        assertThat(Canonicalizer.canonicalUriFromRawPath("/a%2Fb/c%7cd/%/%4/%zz/e+f/%41"))
                .isEqualTo("/a%2Fb/c%7Cd/%25/%254/%25zz/e%2Bf/A/");
        assertThat(Canonicalizer.canonicalUriFromRawPath("/t%C3%A9st/%E2%82%AC")).isEqualTo("/t%C3%A9st/%E2%82%AC/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/", "//", "///", "/a", "a", "a/b", "/a/", "/a//", "//a", "/a//b///", "/v2/p/instances"})
    void canonicalUriSplitsLikeTheSdk(String path) {
        StringBuilder sdk = new StringBuilder();
        for (String segment : path.split("/")) {
            sdk.append(sdkUrlEncode(segment)).append('/');
        }
        String expected = path.equals("/") ? "/" : sdk.toString();

        assertThat(Canonicalizer.canonicalUri(path)).isEqualTo(expected);
        assertThat(Canonicalizer.canonicalUriFromRawPath(path)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain-Text_0.9~", "a b+c*d~e/f:g|h%i", "!\"#$&'()*,;<=>?@[\\]^`{}",
        "tête-à-tête", "€ 𝄞 中文", "lone \uD800 surrogate", "%41%zz", "\u007f\u0000"})
    void urlEncodeMatchesSignUtils(String value) {
        assertThat(Canonicalizer.urlEncode(value)).isEqualTo(sdkUrlEncode(value));
    }

    @Test
    void urlEncodeOfNullIsEmptyAsInTheSdk() {
        assertThat(Canonicalizer.urlEncode(null)).isEmpty();
    }

    /** SignUtils.urlEncode(value, false) of core 3.1.143, used as the oracle. */
    private static String sdkUrlEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8)
                .replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }

    @Test
    void queryFromWireIsSortedByEncodedKeyAndKeepsValueOrder() {
        assertThat(Canonicalizer.canonicalQueryFromRawQuery("b=2&a=z&a%20=x&a=y&c&d=&&e=%2B+"))
                .isEqualTo("a=z&a=y&a%20=x&b=2&c=&d=&e=%2B%20");
        assertThat(Canonicalizer.canonicalQueryFromRawQuery(null)).isEmpty();
        assertThat(Canonicalizer.canonicalQueryFromRawQuery("")).isEmpty();
        assertThat(Canonicalizer.canonicalQueryFromRawQuery("k=a=b")).isEqualTo("k=a%3Db");
        assertThat(Canonicalizer.canonicalQueryFromRawQuery("k=a;b=c%3Bd")).isEqualTo("b=c%3Bd&k=a");
    }

    @Test
    void queryFromParamsRendersEmptyValuesAndKeepsValueOrder() {
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put("z", List.of("2", "1"));
        params.put("empty", List.of());
        params.put("blank", List.of(""));
        params.put("a b", List.of("x"));

        assertThat(Canonicalizer.canonicalQuery(params)).isEqualTo("a%20b=x&blank=&empty=&z=2&z=1");
        assertThat(Canonicalizer.canonicalQuery(Map.of())).isEmpty();
        assertThat(Canonicalizer.canonicalQuery(null)).isEmpty();
    }

    @Test
    void canonicalHeadersIsNullWhenASignedHeaderIsMissing() {
        assertThat(Canonicalizer.canonicalHeaders(new String[] {"host", "x-sdk-date"},
                name -> name.equals("host") ? "h" : null)).isNull();
        assertThat(Canonicalizer.canonicalHeaders(new String[] {"host"}, name -> " h ")).isEqualTo("host: h \n");
    }
}
