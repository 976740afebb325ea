package org.elbasar.hotline;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.elbasar.member.domain.Organisation;
import org.elbasar.testing.Api;
import org.elbasar.testing.ExchangeInputs;
import org.elbasar.testing.Fixtures;
import org.elbasar.testing.Items;
import org.elbasar.testing.Sql;
import org.elbasar.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The history matching reads (exchanges made together, in a category, introductions answered) is
 * kept as tallies by the database (V23): they must follow every change of an exchange or an
 * introduction, and never drift from what the exchanges and introductions say.
 */
@QuarkusTest
class MatchingTalliesTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Sql sql;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static Map<String, Object> eventLoan(String title) {
        Map<String, Object> item = new HashMap<>(Items.loan(title, "Disponible."));
        item.put("categoryCode", "equipment-events");
        return item;
    }

    /** Exchanges made between the two, as matching reads them. */
    private long together(Organisation one, Organisation other) {
        return single("SELECT coalesce(sum(exchanges), 0) FROM matching_pair WHERE low_id = least(:a, :b) AND high_id = greatest(:a, :b)",
                Map.of("a", one.id, "b", other.id));
    }

    private long inEventEquipment(Organisation provider) {
        return single("SELECT coalesce(sum(exchanges), 0) FROM matching_category WHERE provider_id = :p AND category_code = 'equipment-events'",
                Map.of("p", provider.id));
    }

    private List<Long> introducedAndAnswered(Organisation provider) {
        List<Object[]> rows = sql.list("SELECT introduced, answered FROM matching_introductions WHERE provider_id = :p", Map.of("p", provider.id));
        return rows.isEmpty() ? List.of(0L, 0L)
                : List.of(((Number) rows.get(0)[0]).longValue(), ((Number) rows.get(0)[1]).longValue());
    }

    private long single(String query, Map<String, Object> parameters) {
        return ((Number) sql.list(query, parameters).get(0)).longValue();
    }

    private void assertNoDrift() {
        assertEquals(List.of(), sql.list("SELECT tally || ' ' || key FROM matching_tallies_drift"),
                "every tally equals what the exchanges and introductions say");
    }

    @Test
    void exchangesCountWhileConfirmedOnly() {
        Organisation requester = fixtures.activeOrganisation();
        Organisation provider = fixtures.activeOrganisation();
        String asker = fixtures.token(fixtures.member(requester.id));
        String lender = fixtures.token(fixtures.member(provider.id));
        String animator = fixtures.token(fixtures.animator());
        String offer = Items.publish(lender, "offers", eventLoan("Prêt d'une sono " + Fixtures.unique("t")));

        String voided = Api.as(lender).body(ExchangeInputs.equipmentLoan(provider, requester, offer)).post("/api/v1/exchanges").then()
                .statusCode(201).extract().path("id");
        assertEquals(List.of(0L, 0L), List.of(together(requester, provider), inEventEquipment(provider)), "declared is not yet made");
        Api.as(asker).post("/api/v1/exchanges/" + voided + "/confirm").then().statusCode(200);
        assertEquals(List.of(1L, 1L), List.of(together(requester, provider), inEventEquipment(provider)), "confirmed");

        String disputed = Api.as(lender).body(ExchangeInputs.equipmentLoan(provider, requester, offer)).post("/api/v1/exchanges").then()
                .statusCode(201).extract().path("id");
        Api.as(asker).body(Map.of("reason", "Pas eu lieu")).post("/api/v1/exchanges/" + disputed + "/dispute").then().statusCode(200);
        Api.as(lender).body(Map.of("reason", "Erreur")).post("/api/v1/exchanges/" + disputed + "/cancel").then().statusCode(200);
        assertEquals(List.of(1L, 1L), List.of(together(requester, provider), inEventEquipment(provider)), "disputed then cancelled");

        Api.as(animator).body(Map.of("reason", "Doublon")).post("/api/v1/exchanges/" + voided + "/cancel").then().statusCode(200);
        assertEquals(List.of(0L, 0L), List.of(together(requester, provider), inEventEquipment(provider)), "voided by an animator");
        assertNoDrift();
    }

    @Test
    void anIntroductionThatLedToAnExchangeCountsOnceWithTheExchangeDeclaredForIt() {
        Organisation requester = fixtures.activeOrganisation();
        Organisation provider = fixtures.activeOrganisation();
        String asker = fixtures.token(fixtures.member(requester.id));
        String lender = fixtures.token(fixtures.member(provider.id));
        String offer = Items.publish(lender, "offers", eventLoan("Prêt d'une sono " + Fixtures.unique("t")));
        String request = Items.publish(asker, "requests", eventLoan("Cherche une sono " + Fixtures.unique("t")));

        String introduction = Api.as(asker).body(Map.of("offerId", offer, "requestId", request, "message", "Bonjour"))
                .post("/api/v1/introductions").then().statusCode(201).extract().path("id");
        assertEquals(List.of(1L, 0L), introducedAndAnswered(provider), "introduced, not answered");
        Api.as(lender).post("/api/v1/introductions/" + introduction + "/accept").then().statusCode(200);
        assertEquals(List.of(1L, 1L), introducedAndAnswered(provider), "answered");
        Api.as(lender).body(Map.of("outcome", "EXCHANGE_MADE")).post("/api/v1/introductions/" + introduction + "/outcome")
                .then().statusCode(200);
        assertEquals(List.of(1L, 1L), List.of(together(requester, provider), inEventEquipment(provider)), "said to have led to an exchange");

        Map<String, Object> declared = new HashMap<>(ExchangeInputs.equipmentLoan(provider, requester, offer));
        declared.put("introductionId", introduction);
        String exchange = Api.as(lender).body(declared).post("/api/v1/exchanges").then().statusCode(201).extract().path("id");
        Api.as(asker).post("/api/v1/exchanges/" + exchange + "/confirm").then().statusCode(200);
        assertEquals(List.of(1L, 1L), List.of(together(requester, provider), inEventEquipment(provider)),
                "the confirmed exchange stands for the introduction: counted once");

        Api.as(fixtures.token(fixtures.animator())).body(Map.of("reason", "Doublon")).post("/api/v1/exchanges/" + exchange + "/cancel")
                .then().statusCode(200);
        assertEquals(List.of(1L, 1L), List.of(together(requester, provider), inEventEquipment(provider)),
                "its exchange voided, the introduction counts again");
        assertNoDrift();
    }

    @Test
    void introductionsCountForResponsivenessOnceTheirWeekToAnswerHasPassed() {
        Organisation requester = fixtures.activeOrganisation();
        Organisation provider = fixtures.activeOrganisation();
        String asker = fixtures.token(fixtures.member(requester.id));
        String lender = fixtures.token(fixtures.member(provider.id));
        String word = "gyropode" + Fixtures.unique("r").replaceAll("[^a-z0-9]", "");
        String offer = Items.publish(lender, "offers", eventLoan("Prêt d'un " + word));
        for (int i = 0; i < 2; i++) {
            String request = Items.publish(asker, "requests", eventLoan("Cherche un " + word + " " + i));
            String introduction = Api.as(asker).body(Map.of("offerId", offer, "requestId", request, "message", "Bonjour"))
                    .post("/api/v1/introductions").then().statusCode(201).extract().path("id");
            Api.as(lender).post("/api/v1/introductions/" + introduction + "/accept").then().statusCode(200);
        }
        String need = Items.publish(asker, "requests", eventLoan("Cherche un " + word));
        String reasons = "find { it.offer?.id == '" + offer + "' }.reasons.code";
        Api.as(asker).get("/api/v1/requests/" + need + "/suggestions").then().statusCode(200)
                .body(reasons, not(hasItem("RESPONSIVE")));

        clock.advance(Duration.ofDays(8));
        Api.as(asker).get("/api/v1/requests/" + need + "/suggestions").then().statusCode(200)
                .body(reasons, hasItem("RESPONSIVE"));
        assertNoDrift();
    }

    @Test
    void aTallyThatDiffersFromTheTruthIsListed() {
        Organisation requester = fixtures.activeOrganisation();
        Organisation provider = fixtures.activeOrganisation();
        String lender = fixtures.token(fixtures.member(provider.id));
        String offer = Items.publish(lender, "offers", eventLoan("Prêt d'une sono " + Fixtures.unique("t")));
        String exchange = Api.as(lender).body(ExchangeInputs.equipmentLoan(provider, requester, offer)).post("/api/v1/exchanges").then()
                .statusCode(201).extract().path("id");
        Api.as(fixtures.token(fixtures.member(requester.id))).post("/api/v1/exchanges/" + exchange + "/confirm").then().statusCode(200);
        assertNoDrift();

        Map<String, Object> pair = Map.of("a", requester.id, "b", provider.id);
        sql.update("UPDATE matching_pair SET exchanges = exchanges + 1 WHERE low_id = least(:a, :b) AND high_id = greatest(:a, :b)", pair);
        try {
            assertEquals(2, sql.list("SELECT key FROM matching_tallies_drift").size(), "the tally as kept and as it should be");
        } finally {
            sql.update("UPDATE matching_pair SET exchanges = exchanges - 1 WHERE low_id = least(:a, :b) AND high_id = greatest(:a, :b)", pair);
        }
        assertNoDrift();
    }
}
