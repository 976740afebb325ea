package org.elbasar.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The contract the running application publishes (/q/openapi): its operations, and request values
 * that its schemas accept as far as can be guessed. References are made absolute, so that any schema
 * of the contract can be compiled on its own.
 */
public final class Contract {

    public static final String ID = "https://elbasar.org/openapi.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    /** One operation: its method in upper case, its path template, and its description with absolute references. */
    public record Operation(String method, String path, JsonNode node) {

        /** "METHOD /path", as people name an operation. */
        public String key() {
            return method + " " + path;
        }
    }

    private final JsonNode json;
    private final String withAbsoluteReferences;
    private final List<Operation> operations = new ArrayList<>();

    private Contract(String served) throws IOException {
        json = JSON.readTree(served);
        withAbsoluteReferences = served.replace("\"#/components/", "\"" + ID + "#/components/");
        JSON.readTree(withAbsoluteReferences).get("paths").fields().forEachRemaining(path -> path.getValue().fields()
                .forEachRemaining(method -> {
                    if (METHODS.contains(method.getKey())) {
                        operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), method.getValue()));
                    }
                }));
    }

    public static Contract served() {
        String served = RestAssured.given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        try {
            return new Contract(served);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The contract as served, its references made absolute (relative to {@link #ID}). */
    public String withAbsoluteReferences() {
        return withAbsoluteReferences;
    }

    public List<Operation> operations() {
        return operations;
    }

    public JsonNode resolve(JsonNode schema) {
        while (schema.has("$ref")) {
            String pointer = schema.get("$ref").asText().replace(ID + "#", "").replace("#", "");
            schema = json.at(pointer);
        }
        return schema;
    }

    /** The schema of an operation's JSON body, if it takes one. */
    public Optional<JsonNode> body(JsonNode operation) {
        JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
        return schema.isMissingNode() ? Optional.empty() : Optional.of(resolve(schema));
    }

    /** Dates and times: format date or date-time, or the pattern of a local date and time (events). */
    public static boolean isTemporal(JsonNode schema) {
        String format = schema.path("format").asText();
        return format.equals("date") || format.equals("date-time") || schema.path("pattern").asText().startsWith("^\\d{4}-\\d{2}-\\d{2}T");
    }

    /** The fields of an object schema by their JSON path ("request.neededBy"), nested objects included, each with its schema. */
    public Map<String, JsonNode> fields(JsonNode schema) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        resolve(schema).path("properties").fields().forEachRemaining(property -> {
            JsonNode resolved = resolve(property.getValue());
            if (resolved.has("properties")) {
                fields(resolved).forEach((path, nested) -> fields.put(property.getKey() + "." + path, nested));
            } else {
                fields.put(property.getKey(), resolved);
            }
        });
        return fields;
    }

    /** A copy of an object with one field, named by its JSON path, set to a value. */
    public static ObjectNode with(ObjectNode object, String path, JsonNode value) {
        ObjectNode copy = object.deepCopy();
        ObjectNode parent = copy;
        String[] names = path.split("\\.");
        for (int i = 0; i < names.length - 1; i++) {
            parent = parent.with(names[i]);
        }
        parent.set(names[names.length - 1], value);
        return copy;
    }

    /** A value the schema accepts as far as can be guessed: enough to get past the fields one does not care about. */
    public JsonNode plausible(JsonNode schema) {
        schema = resolve(schema);
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        if (schema.has("examples") && schema.get("examples").isArray() && !schema.get("examples").isEmpty()) {
            return schema.get("examples").get(0);
        }
        String type = schema.path("type").isArray() ? schema.path("type").get(0).asText() : schema.path("type").asText("object");
        return switch (type) {
            case "string" -> switch (schema.path("format").asText()) {
                case "uuid" -> NODES.textNode(UUID.randomUUID().toString());
                case "date" -> NODES.textNode("2027-01-15");
                case "date-time" -> NODES.textNode("2027-01-15T10:00:00Z");
                case "email" -> NODES.textNode("someone@test.example");
                default -> NODES.textNode("Texte d'essai");
            };
            case "integer", "number" -> NODES.numberNode(schema.path("minimum").asInt(1));
            case "boolean" -> NODES.booleanNode(false);
            case "array" -> NODES.arrayNode();
            default -> {
                ObjectNode object = NODES.objectNode();
                schema.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(), plausible(p.getValue())));
                yield object;
            }
        };
    }
}
