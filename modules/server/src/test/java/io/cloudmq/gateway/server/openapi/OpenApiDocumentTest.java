package io.cloudmq.gateway.server.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudmq.gateway.server.GatewayTestResources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published Huawei document in {@code openapi/} must be what the server serves. On a difference the test fails
 * and writes the served document to {@code target/openapi/}; run with {@code -Dopenapi.update=true} to accept it.
 */
@QuarkusTest
@QuarkusTestResource(value = GatewayTestResources.class, restrictToAnnotatedClass = false)
class OpenApiDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private static final Path PUBLISHED = Path.of("../../openapi/huawei-dms.json");

    @Test
    void publishedHuaweiDocumentMatchesWhatTheServerServes() throws Exception {
        JsonNode served = JSON.readTree(given().queryParam("format", "json").get("/q/openapi").asString());
        String actual = JSON.writeValueAsString(JSON.treeToValue(dialect(served, "/v2/", "Huawei DMS for RocketMQ v2"),
                Object.class)) + "\n";

        Path written = Path.of("target/openapi/huawei-dms.json");
        Files.createDirectories(written.getParent());
        Files.writeString(written, actual);
        if (Boolean.getBoolean("openapi.update")) {
            Files.createDirectories(PUBLISHED.getParent());
            Files.writeString(PUBLISHED, actual);
        }
        assertThat(PUBLISHED).as("openapi/huawei-dms.json is missing; run the tests with -Dopenapi.update=true")
                .exists();
        assertThat(Files.readString(PUBLISHED))
                .as("openapi/huawei-dms.json drifted from the server (served copy in " + written.toAbsolutePath()
                        + "); run the tests with -Dopenapi.update=true to accept")
                .isEqualTo(actual);
    }

    /** The paths under {@code prefix} and every schema they reference, directly or through other schemas. */
    static ObjectNode dialect(JsonNode served, String prefix, String title) {
        ObjectNode out = JSON.createObjectNode();
        out.put("openapi", served.path("openapi").asText());
        out.putObject("info").put("title", title).put("version", "v2");
        ObjectNode paths = out.putObject("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = served.path("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().startsWith(prefix)) {
                paths.set(e.getKey(), e.getValue());
            }
        }
        Set<String> needed = new TreeSet<>();
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.push(paths);
        JsonNode schemas = served.path("components").path("schemas");
        while (!todo.isEmpty()) {
            JsonNode node = todo.pop();
            if (node.isObject() && node.has("$ref")) {
                String name = node.get("$ref").asText().replace("#/components/schemas/", "");
                if (needed.add(name)) {
                    todo.push(schemas.path(name));
                }
            }
            node.forEach(todo::push);
        }
        ObjectNode components = out.putObject("components").putObject("schemas");
        needed.forEach(name -> components.set(name, schemas.path(name)));
        return out;
    }
}
