package io.cloudmq.gateway.huawei.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every captured SDK request of shared/reference/vectors (Huawei part) verifies; values from its README. */
class SdkHmacSha256VectorsTest {

    /** File, expected signature, canonical-request SHA-256, canonical query: the table of vectors/README.md. */
    private static final String EXPECTED = """
            huawei-CreateInstanceByEngine-tagged-enums.http, 736d7a9cd41e03cbbd1ead2828d5921d5ecd0a2cee03f725b5561c44dd6620bf, 2f20bc5f8f15c7891196dde4a44325a5448f324711e85dd7eec4a4f1ad54d4ed, 
            huawei-CreatePostPaidInstance.http, 4eb42b98bf124b6abc50018f398324c114ad661c669a8353f5ce6a34eb3d4ea9, ca6c2d1c00ac2bacadacd4b429a277b9f3510f3bbd854ca28c593db0760579d8, 
            huawei-CreateRocketMqMigrationTask.http, 82d3c46f70d55fb31e48b441310c6cd9ceabb4c077009933425b22d546ef8adc, c688adcdffd739a238400c4028d8a354fbf7ed7e1abe86918d5549cc7c47fb21, name=task-1&overwrite=true&type=rocketmq
            huawei-CreateTopicOrBatchDeleteTopic.http, 26a016c9aeebf1aeee3fa431f9e758e75354d850eeb2392a511036faaa67db43, cc8baf7687d52ddae1542b0571fba279b62e5776f803d1642fb5f0f997cb59b2, 
            huawei-CreateTopicOrBatchDeleteTopic-2.http, 389a1303a67b8bc2689b7ecf7e2cc3fd47f00e552b051fdcc75753899292ce60, 8c49be8e56b52e32533c46052cd2ea28cbe9f71ebf9c384eb1a0c05e016abde7, 
            huawei-CreateTopicOrBatchDeleteTopic-batch-delete.http, 8a45f59da645f4ed05135facfdecd2523d2d0d3bed09f5a52d800f509738a516, a885f204c424db5991bbcfe52c6bd0acf4a40c6d1c22a988c917dd0c6437edde, action=delete
            huawei-DeleteRocketMqMigrationTask.http, ca82b42b256ae8eca016470c469e02863b3d4647b8bd147d6c77418f100c1a3a, 56cfebeffb03a51db031a76989422fe738620dab629d456024c96d29bc2dc660, 
            huawei-DeleteTopic.http, 26290e679364cd13c90ceab8b1e2315e7094052c00e87809f40de43ef182eeb4, 467fc3587f58ea5633f6054215df4e515215a4aac291db985e395b5f53e0c62d, 
            huawei-DeleteUser.http, b0038bca950d55f22cb5ddf13cafd0d06e9a5eafaa9b504052aacae57b56f803, ca6d2dde56cca3b98abe400ad35d9e906a43e0224121d1a6a74e677e60f0f7db, 
            huawei-ExportDlqMessage.http, c8a846f48ba57607f3392d5a18b3d0d96cb8fbb8e24cc5f4928a808126c9e683, b4e7e55fefa91d62faa4220231ace0b6b93b6778d8cb31fee472d4e33abf397d, 
            huawei-ListAvailableZones.http, ceb9e5f6130d04b4aa8156fd36c973236c86c3ed4a2089822370bb4d4a9e1b69, 6f4edfee3cbfcf68657fddf91a761d5555cd485f9916040cd45c922011d38f1f, 
            huawei-ListInstances.http, daa621bb68be9100818447595d2081f987e5ce0caf8a4717d259b95275bd1c66, 418ca2346ac8ab89c0eda9d8bec5bbef8d2afd5c9592ac48290dda430ae81f6a, engine=rocketmq&limit=10&name=demo&offset=0
            huawei-ListInstances-2.http, 8d4508c4e760b947bf0056a03c47701f68094e6ce71622df3d2149bb370b3b57, 521c04c12a8cc289fca536436d2ae548cf979725c765e64676251f64a3034962, engine=rocketmq&limit=10&name=rocketmq%20demo%2A&offset=0&status=RUNNING
            huawei-ListMessages.http, 40d8f5f151b9cd9e5d8a3daf619ff65a738fdf413e9b9c31b107a0ccb64b3569, 0b2d035925767a0364d883d476fdbe8593ccbd6ad3579ff67d4d92989f6b7377, end_time=1662739200000&limit=10&offset=0&start_time=1662652800000&topic=t%20a%2Bb%2Ac~d%2Fe%3Af%7Cg%25h
            huawei-ListUser.http, 07de1584ba40bfa54396a9adcd765e9d451ed9da3103f9e645c43d21adbe5944, db50021971faff328b7c8d0a694336f9c7fae39a19341663e6b5c55272dffc00, 
            huawei-ResetConsumeOffset.http, 0568df3c06222e664499bd446b4142c860188808056407fcb418ed4f434c187c, 2bf2021a53af06a2f74174554e86f281e555267e56be3b65c18d0fe05e216a63, 
            huawei-ResizeInstance.http, 17e807184ac6ede96c24434f6cf91d7f724f6e299c315a2934612efbcc2f987b, 7936bd8d167fb55c18c857b7dc2603ba26117fed15b163342c645f76d3fbf24d, 
            huawei-ShowConsumerConnections.http, 530ccfd0b7687ad7eff4b3d7f69ea86a9dc64e4675d14dd295005fbe1ee998ae, 0696427a71bce66c17cb07e9ebb225361caf2bfb9d889e51aae8c1a3da196f0c, is_detail=true&limit=10&offset=0
            huawei-ShowEngineInstanceExtendProductInfo.http, 55694410de30e5c9005e90f66ef01b646688ed2cece2eb35decf37a0b390e614, 28c060b6fd5661d1d383df9dd8930507b80292cd5953541ada0ef6ec87a26eae, type=advanced
            huawei-ShowGroup-percent-path.http, 46c29559dc70a8b193df60a7818fbb29297479531acffaea06602c12ff83c554, b73a253019270b7e06eee5f72e166113e99b7191d8e6efbb60251ce0008d07ce, 
            huawei-ShowInstance.http, ecf4446db1634731ea83157db60ab8c1058b9200ec07ef4df4f10a4e7ecba4f1, 2ccf2135e3540a891c1cd458bd6782e9f05dde228ff10c03066e2afa0b68c00f, 
            huawei-ShowInstance-2.http, b9043a1cfc3a048c92c912e10184a172b58cc36d6ed0b2d26bf2ecba9d4c19f0, 5aeb6c6fdbee2540a3b3c49861c907d4053795e64a69d2251321aa879d7f0835, 
            huawei-ShowInstance-3.http, c950fc721aed931c00eddc4bd8d9e4f094a20a30a19fa29b360b62ab9d958214, 0e98bc5ee709b455c14a6b345cf0f9ecb91b13db2b8b9432abd74958472d7623, 
            huawei-ShowInstance-not-found.http, 21579816fa79a0f556c37bc3f0f284f8652ea8deb48797837ed72328db918419, 1922746de6b88a17111c37013e552f639474318e2817e1c04090126966b8f170, 
            huawei-UpdateRocketMqConfigs.http, 050cbb4dc36cb93fc11f120ad88cbb8c5bde870a469245c5902b016c85503adf, 4cb0b719ddba058b341c25ebf47be30b64652b79215629aa1dd87cf818a1353d, 
            """;

