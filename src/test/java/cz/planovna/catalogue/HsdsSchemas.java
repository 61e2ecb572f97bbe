package cz.planovna.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The HSDS 3.0 schemas from src/test/resources/hsds, with format assertions on (ids must be
 * UUIDs, web addresses URIs), and the page envelope of the specification's OpenAPI document.
 */
final class HsdsSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaRegistryConfig(new SchemaRegistryConfig.Builder()
                    .formatAssertionsEnabled(true)
                    .preloadSchema(false)
                    .build()));
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private HsdsSchemas() {}

    static JsonNode read(String json) {
        return JSON.readTree(json);
    }

    /** @param name e.g. "compiled_service_list" */
    static List<Error> errors(String name, JsonNode item) {
        Schema schema = SCHEMAS.computeIfAbsent(
                name, n -> REGISTRY.getSchema(SchemaLocation.of("classpath:hsds/" + n + ".json")));
        return schema.validate(item.toString(), InputFormat.JSON);
    }

    static void assertValid(String name, JsonNode item) {
        assertThat(errors(name, item)).as(name + " for " + item).isEmpty();
    }

    /** The envelope has exactly the fields of the OpenAPI "Page" plus contents, each item valid. */
    static void assertValidPage(String itemSchema, JsonNode page) {
        JsonNode envelope = JSON.readTree(HsdsSchemas.class.getResourceAsStream("/hsds/openapi.json"))
                .at("/components/schemas/Page/properties");
        List<String> expected = new java.util.ArrayList<>(envelope.propertyNames());
        expected.add("contents");
        assertThat(page.propertyNames()).containsExactlyInAnyOrderElementsOf(expected);
        envelope.properties().forEach(e -> {
            String type = e.getValue().get("type").asString();
            assertThat(
                            type.equals("integer")
                                    ? page.get(e.getKey()).isIntegralNumber()
                                    : page.get(e.getKey()).isBoolean())
                    .as(e.getKey() + " is " + type)
                    .isTrue();
        });
        assertThat(page.get("contents").isArray()).isTrue();
        page.get("contents").forEach(item -> assertValid(itemSchema, item));
    }
}
