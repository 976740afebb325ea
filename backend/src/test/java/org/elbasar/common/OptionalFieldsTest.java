package org.elbasar.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import java.io.IOException;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.elbasar.testing.Contract;
import org.junit.jupiter.api.Test;

/**
 * What a client may leave out of a request, as the contract says, is neither refused nor silently
 * given a value the contract does not state. Jackson fills a primitive left out with 0 or false: such a
 * field must be required in the contract, or declare that very value as its default, and accept it.
 */
@QuarkusTest
class OptionalFieldsTest {

    private static final String SCHEMAS = Contract.ID + "#/components/schemas/";

    @Test
    void everyPrimitiveARequestMayLeaveOutDeclaresTheValueItGetsAndAcceptsIt() throws Exception {
        Contract contract = Contract.served();
        Map<String, Class<?>> records = requestRecords();
        Set<String> schemas = new LinkedHashSet<>();
        for (Contract.Operation operation : contract.operations()) {
            operation.node().path("requestBody").path("content").forEach(media -> collect(media.path("schema"), contract, schemas));
        }
        assertTrue(schemas.contains("PartnerClientInput"), schemas.toString());

        List<String> wrong = new ArrayList<>();
        for (String name : schemas) {
            Class<?> type = records.get(name);
            if (type == null) {
                continue;
            }
            JsonNode schema = contract.resolve(reference(name));
            Set<String> required = new LinkedHashSet<>();
            schema.path("required").forEach(field -> required.add(field.asText()));
            for (RecordComponent component : type.getRecordComponents()) {
                String property = propertyName(type, component);
                if (!component.getType().isPrimitive() || required.contains(property)) {
                    continue;
                }
                String zero = component.getType() == boolean.class ? "false" : "0";
                JsonNode declared = schema.path("properties").path(property).path("default");
                if (declared.isMissingNode() || !declared.asText().replaceAll("\\.0+$", "").equals(zero)) {
                    wrong.add(name + "." + property + ": left out it is " + zero + ", but the contract declares "
                            + (declared.isMissingNode() ? "no default" : "the default " + declared));
                }
                if (refusesZero(type.getDeclaredField(component.getName()))) {
                    wrong.add(name + "." + property + ": optional in the contract, but refused when left out");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** The schema and every object schema it refers to, by name. */
    private static void collect(JsonNode node, Contract contract, Set<String> names) {
        if (node.isMissingNode()) {
            return;
        }
        if (node.has("$ref")) {
            String ref = node.get("$ref").asText();
            if (ref.startsWith(SCHEMAS) && names.add(ref.substring(SCHEMAS.length()))) {
                collect(contract.resolve(node), contract, names);
            }
            return;
        }
        node.path("properties").forEach(property -> collect(property, contract, names));
        collect(node.path("items"), contract, names);
        for (String combined : List.of("allOf", "anyOf", "oneOf")) {
            node.path(combined).forEach(part -> collect(part, contract, names));
        }
    }

    private static JsonNode reference(String name) {
        return JsonNodeFactory.instance.objectNode().put("$ref", SCHEMAS + name);
    }

    /** The application's records by the schema name they publish. */
    private static Map<String, Class<?>> requestRecords() throws IOException, ClassNotFoundException {
        Path classes = Path.of(System.getProperty("user.dir"), "target", "classes");
        Map<String, Class<?>> records = new HashMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes.resolve("org/elbasar"))) {
            files = walk.filter(file -> file.toString().endsWith(".class")).toList();
        }
        for (Path file : files) {
            String className = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
            Class<?> type = Class.forName(className, false, Thread.currentThread().getContextClassLoader());
            if (type.isRecord()) {
                Schema schema = type.getAnnotation(Schema.class);
                records.put(schema != null && !schema.name().isEmpty() ? schema.name() : type.getSimpleName(), type);
            }
        }
        return records;
    }

    private static String propertyName(Class<?> type, RecordComponent component) throws NoSuchFieldException {
        JsonProperty renamed = type.getDeclaredField(component.getName()).getAnnotation(JsonProperty.class);
        return renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
    }

    private static boolean refusesZero(Field field) {
        Min min = field.getAnnotation(Min.class);
        DecimalMin decimalMin = field.getAnnotation(DecimalMin.class);
        return field.isAnnotationPresent(AssertTrue.class) || field.isAnnotationPresent(Positive.class) || (min != null && min.value() > 0)
                || (decimalMin != null && new BigDecimal(decimalMin.value()).signum() > 0);
    }
}
