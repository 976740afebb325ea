package org.elbasar.newsletter;

import static org.elbasar.testing.Newsletters.paris;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.elbasar.member.domain.Organisation;
import org.elbasar.member.domain.OrganisationStatus;
import org.elbasar.testing.Api;
import org.elbasar.testing.Fixtures;
import org.elbasar.testing.Items;
import org.elbasar.testing.Newsletters;
import org.elbasar.testing.Statements;
import org.elbasar.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The post of the day's rotation. Each test lives in a year of its own, when every other test's offers have
 * expired, so the candidates are the test's own.
 */
@QuarkusTest
class PostOfTheDayTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Newsletters newsletters;

    @Inject
    TestClock clock;

    @Inject
    Statements statements;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Organisation member(String name, String commune, boolean isNew) {
        Organisation organisation = fixtures.organisation(Fixtures.unique(name), OrganisationStatus.ACTIVE, commune);
        newsletters.joinedAt(organisation.id, isNew ? clock.instant().minus(Duration.ofDays(10)) : paris(2020, 1, 6, 9));
        return organisation;
    }

    private String publish(Organisation organisation, Map<String, Object> item) {
        return Items.publish(fixtures.token(fixtures.member(organisation.id)), "offers", item);
    }

    private static JsonPath today(String animator) {
        return Api.as(animator).get("/api/v1/posts-of-the-day/today").then().statusCode(200).extract().jsonPath();
    }

    private void nextDay() {
        clock.advance(Duration.ofDays(1));
    }

    @Test
    void itRotatesAcrossTerritoriesModesAndOrganisationsAndNeverRepeatsWithinThirtyDays() {
        clock.setTo(paris(2040, 3, 5, 8));
        Organisation lilleA = member("Lille A", "commune:59350", false);
        Organisation lilleB = member("Lille B", "commune:59350", false);
        Organisation arras = member("Arras", "commune:62041", false);
        String loanA = publish(lilleA, Items.loan("Prêt de remorque", "Remorque."));
        String loanB = publish(lilleB, Items.loan("Prêt de barnum", "Barnum."));
        String loanArras = publish(arras, Items.loan("Prêt de sono", "Sono."));
        String animator = fixtures.token(fixtures.animator());

        // Day 1: nothing was featured yet; the most recently published comes first.
        JsonPath first = today(animator);
        assertEquals(loanArras, first.getString("subject.id"));
        assertEquals("PROPOSED", first.getString("status"));
        assertEquals(first.getString("id"), today(animator).getString("id"), "one proposal a day");
        Api.as(animator).post("/api/v1/posts-of-the-day/" + first.getString("id") + "/accept").then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("decidedBy", not(equalTo(null)));

        // Day 2: Arras and its mode were featured yesterday; a Lille organisation with another mode wins over the same mode.
        nextDay();
        String serviceB = publish(lilleB, Items.service("Conseil juridique", "Statuts."));
        JsonPath second = today(animator);
        assertEquals(serviceB, second.getString("subject.id"), "another territory and another mode");
        Api.as(animator).post("/api/v1/posts-of-the-day/" + second.getString("id") + "/accept").then().statusCode(200);

        // Day 3: Lille B and the Pas-de-Calais were featured lately; Lille A, never featured, comes first.
        nextDay();
        JsonPath third = today(animator);
        assertEquals(loanA, third.getString("subject.id"));
        // Skipping proposes the next best for the same day; the skipped one stays in the history.
        JsonPath next = Api.as(animator).post("/api/v1/posts-of-the-day/" + third.getString("id") + "/skip").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(loanB, next.getString("subject.id"));
        assertEquals(third.getString("day"), next.getString("day"));
        JsonPath last = Api.as(animator).post("/api/v1/posts-of-the-day/" + next.getString("id") + "/skip").then().statusCode(200)
                .extract().jsonPath();
        assertEquals("SKIPPED", last.getString("status"), "nothing else left that day (the others were featured within 30 days)");
        Api.as(animator).post("/api/v1/posts-of-the-day/" + next.getString("id") + "/accept").then().statusCode(409);

        // 30 days after it was featured, the Arras offer can come back.
        clock.setTo(paris(2040, 4, 4, 8));
        assertEquals(loanArras, today(animator).getString("subject.id"));

        // The history of six proposals: the page, its count, and one statement for all their subjects.
        long statementsRun = statements.countDuring(() -> Api.as(animator).get("/api/v1/posts-of-the-day?size=20").then().statusCode(200));
        assertTrue(statementsRun <= 3, statementsRun + " statements");
    }

    @Test
    void newMembersComeFirstAndTheTextFitsFiveHundredCharactersWithItsLink() {
        clock.setTo(paris(2042, 9, 8, 8));
        Organisation older = member("Ancienne", "commune:59350", false);
        Organisation newcomer = member("Nouvelle", "commune:59350", true);
        publish(newcomer, Items.loan("Prêt de tables", "x ".repeat(600)));
        publish(older, Items.loan("Prêt de chaises", "Chaises."));
        String animator = fixtures.token(fixtures.animator());

        JsonPath post = today(animator);
        assertEquals("Prêt de tables", post.getString("subject.title"), "new members first");
        String text = post.getString("text");
        assertTrue(text.length() <= 500, text.length() + " characters");
        assertTrue(text.endsWith(post.getString("subject.link")), text);
        assertTrue(text.startsWith("🤝 L'offre du jour : Prêt de tables, par " + post.getString("subject.organisation") + " (Nord)"), text);

        String id = post.getString("id");
        Api.as(animator).body(Map.of("text", "y".repeat(501))).put("/api/v1/posts-of-the-day/" + id).then().statusCode(400)
                .body("violations[0].field", equalTo("text"));
        Api.as(animator).body(Map.of("text", "  ")).put("/api/v1/posts-of-the-day/" + id).then().statusCode(400)
                .body("violations[0].field", equalTo("text"));
        Api.as(animator).body(Map.of("text", "Des tables à prêter ! https://elbasar.org/o")).put("/api/v1/posts-of-the-day/" + id).then()
                .statusCode(200).body("text", endsWith("/o"));
        Api.as(fixtures.token(fixtures.member(older.id))).get("/api/v1/posts-of-the-day/today").then().statusCode(403);
        Api.anonymous().get("/api/v1/posts-of-the-day/today").then().statusCode(401);
        Api.as(animator).post("/api/v1/posts-of-the-day/" + UUID.randomUUID() + "/accept").then().statusCode(404);
    }

    @Test
    void theHistoryAttributesTheExchangesBornFromAPost() {
        clock.setTo(paris(2044, 2, 1, 8));
        Organisation provider = member("Prêteuse", "commune:62041", false);
        Organisation borrower = member("Emprunteuse", "commune:59350", false);
        String offer = publish(provider, Items.loan("Prêt de minibus", "Neuf places."));
        String animator = fixtures.token(fixtures.animator());
        JsonPath post = today(animator);
        assertEquals(offer, post.getString("subject.id"));
        Api.as(animator).post("/api/v1/posts-of-the-day/" + post.getString("id") + "/accept").then().statusCode(200);
        newsletters.exchangeFromPost(borrower.id, provider.id, UUID.fromString(offer), paris(2044, 2, 3, 12));

        Api.as(animator).get("/api/v1/posts-of-the-day?size=5").then().statusCode(200)
                .body("items[0].id", equalTo(post.getString("id"))).body("items[0].exchanges", equalTo(1))
                .body("items[0].subject.kind", equalTo("OFFER"));
        nextDay();
        clock.advance(Duration.ofDays(1));
        Api.as(animator).get("/api/v1/posts-of-the-day/today").then().statusCode(404).body("type", equalTo("https://elbasar.org/problems/nothing-to-post"));
        assertNotEquals(null, post.getString("text"));
    }
}
