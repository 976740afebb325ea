package org.elbasar.account;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.elbasar.account.domain.Person;
import org.elbasar.common.service.DataExports;
import org.elbasar.member.domain.Organisation;
import org.elbasar.testing.Api;
import org.elbasar.testing.Fixtures;
import org.elbasar.testing.Items;
import org.elbasar.testing.Sql;
import org.junit.jupiter.api.Test;

/** A person gets a copy of everything about them and can erase their account; an organisation's admins get its copy. */
@QuarkusTest
class PersonalDataTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Sql sql;

    @Inject
    DataExports exports;

    private static Response login(String email, String password) {
        return Api.anonymous().header("X-Forwarded-For", "10.77.0." + (int) (Math.random() * 250))
                .body(Map.of("email", email, "password", password)).post("/api/v1/auth/login");
    }

    /** A member who signed in, published an offer, saved a search and asked for the newsletter. */
    private record Active(Person person, String token, String itemId) {
    }

    private Active activeMember(Organisation organisation) {
        Person person = fixtures.member(organisation.id);
        login(person.email, "not-the-password").then().statusCode(401);
        String token = login(person.email, Fixtures.PASSWORD).then().statusCode(200).extract().path("accessToken");
        String itemId = Items.publish(token, "offers", Items.loan(Fixtures.unique("Remorque"), "Une remorque à prêter le week-end."));
        Api.as(token).body(Map.of("name", "Remorques", "kind", "OFFER", "criteria", Map.of("q", "remorque")))
                .post("/api/v1/saved-searches").then().statusCode(201);
        Api.anonymous().body(Map.of("email", person.email, "language", "fr")).post("/api/v1/newsletter/subscribers").then().statusCode(202);
        return new Active(person, token, itemId);
    }

    @Test
    void aPersonDownloadsEverythingThatNamesThemWithoutSecrets() {
        Active member = activeMember(fixtures.activeOrganisation());

        Response export = Api.as(member.token()).get("/api/v1/me/data");
        export.then().statusCode(200)
                .header("Content-Disposition", containsString("attachment; filename=\"elbasar-donnees-personnelles-"))
                .body("subject.type", equalTo("person"))
                .body("subject.id", equalTo(member.person().id.toString()))
                .body("profile.email", equalTo(member.person().email))
                .body("profile.last_name", equalTo(member.person().lastName))
                .body("profile", not(hasKey("password_hash")))
                .body("records.catalog_item.id", hasItem(member.itemId()))
                .body("records.saved_search.name", hasItem("Remorques"))
                .body("records.throttle_event.action", containsInAnyOrder("sign-in-failure", "sign-in-success"))
                .body("records.refresh_token.size()", equalTo(1))
                .body("records.refresh_token[0]", not(hasKey("token_hash")))
                .body("records.newsletter_subscriber.email", hasItem(member.person().email))
                .body("records.outbox_email.subject", hasItem(notNullValue()));
        assertTrue(!export.asString().contains("argon2"), "no password hash in the export");

        Api.as(fixtures.token(fixtures.admin())).queryParam("action", "account.data-exported").get("/api/v1/audit-log").then()
                .statusCode(200).body("items.targetId", hasItem(member.person().id.toString()));
        Api.anonymous().get("/api/v1/me/data").then().statusCode(401);
    }

    @Test
    void everyColumnThatHoldsAPersonIdIsExported() {
        List<String> personIdColumns = sql.list("""
                SELECT table_name || '.' || column_name FROM information_schema.columns
                WHERE table_schema = current_schema() AND data_type = 'uuid'
                  AND column_name ~ '(_by|^actor_id|^author_id|^person_id|^recipient_id|^organiser_id|^assignee_id)$'""");
        Set<String> exported = exports.personColumns().stream().map(c -> c.table() + "." + c.column()).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>(personIdColumns);
        missing.removeAll(exported);
        assertTrue(personIdColumns.size() > 20, personIdColumns.toString());
        assertEquals(List.of(), missing, "person columns neither linked to person nor listed in DataExports");
    }

    @Test
    void erasureLeavesNoNameNorAddressAndKeepsWhatTheOrganisationDid() {
        Organisation organisation = fixtures.activeOrganisation();
        Active member = activeMember(organisation);
        Person person = member.person();

        Api.as(member.token()).body(Map.of("password", "not-the-password")).post("/api/v1/me/erasure").then()
                .statusCode(400).body("violations[0].field", equalTo("password"));
        Api.as(member.token()).body(Map.of()).post("/api/v1/me/erasure").then()
                .statusCode(400).body("violations[0].field", equalTo("password"));
        Api.as(member.token()).body(Map.of("password", Fixtures.PASSWORD)).post("/api/v1/me/erasure").then()
                .statusCode(204).header("Set-Cookie", containsString("elbasar_refresh=;"));

        List<String> traces = new ArrayList<>();
        for (String table : sql.<String>list("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")) {
            long hits = sql.<Number>list("SELECT count(*) FROM " + table + " t WHERE to_jsonb(t)::text ILIKE '%' || :email || '%' "
                    + "OR to_jsonb(t)::text ILIKE '%' || :name || '%'", Map.of("email", person.email, "name", person.lastName))
                    .get(0).longValue();
            if (hits > 0) {
                traces.add(table + ": " + hits);
            }
        }
        assertEquals(List.of(), traces, "rows still naming the erased person");

        assertEquals(List.of(person.id), sql.list("SELECT author_id FROM catalog_item WHERE id = CAST(:id AS uuid)",
                Map.of("id", member.itemId())), "the offer stays, attributed to the erased account");
        assertEquals(List.of("Compte supprimé"), sql.list("SELECT first_name || ' ' || last_name FROM person WHERE id = :id",
                Map.of("id", person.id)));
        login(person.email, Fixtures.PASSWORD).then().statusCode(401);
        Api.as(member.token()).get("/api/v1/me").then().statusCode(404);
        Api.as(fixtures.token(fixtures.admin())).queryParam("action", "account.erased").get("/api/v1/audit-log").then()
                .statusCode(200).body("items.targetId", hasItem(person.id.toString()));
    }

    @Test
    void theOnlyAdminOfAnOrganisationWithOtherMembersHandsOverFirst() {
        Organisation organisation = fixtures.activeOrganisation();
        Person admin = fixtures.orgAdmin(organisation.id);
        Person colleague = fixtures.member(organisation.id);

        Api.as(fixtures.token(admin)).body(Map.of("password", Fixtures.PASSWORD)).post("/api/v1/me/erasure").then()
                .statusCode(409).body("type", equalTo("https://elbasar.org/problems/last-organisation-admin"));

        Api.as(fixtures.token(colleague)).body(Map.of("password", Fixtures.PASSWORD)).post("/api/v1/me/erasure").then().statusCode(204);
        Api.as(fixtures.token(admin)).body(Map.of("password", Fixtures.PASSWORD)).post("/api/v1/me/erasure").then().statusCode(204);
    }

    @Test
    void anOrganisationsAdminsAndPlatformAdminsDownloadItsData() {
        Organisation organisation = fixtures.activeOrganisation();
        Person admin = fixtures.orgAdmin(organisation.id);
        Active member = activeMember(organisation);

        Api.as(fixtures.token(admin)).get("/api/v1/organisations/" + organisation.id + "/data").then().statusCode(200)
                .header("Content-Disposition", containsString("elbasar-donnees-organisation-"))
                .body("subject.type", equalTo("organisation"))
                .body("profile.name", equalTo(organisation.name))
                .body("records.person.email", hasItem(member.person().email))
                .body("records.person[0]", not(hasKey("password_hash")))
                .body("records.catalog_item.id", hasItem(member.itemId()));
        Api.as(fixtures.token(fixtures.admin())).get("/api/v1/organisations/" + organisation.id + "/data").then().statusCode(200);

        Api.as(member.token()).get("/api/v1/organisations/" + organisation.id + "/data").then().statusCode(403);
        Person otherAdmin = fixtures.orgAdmin(fixtures.activeOrganisation().id);
        Api.as(fixtures.token(otherAdmin)).get("/api/v1/organisations/" + organisation.id + "/data").then().statusCode(403);
        Api.as(fixtures.token(fixtures.animator())).get("/api/v1/organisations/" + organisation.id + "/data").then().statusCode(403);
        Api.anonymous().get("/api/v1/organisations/" + organisation.id + "/data").then().statusCode(401);
        Api.as(fixtures.token(fixtures.admin())).get("/api/v1/organisations/" + java.util.UUID.randomUUID() + "/data").then()
                .statusCode(404);
    }
}
