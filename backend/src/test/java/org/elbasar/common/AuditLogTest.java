package org.elbasar.common;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.elbasar.account.domain.Person;
import org.elbasar.common.domain.AuditAction;
import org.elbasar.common.service.Retention;
import org.elbasar.member.domain.Organisation;
import org.elbasar.member.domain.OrganisationStatus;
import org.elbasar.testing.Api;
import org.elbasar.testing.EventInputs;
import org.elbasar.testing.Fixtures;
import org.elbasar.testing.Mails;
import org.elbasar.testing.OrganisationInputs;
import org.elbasar.testing.Partners;
import org.elbasar.testing.SignupForms;
import org.elbasar.testing.Sql;
import org.elbasar.testing.Statements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every audited action writes its entry, in the transaction that makes it, and the list people read
 * (docs/personal-data.md) is the code's (AuditAction). Admins read the entries, newest first, with who
 * did them; nobody else does.
 */
@QuarkusTest
class AuditLogTest {

    private static final Path ACTIONS_DOC = Path.of(System.getProperty("user.dir"), "..", "docs", "personal-data.md");
    private static final String NEW_PASSWORD = "Une-autre-phrase-solide-2";

    @Inject
    Fixtures fixtures;

    @Inject
    Statements statements;

    @Inject
    Mails mails;

    @Inject
    Sql sql;

    @Inject
    Retention retention;

    /** One scenario per action: it does the action through the API, the way people do, and answers the entry's target. */
    @ParameterizedTest
    @EnumSource(AuditAction.class)
    void eachAuditedActionWritesItsEntry(AuditAction action) {
        String target = perform(action);
        List<Map<String, Object>> entries = Api.as(fixtures.token(fixtures.admin())).queryParam("action", action.code())
                .queryParam("size", 200).get("/api/v1/audit-log").then().statusCode(200).extract().path("items");
        assertTrue(entries.stream().anyMatch(entry -> action.code().equals(entry.get("action")) && target.equals(entry.get("targetId"))),
                "no " + action.code() + " entry about " + target + " among " + entries);
    }

    @Test
    void theDocumentedListIsTheCodes() throws IOException {
        String doc = Files.readString(ACTIONS_DOC);
        String listed = doc.substring(doc.indexOf("<!-- audit-actions:start -->"), doc.indexOf("<!-- audit-actions:end -->"));
        String expected = Arrays.stream(AuditAction.values()).map(action -> "| `" + action.code() + "` | " + action.description() + " |")
                .collect(Collectors.joining("\n"));
        assertEquals(expected, listed.lines().filter(line -> line.startsWith("| `")).collect(Collectors.joining("\n")),
                "the audited actions in docs/personal-data.md, one line per AuditAction");
    }

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