    static Stream<String> vectorFiles() {
        return checksums().stream().map(line -> line.substring(line.indexOf("  ") + 2));
    }

    private static List<String> checksums() {
        return new String(HuaweiHttpVector.resourceBytes("SHA256SUMS"), StandardCharsets.US_ASCII).lines().toList();
    }

    static Clock clockAt(String sdkDate) {
        LocalDateTime signedAt = LocalDateTime.parse(sdkDate, Canonicalizer.SDK_DATE_FORMAT);
        return Clock.fixed(signedAt.toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    static VerificationResult verify(HuaweiHttpVector vector, Clock clock) {
        return new SdkHmacSha256Verifier(clock, Duration.ofMinutes(15)).verify(vector.toSignedRequest(),
                ak -> ak.equals(HuaweiHttpVector.AK) ? Optional.of(HuaweiHttpVector.SK) : Optional.empty());
    }

    @Test
    void allHuaweiVectorsAreCoveredByTheExpectedTable() {
        assertThat(vectorFiles()).hasSize(25);
        assertThat(EXPECTED.lines().map(line -> line.strip().split(",")[0]))
                .containsExactlyInAnyOrderElementsOf(vectorFiles().toList());
    }

    /** Guards against Git or an editor rewriting CRLF: the copies must stay byte-identical to the captures. */
    @ParameterizedTest
    @MethodSource("vectorFiles")
    void vectorFileIsByteIdenticalToTheCapture(String file) {
        String expected = checksums().stream().filter(line -> line.endsWith("  " + file)).findFirst().orElseThrow();
        assertThat(Canonicalizer.sha256Hex(HuaweiHttpVector.resourceBytes(file)))
                .isEqualTo(expected.substring(0, 64));
    }

    @ParameterizedTest
    @MethodSource("vectorFiles")
    void everyVectorVerifiesAtItsOwnTime(String file) {
        HuaweiHttpVector vector = HuaweiHttpVector.load(file);

        assertThat(verify(vector, clockAt(vector.sdkDate())))
                .isEqualTo(new VerificationResult.Verified(HuaweiHttpVector.AK));
    }

    @ParameterizedTest
    @CsvSource(textBlock = EXPECTED)
    void canonicalFormsMatchTheReferenceTable(String file, String signature, String canonicalRequestSha256,
                                              String canonicalQuery) {
        HuaweiHttpVector vector = HuaweiHttpVector.load(file);
        String signedHeaders = "host;user-agent;x-project-id;x-sdk-date";
        assertThat(vector.header("Authorization")).contains("SignedHeaders=" + signedHeaders + ",");
        String query = Canonicalizer.canonicalQueryFromRawQuery(vector.rawQuery());

        String canonicalRequest = Canonicalizer.canonicalRequest(vector.method(),
                Canonicalizer.canonicalUriFromRawPath(vector.rawPath()),
                query,
                Canonicalizer.canonicalHeaders(signedHeaders.split(";"), vector::header),
                signedHeaders,
                Canonicalizer.sha256Hex(vector.body()));

        assertThat(query).isEqualTo(Objects.toString(canonicalQuery, ""));
        assertThat(Canonicalizer.sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(canonicalRequestSha256);
        assertThat(vector.signature()).isEqualTo(signature);
    }
}
