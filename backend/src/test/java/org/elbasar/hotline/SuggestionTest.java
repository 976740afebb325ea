package org.elbasar.hotline;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.elbasar.account.domain.Person;
import org.elbasar.member.domain.Organisation;
import org.elbasar.testing.Api;
import org.elbasar.testing.ExchangeInputs;
import org.elbasar.testing.Fixtures;
import org.elbasar.testing.Items;
import org.elbasar.testing.Mails;
import org.elbasar.testing.Statements;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SuggestionTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Mails mails;

    @Inject
    Statements statements;

    /** A word no other test uses, so that each test sees only its own items. */
    private static String marker() {
        return "gyropode" + Fixtures.unique("w").replaceAll("[^a-z0-9]", "");
    }

    /** A loan of event equipment: a category no other test fills, so that the ten best are this test's. */
    private static Map<String, Object> eventLoan(String title) {
        Map<String, Object> item = new HashMap<>(Items.loan(title, "Disponible."));
        item.put("categoryCode", "equipment-events");
        return item;
    }

    private static Map<String, Object> market(Map<String, Object> item) {
        Map<String, Object> sale = new HashMap<>(item);
        sale.remove("indicativeValue");
        sale.put("mode", "SALE");
        sale.put("price", 20);
        sale.put("priceUnit", "DAY");
        return sale;
    }

    @Test
    void suggestionsExplainThemselvesAndNearerAndNonMarketOffersRankHigher() {
        String word = marker();
        Organisation requester = fixtures.organisation("Demandeur " + word, org.elbasar.member.domain.OrganisationStatus.ACTIVE, "commune:59350");
        String asker = fixtures.token(fixtures.member(requester.id));
        String requestId = Items.publish(asker, "requests", eventLoan("Cherche un " + word));
        long readBefore = statements.countDuring(() -> Api.as(asker).get("/api/v1/requests/" + requestId + "/suggestions").then().statusCode(200));

        Organisation neighbour = fixtures.organisation("Voisin " + word, org.elbasar.member.domain.OrganisationStatus.ACTIVE, "commune:59350");
        Organisation faraway = fixtures.organisation("Lointain " + word, org.elbasar.member.domain.OrganisationStatus.ACTIVE, "commune:80021");
        Organisation seller = fixtures.organisation("Vendeur " + word, org.elbasar.member.domain.OrganisationStatus.ACTIVE, "commune:80021");
        String near = Items.publish(fixtures.token(fixtures.member(neighbour.id)), "offers", eventLoan("Prêt d'un " + word));
        String far = Items.publish(fixtures.token(fixtures.member(faraway.id)), "offers", eventLoan("Prêt d'un " + word));
        String sold = Items.publish(fixtures.token(fixtures.member(seller.id)), "offers", market(eventLoan("Location d'un " + word)));
        Organisation helper = fixtures.described("Atelier " + word, "Nous réparons et prêtons des " + word + ".",
                List.of("réparation de " + word), "commune:59009");

        JsonPath suggestions = Api.as(asker).header("Accept-Language", "fr").get("/api/v1/requests/" + requestId + "/suggestions")
                .then().statusCode(200).extract().jsonPath();
        List<String> offers = suggestions.getList("findAll { it.kind == 'OFFER' }.offer.id");
        assertEquals(List.of(near, far, sold), offers.stream().filter(List.of(near, far, sold)::contains).toList(),
                "the neighbour first, then the non-market offer further away, then the market one");
        assertTrue(suggestions.getList("find { it.offer?.id == '" + near + "' }.reasons.code").containsAll(
                List.of("SAME_CATEGORY", "WORDS_IN_COMMON", "SAME_COMMUNE", "BOTH_NON_MARKET", "SAME_MODE")));
        assertEquals("Dans la même commune (Wambrechies)".replace("Wambrechies", neighbour.commune.name),
                suggestions.getString("find { it.offer?.id == '" + near + "' }.reasons.find { it.code == 'SAME_COMMUNE' }.text"));
        int nearScore = suggestions.getInt("find { it.offer?.id == '" + near + "' }.score");
        int reasonPoints = suggestions.<Integer>getList("find { it.offer?.id == '" + near + "' }.reasons.points").stream().mapToInt(i -> i).sum();
        assertEquals(nearScore, reasonPoints, "the score is the sum of its reasons");
        assertTrue(suggestions.getList("findAll { it.kind == 'ORGANISATION' }.organisation.id").contains(helper.id.toString()),
                "an organisation without an offer is suggested from its activities");
        Api.as(asker).header("Accept-Language", "en").get("/api/v1/requests/" + requestId + "/suggestions").then()
                .body("find { it.offer?.id == '" + near + "' }.reasons.find { it.code == 'SAME_MODE' }.text",
                        equalTo("Same kind of exchange: equipment loan"));

        long read = statements.countDuring(() -> Api.as(asker).get("/api/v1/requests/" + requestId + "/suggestions").then().statusCode(200));
        assertEquals(readBefore, read, "as many statements with this test's four candidates as without them");
        assertEquals(3, read, "the request, its offers and its organisations, each in one statement");
    }

    @Test
    void pastExchangesCountForThePairAndInTheCategory() {
        String word = marker();
        Organisation requester = fixtures.activeOrganisation();
        String asker = fixtures.token(fixtures.member(requester.id));
        Organisation provider = fixtures.activeOrganisation();
        String lender = fixtures.token(fixtures.member(provider.id));
        String first = Items.publish(asker, "requests", eventLoan("Cherche une sono " + word));
        String offer = Items.publish(lender, "offers", eventLoan("Prêt d'une sono " + word));
        String introduction = Api.as(asker).body(Map.of("offerId", offer, "requestId", first, "message", "Bonjour"))
                .post("/api/v1/introductions").then().statusCode(201).extract().path("id");
        Api.as(lender).body(Map.of("outcome", "EXCHANGE_MADE")).post("/api/v1/introductions/" + introduction + "/outcome")
                .then().statusCode(200);

        String second = Items.publish(asker, "requests", eventLoan("Cherche des projecteurs " + word));
        // history is told, but it only breaks ties: it adds no points to the score
        Api.as(asker).get("/api/v1/requests/" + second + "/suggestions").then().statusCode(200)
                .body("find { it.offer?.id == '" + offer + "' }.reasons.find { it.code == 'EXCHANGED_TOGETHER' }.points", equalTo(0))
                .body("find { it.offer?.id == '" + offer + "' }.reasons.find { it.code == 'EXCHANGES_IN_CATEGORY' }.points", equalTo(0));
    }

    @Test
    void confirmedExchangesDeclaredWithoutAnIntroductionCountToo() {
        String word = marker();
        Organisation requester = fixtures.activeOrganisation();
        String asker = fixtures.token(fixtures.member(requester.id));
        Organisation provider = fixtures.activeOrganisation();
        String lender = fixtures.token(fixtures.member(provider.id));
        String offer = Items.publish(lender, "offers", eventLoan("Prêt d'une sono " + word));
        String id = Api.as(lender).body(ExchangeInputs.equipmentLoan(provider, requester, offer)).post("/api/v1/exchanges").then()
                .statusCode(201).extract().path("id");
        String request = Items.publish(asker, "requests", eventLoan("Cherche des projecteurs " + word));
        // suggested, but an exchange only declared is not yet history
        Api.as(asker).get("/api/v1/requests/" + request + "/suggestions").then().statusCode(200)
                .body("find { it.offer?.id == '" + offer + "' }.reasons.code", allOf(hasItem("SAME_CATEGORY"), not(hasItem("EXCHANGED_TOGETHER"))));

        Api.as(asker).post("/api/v1/exchanges/" + id + "/confirm").then().statusCode(200);
        Api.as(asker).get("/api/v1/requests/" + request + "/suggestions").then().statusCode(200)
                .body("find { it.offer?.id == '" + offer + "' }.reasons.code", hasItem("EXCHANGED_TOGETHER"))
                .body("find { it.offer?.id == '" + offer + "' }.reasons.code", hasItem("EXCHANGES_IN_CATEGORY"));
    }

    @Test
    void onlyTheRequestersPeopleAndAnimatorsSeeSuggestions() {
        Organisation requester = fixtures.activeOrganisation();
        String requestId = Items.publish(fixtures.token(fixtures.member(requester.id)), "requests",
                Items.loan("Cherche un " + marker(), "Besoin."));
        String offerId = Items.publish(fixtures.token(fixtures.member(requester.id)), "offers", Items.loan("Prête un " + marker(), "Offre."));
        Api.anonymous().get("/api/v1/requests/" + requestId + "/suggestions").then().statusCode(401);
        Api.as(fixtures.token(fixtures.member(fixtures.activeOrganisation().id))).get("/api/v1/requests/" + requestId + "/suggestions")
                .then().statusCode(403);
        Api.as(fixtures.token(fixtures.animator())).get("/api/v1/requests/" + requestId + "/suggestions").then().statusCode(200);
        Api.as(fixtures.token(fixtures.animator())).get("/api/v1/requests/" + offerId + "/suggestions").then().statusCode(404);
        Api.as(fixtures.token(fixtures.animator())).get("/api/v1/requests/" + java.util.UUID.randomUUID() + "/suggestions").then().statusCode(404);
    }

    @Test
    void aNewOfferIsMatchedWithOpenRequestsAndTheirAuthorsAreToldIfTheyAskedTo() {
        String word = marker();
        Organisation requester = fixtures.activeOrganisation();
        Person keen = fixtures.member(requester.id);
        Person quiet = fixtures.member(requester.id);
        Api.as(fixtures.token(keen)).body(Map.of("firstName", "Camille", "lastName", "Martin", "locale", "fr", "notifyMatchingOffers", true))
                .put("/api/v1/me").then().statusCode(200).body("notifyMatchingOffers", equalTo(true));
        String keenRequest = Items.publish(fixtures.token(keen), "requests", Items.loan("Cherche un " + word, "Pour un événement."));
        String quietRequest = Items.publish(fixtures.token(quiet), "requests", Items.loan("Besoin d'un " + word, "Pour un chantier."));

        Organisation provider = fixtures.activeOrganisation();
        String offerId = Items.publish(fixtures.token(fixtures.member(provider.id)), "offers", Items.loan("Prêt d'un " + word, "Disponible."));

        assertTrue(mails.to(keen.email).stream().anyMatch(m -> m.getText().contains("/offers/" + offerId)), "the author who asked is told");
        assertTrue(mails.to(quiet.email).stream().noneMatch(m -> m.getText().contains("/offers/" + offerId)), "the other one is not");
        Api.as(fixtures.token(fixtures.animator())).queryParam("size", 100).get("/api/v1/hotline/matches").then().statusCode(200)
                .body("items.findAll { it.offer.id == '" + offerId + "' }.request.id", hasItem(keenRequest))
                .body("items.findAll { it.offer.id == '" + offerId + "' }.request.id", hasItem(quietRequest));
    }
}
