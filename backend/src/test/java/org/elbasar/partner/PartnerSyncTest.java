package org.elbasar.partner;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.elbasar.member.domain.Organisation;
import org.elbasar.testing.Api;
import org.elbasar.testing.Fixtures;
import org.elbasar.testing.Items;
import org.elbasar.testing.Partners;
import org.elbasar.testing.Sql;
import org.junit.jupiter.api.Test;

/** A partner that replays every page of changes ends with exactly what is listed, withdrawals included. */
@QuarkusTest
class PartnerSyncTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Sql sql;

    private String partnerToken(String scopes) {
        return Partners.register(fixtures.token(fixtures.admin()), "catalog:read", "organisations:read").token(scopes);
    }

    /** Applies every page from {@code cursor} (null: the start) to the copy; returns the cursor to go on from. */
    private static String replay(String token, String path, String cursor, Map<String, Map<String, Object>> copy) {
        String next = cursor;
        boolean more = true;
        while (more) {
            JsonPath page = Api.as(token).queryParam("size", 40).queryParams(next == null ? Map.of() : Map.of("cursor", next))
                    .get(path).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> changes = page.getList("changes");
            for (Map<String, Object> change : changes) {
                if (Boolean.TRUE.equals(change.get("withdrawn"))) {
                    copy.remove((String) change.get("id"));
                } else {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> data = (Map<String, Object>) change.get("data");
                    copy.put((String) change.get("id"), data);
                }
            }
            next = page.getString("next");
            more = page.getBoolean("hasMore");
        }
        return next;
    }

    private Set<String> ids(String query) {
        Set<String> ids = new HashSet<>();
        sql.list(query).forEach(id -> ids.add(id.toString()));
        return ids;
    }

    private Set<String> listedOffers() {
        return ids("""
                SELECT i.id FROM catalog_item i JOIN organisation o ON o.id = i.organisation_id
                WHERE i.kind = 'OFFER' AND i.status = 'PUBLISHED' AND i.hidden_at IS NULL AND o.status = 'ACTIVE'""");
    }

    private Set<String> activeOrganisations() {
        return ids("SELECT id FROM organisation WHERE status = 'ACTIVE'");
    }

    @Test
    void aPartnerReplayingEveryPageKeepsAnExactCopyOfTheListedOffers() {
        Organisation kept = fixtures.activeOrganisation();
        Organisation leaving = fixtures.activeOrganisation();
        String member = fixtures.token(fixtures.member(kept.id));
        String toWithdraw = Items.publish(member, "offers", Items.loan(Fixtures.unique("Remorque"), "À retirer."));
        String toRename = Items.publish(member, "offers", Items.loan(Fixtures.unique("Barnum"), "À renommer."));
        String ofLeaving = Items.publish(fixtures.token(fixtures.member(leaving.id)), "offers", Items.loan(Fixtures.unique("Sono"), "Part."));
        String partner = partnerToken("catalog:read");

        Map<String, Map<String, Object>> copy = new HashMap<>();
        String cursor = replay(partner, "/api/v1/partner/offers", null, copy);
        assertEquals(listedOffers(), copy.keySet());
        Map<String, Object> offer = copy.get(toRename);
        assertEquals(kept.name, ((Map<?, ?>) offer.get("organisation")).get("name"));
        assertFalse(offer.containsKey("contactEmail") || offer.containsKey("phone") || offer.containsKey("author"), offer.toString());

        Instant beforeChanges = Instant.now();
        String added = Items.publish(member, "offers", Items.loan(Fixtures.unique("Vélo cargo"), "Nouveau."));
        Api.as(member).post("/api/v1/offers/" + toWithdraw + "/withdraw").then().statusCode(200);
        sql.update("UPDATE catalog_item SET title = 'Barnum renommé' WHERE id = CAST(:id AS uuid)", Map.of("id", toRename));
        sql.update("UPDATE organisation SET status = 'SUSPENDED' WHERE id = :id", Map.of("id", leaving.id));

        replay(partner, "/api/v1/partner/offers", cursor, copy);
        assertEquals(listedOffers(), copy.keySet(), "additions, withdrawals and a member's departure all followed");
        assertTrue(copy.containsKey(added));
        assertFalse(copy.containsKey(toWithdraw) || copy.containsKey(ofLeaving));
        assertEquals("Barnum renommé", copy.get(toRename).get("title"));

        // From a time instead of a cursor: only what changed since.
        JsonPath since = Api.as(partner).queryParam("changedSince", beforeChanges.toString()).queryParam("size", 1000)
                .get("/api/v1/partner/offers").then().statusCode(200).extract().jsonPath();
        List<String> ids = since.getList("changes.id");
        assertTrue(ids.containsAll(List.of(added, toWithdraw, toRename, ofLeaving)), ids.toString());
        assertFalse(ids.contains(UUID.randomUUID().toString()));
        Api.as(partner).queryParam("cursor", "not a cursor").get("/api/v1/partner/offers").then().statusCode(400)
                .body("violations[0].field", equalTo("cursor"));
        Api.as(partner).queryParam("size", 1001).get("/api/v1/partner/offers").then().statusCode(400)
                .body("violations[0].field", equalTo("size"));
    }

    @Test
    void organisationsAreCopiedWithoutContactDataAndEachListNeedsItsScope() {
        Organisation joining = fixtures.activeOrganisation();
        String both = partnerToken("catalog:read organisations:read");
        Map<String, Map<String, Object>> copy = new HashMap<>();
        String cursor = replay(both, "/api/v1/partner/organisations", null, copy);
        assertEquals(activeOrganisations(), copy.keySet());
        Map<String, Object> organisation = copy.get(joining.id.toString());
        assertEquals(joining.name, organisation.get("name"));
        assertFalse(organisation.containsKey("contactEmail") || organisation.containsKey("phone") || organisation.containsKey("address"),
                organisation.toString());

        sql.update("UPDATE organisation SET status = 'SUSPENDED' WHERE id = :id", Map.of("id", joining.id));
        replay(both, "/api/v1/partner/organisations", cursor, copy);
        assertEquals(activeOrganisations(), copy.keySet());

        Api.as(partnerToken("catalog:read")).get("/api/v1/partner/organisations").then().statusCode(403);
        String organisationsOnly = partnerToken("organisations:read");
        Api.as(organisationsOnly).get("/api/v1/partner/offers").then().statusCode(403);
        Api.as(organisationsOnly).get("/api/v1/partner/market-offers").then().statusCode(403);
        Api.as(fixtures.token(fixtures.admin())).get("/api/v1/partner/offers").then().statusCode(403);
        Api.anonymous().get("/api/v1/partner/offers").then().statusCode(401);
    }

    @Test
    void theCeresViewHoldsTheMarketOffersTheirMembersChoseToShowKeyedBySiret() {
        Organisation organisation = fixtures.activeOrganisation();
        String siret = String.format("%014d", Math.abs(UUID.randomUUID().getMostSignificantBits()) % 100_000_000_000_000L);
        sql.update("UPDATE organisation SET siret = :siret WHERE id = :id", Map.of("siret", siret, "id", organisation.id));
        String member = fixtures.token(fixtures.member(organisation.id));
        Map<String, Object> shown = Items.service(Fixtures.unique("Traiteur solidaire"), "Repas pour 200 personnes.");
        shown.put("showOnCeres", true);
        String shownId = Items.publish(member, "offers", shown);
        String notShown = Items.publish(member, "offers", Items.service(Fixtures.unique("Graphisme"), "Pas sur Ceres."));
        Map<String, Object> loan = Items.loan(Fixtures.unique("Remorque"), "Un prêt n'est pas marchand.");
        loan.put("showOnCeres", true);
        Api.as(member).body(loan).post("/api/v1/offers").then().statusCode(400).body("violations[0].field", equalTo("showOnCeres"));

        String partner = partnerToken("catalog:read");
        Map<String, Map<String, Object>> copy = new HashMap<>();
        String cursor = replay(partner, "/api/v1/partner/market-offers", null, copy);
        assertEquals(shownOnCeres(), copy.keySet());
        assertTrue(copy.containsKey(shownId));
        assertFalse(copy.containsKey(notShown));
        Map<?, ?> owner = (Map<?, ?>) copy.get(shownId).get("organisation");
        assertEquals(siret, owner.get("siret"));

        // The member changes their mind: the offer leaves the view as a withdrawal.
        String etag = Api.as(member).get("/api/v1/offers/" + shownId).header("ETag");
        shown.put("showOnCeres", false);
        Api.as(member).header("If-Match", etag).body(shown).put("/api/v1/offers/" + shownId).then().statusCode(200)
                .body("showOnCeres", equalTo(false));
        replay(partner, "/api/v1/partner/market-offers", cursor, copy);
        assertEquals(shownOnCeres(), copy.keySet());
        assertFalse(copy.containsKey(shownId));
    }

    private Set<String> shownOnCeres() {
        return ids("""
                SELECT i.id FROM catalog_item i JOIN organisation o ON o.id = i.organisation_id
                WHERE i.kind = 'OFFER' AND i.status = 'PUBLISHED' AND i.hidden_at IS NULL AND o.status = 'ACTIVE'
                  AND i.market AND i.show_on_ceres""");
    }
}