    /** Does the action; answers the id the entry is about. A new action does not compile until it has its scenario here. */
    private String perform(AuditAction action) {
        String admin = fixtures.token(fixtures.admin());
        String animator = fixtures.token(fixtures.animator());
        Organisation organisation = fixtures.activeOrganisation();
        String organisationAdmin = fixtures.token(fixtures.orgAdmin(organisation.id));
        Person member = fixtures.member(organisation.id);
        String memberToken = fixtures.token(member);
        String organisationPath = "/api/v1/organisations/" + organisation.id;
        return switch (action) {
            case ORGANISATION_JOIN_REQUESTED -> {
                String name = Fixtures.unique("Recyclerie");
                Map<String, Object> form = SignupForms.valid(name, Fixtures.unique("signup") + "@audit.example");
                form.put("charterVersion", Api.anonymous().get("/api/v1/charter").then().extract().path("version"));
                Api.anonymous().body(form).post("/api/v1/auth/signup").then().statusCode(202);
                yield sql.<UUID>list("SELECT id FROM organisation WHERE name = :name", Map.of("name", name)).get(0).toString();
            }
            case ORGANISATION_APPROVED -> {
                UUID pending = pendingOrganisation();
                Api.as(animator).post("/api/v1/join-requests/" + pending + "/approve").then().statusCode(204);
                yield pending.toString();
            }
            case ORGANISATION_REJECTED -> {
                UUID pending = pendingOrganisation();
                Api.as(animator).body(Map.of("reason", "Pas une structure de l'économie sociale et solidaire"))
                        .post("/api/v1/join-requests/" + pending + "/reject").then().statusCode(204);
                yield pending.toString();
            }
            case ORGANISATION_UPDATED -> {
                String etag = Api.as(organisationAdmin).get(organisationPath).then().statusCode(200).extract().header("ETag");
                Api.as(organisationAdmin).header("If-Match", etag).body(OrganisationInputs.profile(organisation.name)).put(organisationPath)
                        .then().statusCode(200);
                yield organisation.id.toString();
            }
            case ORGANISATION_DATA_EXPORTED -> {
                Api.as(organisationAdmin).get(organisationPath + "/data").then().statusCode(200);
                yield organisation.id.toString();
            }
            case INVITATION_SENT -> {
                invite(organisationAdmin, organisation);
                yield organisation.id.toString();
            }
            case INVITATION_ACCEPTED -> {
                String token = mails.tokenFrom(invite(organisationAdmin, organisation), "/invitations/");
                Api.anonymous().body(Map.of("firstName", "Dominique", "lastName", "Leroy", "password", NEW_PASSWORD, "locale", "fr",
                        "charterVersion", Api.anonymous().get("/api/v1/charter").then().extract().path("version"), "acceptCharter", true))
                        .post("/api/v1/invitations/" + token + "/accept").then().statusCode(201);
                yield organisation.id.toString();
            }
            case PERSON_ROLE_CHANGED -> {
                Api.as(organisationAdmin).body(Map.of("role", "ORG_ADMIN")).put(organisationPath + "/people/" + member.id + "/role")
                        .then().statusCode(200);
                yield member.id.toString();
            }
            case PERSON_REMOVED -> {
                Api.as(organisationAdmin).delete(organisationPath + "/people/" + member.id).then().statusCode(204);
                yield member.id.toString();
            }
            case PASSWORD_CHANGED -> {
                Api.as(memberToken).body(Map.of("currentPassword", Fixtures.PASSWORD, "newPassword", NEW_PASSWORD))
                        .post("/api/v1/me/password").then().statusCode(204);
                yield member.id.toString();
            }
            case PASSWORD_RESET -> {
                Api.anonymous().body(Map.of("email", member.email)).post("/api/v1/auth/password-reset").then().statusCode(202);
                Api.anonymous().body(Map.of("token", mails.tokenFrom(member.email, "/reset-password?token="), "newPassword", NEW_PASSWORD))
                        .post("/api/v1/auth/password-reset/confirm").then().statusCode(204);
                yield member.id.toString();
            }
            case ACCOUNT_DATA_EXPORTED -> {
                Api.as(memberToken).get("/api/v1/me/data").then().statusCode(200);
                yield member.id.toString();
            }
            case ACCOUNT_ERASED -> {
                Api.as(memberToken).body(Map.of("password", Fixtures.PASSWORD)).post("/api/v1/me/erasure").then().statusCode(204);
                yield member.id.toString();
            }
            case CHARTER_PUBLISHED -> Api.as(admin).body(OrganisationInputs.charterAsItIs()).post("/api/v1/charter/versions").then()
                    .statusCode(201).extract().path("version").toString();
            case SECTOR_SAVED -> sector(admin);
            case SECTOR_DELETED -> {
                String code = sector(admin);
                Api.as(admin).delete("/api/v1/sectors/" + code).then().statusCode(204);
                yield code;
            }
            case CATEGORY_SAVED -> category(admin);
            case CATEGORY_DELETED -> {
                String code = category(admin);
                Api.as(admin).delete("/api/v1/categories/" + code).then().statusCode(204);
                yield code;
            }
            // a day of its own: there is one rule a kind, a method and a day
            case VALUATION_RULE_ADDED -> Api.as(admin).body(Map.of("kind", "SKILLED_WORK", "method", "HOURLY_RATE", "rate", 40,
                    "effectiveFrom", LocalDate.of(2100, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(30_000)).toString()))
                    .post("/api/v1/valuation-rules").then().statusCode(201).extract().path("id").toString();
            case EVENT_PUBLISHED -> {
                String event = proposedEvent(memberToken);
                Api.as(animator).post("/api/v1/events/" + event + "/approve").then().statusCode(200);
                yield event;
            }
            case EVENT_REJECTED -> {
                String event = proposedEvent(memberToken);
                Api.as(animator).body(Map.of("reason", "Hors du champ du réseau")).post("/api/v1/events/" + event + "/reject").then()
                        .statusCode(200);
                yield event;
            }
            case EVENT_CANCELLED -> {
                String event = proposedEvent(memberToken);
                Api.as(animator).post("/api/v1/events/" + event + "/approve").then().statusCode(200);
                Api.as(memberToken).body(Map.of("reason", "La salle n'est plus disponible")).post("/api/v1/events/" + event + "/cancel")
                        .then().statusCode(200);
                yield event;
            }
            case PARTNER_REGISTERED -> Partners.register(admin, "catalog:read").id();
            case PARTNER_UPDATED -> {
                String id = Partners.register(admin, "catalog:read").id();
                String etag = Api.as(admin).get("/api/v1/partner-clients/" + id).then().statusCode(200).extract().header("ETag");
                Api.as(admin).header("If-Match", etag).body(Map.of("name", Fixtures.unique("Ceres"), "contactEmail", "tech@ceres.example",
                        "scopes", List.of("catalog:read"), "requestsPerMinute", 100, "active", false)).put("/api/v1/partner-clients/" + id)
                        .then().statusCode(200);
                yield id;
            }
            case PARTNER_SECRET_ROTATED -> {
                String id = Partners.register(admin, "catalog:read").id();
                Api.as(admin).post("/api/v1/partner-clients/" + id + "/rotate-secret").then().statusCode(200);
                yield id;
            }
            // a month of its own far ahead: there is one issue a month
            case NEWSLETTER_SENT -> {
                String month = String.format("%d-%02d", 2300 + ThreadLocalRandom.current().nextInt(600), 1 + ThreadLocalRandom.current().nextInt(12));
                String id = Api.as(animator).body(Map.of("month", month)).post("/api/v1/newsletters").then().statusCode(201).extract().path("id");
                Api.as(animator).header("If-Match", "\"0\"").post("/api/v1/newsletters/" + id + "/send").then().statusCode(202);
                yield id;
            }
            case RETENTION_PURGED -> {
                sql.update("INSERT INTO throttle_event (action, email, client_address, occurred_at) VALUES ('sign-in-failure', :email, '10.0.0.1', :longAgo)",
                        Map.of("email", Fixtures.unique("audit") + "@test.example", "longAgo", Instant.now().minusSeconds(30L * 86_400)));
                retention.purge();
                yield "retention";
            }
        };
    }

