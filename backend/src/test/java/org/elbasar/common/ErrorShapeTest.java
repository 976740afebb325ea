package org.elbasar.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.elbasar.testing.Api;
import org.junit.jupiter.api.Test;

/** Whatever goes wrong, the answer is an RFC 9457 problem in the caller's language, never a stack trace. */
@QuarkusTest
class ErrorShapeTest {

    @Test
    void unknownPathIsAProblem() {
        Api.anonymous().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404)).body("type", equalTo("https://elbasar.org/problems/not-found"))
                .body("instance", equalTo("/api/v1/nothing-here"));
    }

    @Test
    void wrongMethodIsAProblem() {
        Api.anonymous().delete("/api/v1/sectors").then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    void wrongContentTypeIsAProblem() {
        Api.anonymous().contentType(ContentType.TEXT).body("email=x").post("/api/v1/auth/login").then().statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void malformedJsonIsAProblem() {
        Api.anonymous().body("{\"email\": ").post("/api/v1/auth/login").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://elbasar.org/problems/malformed-json"))
                .body("detail", equalTo("Le corps de la requête n'est pas un JSON valide."));
    }

    @Test
    void aWrongTypeNamesTheField() {
        Api.anonymous().body("{\"email\": \"a@b.c\", \"password\": [1]}").post("/api/v1/auth/login").then().statusCode(400)
                .body("violations[0].field", equalTo("password"));
    }

    @Test
    void englishIsGivenWhenAsked() {
        Api.anonymous().header("Accept-Language", "en-GB,en;q=0.9").get("/api/v1/nothing-here").then()
                .header("Content-Language", equalTo("en")).body("title", equalTo("Not found"));
    }

    @Test
    void healthAndMetricsAreServed() {
        Api.anonymous().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        Api.anonymous().accept("text/plain").get("/q/metrics").then().statusCode(200);
        Api.anonymous().get("/q/swagger-ui/").then().statusCode(200);
        Api.anonymous().get("/q/openapi").then().statusCode(200).body(notNullValue());
    }
}
