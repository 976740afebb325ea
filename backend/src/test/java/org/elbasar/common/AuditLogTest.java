package org.elbasar.common;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.elbasar.account.domain.Person;
import org.elbasar.testing.Api;
import org.elbasar.testing.Fixtures;
import org.elbasar.testing.Statements;
import org.junit.jupiter.api.Test;

/** Admins read the sensitive actions, newest first, with who did them; nobody else does. */
@QuarkusTest
class AuditLogTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Statements statements;

    @Test
    void anAdminSeesWhoRegisteredAPartnerAndNobodyElseReadsTheLog() {
        Person admin = fixtures.admin();
        String token = fixtures.token(admin);
        String name = Fixtures.unique("Ceres");
        String clientId = Api.as(token).body(Map.of("name", name, "contactEmail", "tech@ceres.example", "scopes", List.of("catalog:read"),
                "requestsPerMinute", 60, "active", true)).post("/api/v1/partner-clients").then().statusCode(201).extract().path("clientId");

        long read = statements.countDuring(() -> Api.as(token).queryParam("action", "partner.").queryParam("size", 5)
                .get("/api/v1/audit-log").then().statusCode(200)
                .body("items[0].action", equalTo("partner.registered"))
                .body("items[0].targetId", equalTo(clientId))
                .body("items[0].details.name", equalTo(name))
                .body("items[0].actor.name", equalTo(admin.firstName + " " + admin.lastName)));
        assertTrue(read <= 2, read + " statements");
        Api.as(token).queryParam("action", "no-such-action%").get("/api/v1/audit-log").then().statusCode(200).body("total", equalTo(0));

        Api.as(fixtures.token(fixtures.animator())).get("/api/v1/audit-log").then().statusCode(403);
        Api.as(fixtures.token(fixtures.member(fixtures.activeOrganisation().id))).get("/api/v1/audit-log").then().statusCode(403);
        Api.anonymous().get("/api/v1/audit-log").then().statusCode(401);
        Api.as(token).queryParam("size", 0).get("/api/v1/audit-log").then().statusCode(400).body("violations[0].field", equalTo("size"));
    }
}
