package org.elbasar.catalog;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;
import org.elbasar.testing.Api;
import org.elbasar.testing.Fixtures;
import org.elbasar.testing.Items;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each mode's rules, and the other field checks of an item, answered with the field at fault. */
@QuarkusTest
class ItemRulesTest {

    @Inject
    Fixtures fixtures;

    String member;

    @BeforeEach
    void member() {
        member = fixtures.token(fixtures.member(fixtures.activeOrganisation().id));
    }

    private void refused(String kind, Map<String, Object> base, Consumer<Map<String, Object>> change, String field) {
        change.accept(base);
        Api.as(member).body(base).post("/api/v1/" + kind).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo(field));
    }

    @Test
    void aDonationHasNoPrice() {
        refused("offers", Items.loan("Don", "x"), i -> {
            i.put("mode", "DONATION");
            i.put("price", 10);
            i.put("priceUnit", "UNIT");
        }, "price");
        refused("offers", Items.loan("Don", "x"), i -> i.put("onQuote", true), "onQuote");
    }

    @Test
    void aMarketItemHasAPriceWithItsUnitOrIsOnQuote() {
        refused("offers", Items.service("Graphisme", "x"), i -> i.remove("price"), "price");
        refused("offers", Items.service("Graphisme", "x"), i -> i.remove("priceUnit"), "priceUnit");
        refused("offers", Items.service("Graphisme", "x"), i -> i.put("onQuote", true), "price");
        refused("offers", Items.service("Graphisme", "x"), i -> i.put("indicativeValue", 100), "indicativeValue");
        refused("offers", Items.service("Graphisme", "x"), i -> i.put("price", -5), "price");
        refused("offers", Items.service("Graphisme", "x"), i -> i.put("price", 12.345), "price");
        Map<String, Object> onQuote = Items.service("Graphisme sur devis", "x");
        onQuote.remove("price");
        onQuote.remove("priceUnit");
        onQuote.put("onQuote", true);
        Api.as(member).body(onQuote).post("/api/v1/offers").then().statusCode(201).body("onQuote", equalTo(true))
                .body("market", equalTo(true));
    }

    @Test
    void theReachNamesATerritoryOfItsKind() {
        refused("offers", Items.loan("Remorque", "x"), i -> i.put("reachTerritoryId", "commune:59350"), "reachTerritoryId");
        refused("offers", Items.loan("Remorque", "x"), i -> i.remove("reachTerritoryId"), "reachTerritoryId");
        refused("offers", Items.loan("Remorque", "x"), i -> i.put("reach", "REMOTE"), "reachTerritoryId");
        refused("offers", Items.loan("Remorque", "x"), i -> i.put("reach", "GALAXY"), "reach");
        Map<String, Object> remote = Items.loan("Conseil à distance", "x");
        remote.put("reach", "REMOTE");
        remote.remove("reachTerritoryId");
        Api.as(member).body(remote).post("/api/v1/offers").then().statusCode(201).body("reachTerritory", equalTo(null));
    }

    @Test
    void onlyRequestsHaveANeededByDateAndNotInThePast() {
        refused("offers", Items.loan("Remorque", "x"), i -> i.put("neededBy", LocalDate.now().plusDays(10).toString()), "neededBy");
        refused("requests", Items.loan("Remorque", "x"), i -> i.put("neededBy", LocalDate.now().minusDays(2).toString()), "neededBy");
        Map<String, Object> request = Items.loan("Cherche remorque", "x");
        request.put("neededBy", LocalDate.now().plusDays(10).toString());
        String id = Api.as(member).body(request).post("/api/v1/requests").then().statusCode(201)
                .body("kind", equalTo("REQUEST")).body("neededBy", equalTo(LocalDate.now().plusDays(10).toString()))
                .extract().path("id");
        Api.as(member).post("/api/v1/requests/" + id + "/publish").then().statusCode(200);
        Api.anonymous().queryParam("q", "Cherche remorque").get("/api/v1/requests").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.neededBy", equalTo(LocalDate.now().plusDays(10).toString()));
    }

    @Test
    void otherFieldsAreChecked() {
        refused("offers", Items.loan("Remorque", "x"), i -> i.put("categoryCode", "astrology"), "categoryCode");
        refused("offers", Items.loan("", "x"), i -> { }, "title");
        refused("offers", Items.loan("Remorque", "x"), i -> i.put("expiresOn", LocalDate.now().plusYears(2).toString()), "expiresOn");
        refused("offers", Items.loan("Remorque", "x"), i -> i.put("status", "PUBLISHED"), "status");
        refused("offers", Items.loan("Remorque", "x"), i -> i.put("mode", null), "mode");
    }
}
