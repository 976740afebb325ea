package org.elbasar.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;

/** Partner clients registered by an admin, and their tokens. */
public final class Partners {

    /** A registered client: its id, its secret, and a token of all its scopes. */
    public record Client(String id, String secret, String token) {

        public String token(String scopes) {
            return Partners.token(id, secret, scopes);
        }
    }

    private Partners() {
    }

    public static Client register(String adminToken, String... scopes) {
        JsonPath credentials = Api.as(adminToken)
                .body(Map.of("name", Fixtures.unique("Ceres"), "contactEmail", "tech@ceres.example", "scopes", List.of(scopes),
                        "requestsPerMinute", 100000, "active", true))
                .post("/api/v1/partner-clients").then().statusCode(201).extract().jsonPath();
        String id = credentials.getString("clientId");
        String secret = credentials.getString("clientSecret");
        return new Client(id, secret, token(id, secret, String.join(" ", scopes)));
    }

    static String token(String id, String secret, String scopes) {
        return given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", id).formParam("client_secret", secret).formParam("scope", scopes)
                .post("/api/v1/oauth/token").then().statusCode(200).extract().path("access_token");
    }
}
