package org.elbasar.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What browsers are told to protect users: no inline script, no framing, no sniffing, and which sites may call. */
@QuarkusTest
class SecurityHeadersTest {

    @ParameterizedTest
    @ValueSource(strings = { "/", "/directory", "/offers/whatever", "/api/v1/about", "/api/v1/no-such-thing" })
    void theSpaAndTheApiAnswerUnderAStrictPolicy(String path) {
        given().get(path).then()
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .header("Content-Security-Policy", not(containsString("unsafe-eval")))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", containsString("object-src 'none'"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("strict-origin-when-cross-origin"));
    }

    @Test
    void swaggerUiKeepsItsOwnScriptsButCannotBeFramed() {
        given().get("/q/health").then().header("Content-Security-Policy", equalTo("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }

    @Test
    void onlyConfiguredOriginsMayCallFromABrowser() {
        given().header("Origin", "https://attacker.example").header("Access-Control-Request-Method", "POST")
                .options("/api/v1/auth/login").then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://attacker.example").contentType("application/json")
                .body(Map.of("email", "x@example.org", "password", "nope")).post("/api/v1/auth/login").then().statusCode(403);
        given().header("Origin", "https://partner-app.example").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/about").then().header("Access-Control-Allow-Origin", equalTo("https://partner-app.example"));
        // the SPA's own calls carry its origin and go through
        given().header("Origin", "http://localhost:" + RestAssured.port).contentType("application/json")
                .body(Map.of("email", "x@example.org", "password", "nope")).post("/api/v1/auth/login").then().statusCode(401);
    }
}
