package org.elbasar.partner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.elbasar.testing.Api;
import org.elbasar.testing.Fixtures;
import org.elbasar.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Partner credentials: registration by admins, client-credentials tokens, scopes, rotation, deactivation and the rate limit. */
@QuarkusTest
class PartnerClientTest {

    private static final String PROBLEMS = "https://elbasar.org/problems/";

    @Inject
    Fixtures fixtures;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private JsonPath register(List<String> scopes, int perMinute) {
        return Api.as(fixtures.token(fixtures.admin()))
                .body(Map.of("name", Fixtures.unique("Ceres"), "contactEmail", "tech@ceres.example", "scopes", scopes,
                        "requestsPerMinute", perMinute, "active", true))
                .post("/api/v1/partner-clients").then().statusCode(201)
                .body("clientId", notNullValue()).body("clientSecret", notNullValue()).extract().jsonPath();
    }

    private static io.restassured.response.ValidatableResponse token(String clientId, String secret, String scope) {
        var request = given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId).formParam("client_secret", secret);
        if (scope != null) {
            request.formParam("scope", scope);
        }
        return request.post("/api/v1/oauth/token").then();
    }

    private static String accessToken(String clientId, String secret) {
        return token(clientId, secret, null).statusCode(200).extract().path("access_token");
    }

    @Test
    void adminsRegisterPartnersWhoseSecretBuysShortLivedTokensOfTheirScopes() {
        Api.as(fixtures.token(fixtures.animator())).body(Map.of()).post("/api/v1/partner-clients").then().statusCode(403);
        Api.anonymous().get("/api/v1/partner-clients").then().statusCode(401);
        Api.as(fixtures.token(fixtures.admin()))
                .body(Map.of("name", "X", "contactEmail", "x@x.example", "scopes", List.of("members:delete"), "requestsPerMinute", 10, "active", true))
                .post("/api/v1/partner-clients").then().statusCode(400).body("violations[0].field", startsWith("scopes"));

        JsonPath credentials = register(List.of("catalog:read", "organisations:read"), 100);
        String id = credentials.getString("clientId");
        String secret = credentials.getString("clientSecret");
        Api.as(fixtures.token(fixtures.admin())).get("/api/v1/partner-clients/" + id).then().statusCode(200)
                .body("scopes", contains("catalog:read", "organisations:read")).body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("clientSecret")));

        token(id, secret, null).statusCode(200).header("Cache-Control", "no-store")
                .body("token_type", equalTo("Bearer")).body("expires_in", equalTo(900)).body("scope", equalTo("catalog:read organisations:read"));
        // HTTP Basic, as RFC 6749 prefers, and a narrower scope.
        String narrow = given().auth().preemptive().basic(id, secret).contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").formParam("scope", "catalog:read")
                .post("/api/v1/oauth/token").then().statusCode(200).body("scope", equalTo("catalog:read")).extract().path("access_token");
        Api.as(narrow).get("/api/v1/partner/me").then().statusCode(200).body("clientId", equalTo(id)).body("scopes", contains("catalog:read"));

        token(id, "wrong", null).statusCode(401).body("type", equalTo(PROBLEMS + "invalid-client"));
        token("8d7a1e44-0c4c-4b7e-9a0e-000000000000", secret, null).statusCode(401).body("type", equalTo(PROBLEMS + "invalid-client"));
        token(id, secret, "opportunities:write").statusCode(400).body("violations[0].field", equalTo("scope"));
        given().contentType(ContentType.URLENC).formParam("grant_type", "password").formParam("client_id", id).formParam("client_secret", secret)
                .post("/api/v1/oauth/token").then().statusCode(400).body("violations[0].field", equalTo("grant_type"));

        // A partner token opens the partner API only.
        String partner = accessToken(id, secret);
        Api.as(partner).get("/api/v1/me").then().statusCode(403).body("type", equalTo(PROBLEMS + "partner-only"));
        Api.as(partner).get("/api/v1/exchanges").then().statusCode(403);
        Api.as(partner).get("/api/v1/partner-clients").then().statusCode(403);
    }

    @Test
    void tokensExpireAfterFifteenMinutesAndDieWithARotatedSecretOrADeactivatedClient() {
        // Registered 20 minutes ago (a token never predates its client's secret).
        clock.setTo(Instant.now().minus(Duration.ofMinutes(20)));
        JsonPath credentials = register(List.of("catalog:read"), 100);
        String id = credentials.getString("clientId");
        String secret = credentials.getString("clientSecret");

        clock.setTo(Instant.now().minus(Duration.ofMinutes(16)));
        String expired = accessToken(id, secret);
        clock.setTo(Instant.now().minus(Duration.ofSeconds(10)));
        String beforeRotation = accessToken(id, secret);
        clock.reset();
        Api.as(expired).get("/api/v1/partner/me").then().statusCode(401);
        Api.as(beforeRotation).get("/api/v1/partner/me").then().statusCode(200);

        String admin = fixtures.token(fixtures.admin());
        String rotated = Api.as(admin).post("/api/v1/partner-clients/" + id + "/rotate-secret").then().statusCode(200)
                .extract().path("clientSecret");
        Api.as(beforeRotation).get("/api/v1/partner/me").then().statusCode(401).body("type", equalTo(PROBLEMS + "partner-token-revoked"));
        token(id, secret, null).statusCode(401);
        String current = accessToken(id, rotated);
        Api.as(current).get("/api/v1/partner/me").then().statusCode(200);

        Map<String, Object> deactivated = Map.of("name", "Ceres", "contactEmail", "tech@ceres.example", "scopes", List.of("catalog:read"),
                "requestsPerMinute", 100, "active", false);
        Api.as(admin).body(deactivated).put("/api/v1/partner-clients/" + id).then().statusCode(428);
        Api.as(admin).header("If-Match", "\"1\"").body(deactivated).put("/api/v1/partner-clients/" + id).then().statusCode(200)
                .body("active", equalTo(false));
        Api.as(current).get("/api/v1/partner/me").then().statusCode(401);
        // the holder of the secret is told to ask the admins; a wrong secret learns nothing of the client
        token(id, rotated, null).statusCode(401).body("type", equalTo(PROBLEMS + "client-inactive"));
        token(id, "wrong", null).statusCode(401).body("type", equalTo(PROBLEMS + "invalid-client"));

        // an update that leaves out the rate and the activity keeps them
        Api.as(admin).header("If-Match", "\"2\"").body(Map.of("name", "Ceres renamed", "contactEmail", "tech@ceres.example",
                "scopes", List.of("catalog:read"))).put("/api/v1/partner-clients/" + id).then().statusCode(200)
                .body("active", equalTo(false)).body("requestsPerMinute", equalTo(100));
    }

    @Test
    void eachClientIsHeldToItsRequestsPerMinuteAndAdminsSeeIt() {
        JsonPath credentials = register(List.of("catalog:read"), 3);
        String id = credentials.getString("clientId");
        // The middle of a minute, so that the window does not turn during the test.
        clock.setTo(Instant.parse("2031-05-06T10:00:20Z"));
        String partner = accessToken(id, credentials.getString("clientSecret"));
        for (int remaining = 2; remaining >= 0; remaining--) {
            Api.as(partner).get("/api/v1/partner/me").then().statusCode(200)
                    .header("RateLimit-Limit", "3").header("RateLimit-Remaining", String.valueOf(remaining)).header("RateLimit-Reset", "40");
        }
        Api.as(partner).get("/api/v1/partner/me").then().statusCode(429).body("type", equalTo(PROBLEMS + "rate-limited"))
                .header("Retry-After", "40").header("RateLimit-Remaining", "0");

        clock.setTo(Instant.parse("2031-05-06T10:01:05Z"));
        Api.as(partner).get("/api/v1/partner/me").then().statusCode(200).header("RateLimit-Remaining", "2");

        String admin = fixtures.token(fixtures.admin());
        Api.as(admin).get("/api/v1/partner-clients/" + id).then().statusCode(200)
                .body("usage.lastHour", equalTo(4)).body("usage.refusedLast24Hours", equalTo(1));
        Api.as(admin).get("/api/v1/partner-clients/" + id + "/usage?hours=2").then().statusCode(200)
                .body("[0].hour", equalTo("2031-05-06T10:00:00Z")).body("[0].requests", equalTo(4)).body("[0].refused", equalTo(1));
    }
}
