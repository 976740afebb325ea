package org.elbasar.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The published contract (openapi.yaml at the repository root) must be what the code serves.
 * `make openapi` (-Delbasar.openapi.write=true) rewrites the file from the code.
 */
@QuarkusTest
class ContractTest {

    private static final Path PUBLISHED = Path.of("..", "openapi.yaml");

    @Test
    void publishedContractIsWhatTheCodeServes() throws IOException {
        String served = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("elbasar.openapi.write")) {
            Files.writeString(PUBLISHED, served, StandardCharsets.UTF_8);
        }
        String published = Files.exists(PUBLISHED) ? Files.readString(PUBLISHED, StandardCharsets.UTF_8) : "";
        assertEquals(published, served, "openapi.yaml differs from the code: run `make openapi` and commit it");
    }

    /** A client generated from the contract needs the shape of every success (declaring an error hides the default one). */
    @Test
    void everyOperationDocumentsItsSuccess() {
        JsonNode paths = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().as(JsonNode.class).path("paths");
        List<String> withoutSuccess = new ArrayList<>();
        paths.properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            JsonNode responses = operation.getValue().path("responses");
            boolean success = false;
            for (Iterator<String> codes = responses.fieldNames(); codes.hasNext();) {
                success |= codes.next().matches("[23]\\d\\d");
            }
            if (responses.isObject() && !success) {
                withoutSuccess.add(operation.getKey().toUpperCase() + " " + path.getKey());
            }
        }));
        assertEquals(List.of(), withoutSuccess, "operations whose success the contract does not describe");
    }
}