    private UUID pendingOrganisation() {
        return fixtures.organisation(Fixtures.unique("Candidate"), OrganisationStatus.PENDING, "commune:59350").id;
    }

    /** Invites someone to the organisation; answers their address. */
    private static String invite(String organisationAdmin, Organisation organisation) {
        String email = Fixtures.unique("invited") + "@audit.example";
        Api.as(organisationAdmin).body(Map.of("email", email, "role", "MEMBER"))
                .post("/api/v1/organisations/" + organisation.id + "/invitations").then().statusCode(201);
        return email;
    }

    private static String sector(String admin) {
        String code = Fixtures.unique("audit");
        Api.as(admin).body(Map.of("code", code, "nameFr", "Secteur d'essai", "nameEn", "Test sector")).put("/api/v1/sectors/" + code)
                .then().statusCode(200);
        return code;
    }

    private static String category(String admin) {
        String code = Fixtures.unique("audit");
        Api.as(admin).body(Map.of("parentCode", "transport", "nameFr", "Catégorie d'essai", "nameEn", "Test category"))
                .put("/api/v1/categories/" + code).then().statusCode(200);
        return code;
    }

    private static String proposedEvent(String memberToken) {
        return Api.as(memberToken).body(EventInputs.apero(LocalDateTime.now().plusDays(30).withNano(0), 20)).post("/api/v1/events")
                .then().statusCode(201).extract().path("id");
    }
}
