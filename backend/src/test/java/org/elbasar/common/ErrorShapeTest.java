package org.elbasar.common;

import static org.junit.jupiter.api.Assertions.assertTrue;
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
    void aDateBeyondAnyCalendarNamesTheParameter() {
        Api.anonymous().queryParam("from", "+999999999-12-31").get("/api/v1/events").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("from"));
    }

    @Test
    void aKeyGivenTwiceIsRefusedOnIt() {
        Api.anonymous().body("{\"email\": \"a@b.c\", \"password\": \"x\", \"email\": \"d@e.f\"}").post("/api/v1/auth/login").then()
                .statusCode(400).body("violations[0].field", equalTo("email"));
    }

    @Test
    void aNumberIsNotTakenForText() {
        Api.anonymous().body("{\"email\": \"a@b.c\", \"password\": 123456789012}").post("/api/v1/auth/login").then()
                .statusCode(400).body("violations[0].field", equalTo("password"));
    }

    @Test
    void anOverlongUtf8FormIsRefused() {
        byte[] body = { '{', '"', 'e', 'm', 'a', 'i', 'l', '"', ':', '"', (byte) 0xC0, (byte) 0xBC, '"', '}' };
        Api.anonymous().body(body).post("/api/v1/auth/login").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://elbasar.org/problems/malformed-text"));
        Api.anonymous().urlEncodingEnabled(false).get("/api/v1/sectors?q=%ED%A0%80").then().statusCode(400)
                .body("type", equalTo("https://elbasar.org/problems/malformed-text"));
        Api.anonymous().contentType("application/x-www-form-urlencoded; charset=UTF-8").body("grant_type=client_credentials&client_id=a%C0%BC")
                .post("/api/v1/oauth/token").then().statusCode(400)
                .body("type", equalTo("https://elbasar.org/problems/malformed-text"));
    }

    @Test
    void statusesOfTheHttpLayerAreProblems() throws java.io.IOException {
        Api.anonymous().get("/nothing-here.txt").then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        String tooLarge = rawAnswer("POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + 21 * 1024 * 1024 + "\r\n\r\n");
        assertTrue(tooLarge.startsWith("HTTP/1.1 413"), tooLarge);
        assertTrue(tooLarge.contains("application/problem+json") && tooLarge.contains("\"status\":413"), tooLarge);
        Api.anonymous().accept("text/csv").get("/api/v1/sectors").then().statusCode(406).contentType("application/problem+json");
    }

    /** What the server answers to a request sent as is, before its body: a client sending one gets a broken pipe instead. */
    private static String rawAnswer(String request) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            try {
                int read;
                while (answer.toString().indexOf('}') < 0 && (read = socket.getInputStream().read(buffer)) > 0) {
                    answer.write(buffer, 0, read);
                }
            } catch (java.net.SocketTimeoutException e) {
                // the server keeps the connection open: what came is the answer
            }
            return answer.toString(java.nio.charset.StandardCharsets.UTF_8);
        }
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
