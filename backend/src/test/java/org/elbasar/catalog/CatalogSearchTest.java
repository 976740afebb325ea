package org.elbasar.catalog;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.elbasar.catalog.service.CatalogJobs;
import org.elbasar.testing.Api;
import org.elbasar.testing.Fixtures;
import org.elbasar.testing.Items;
import org.elbasar.testing.Statements;
import org.elbasar.testing.TestClock;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CatalogSearchTest {

    @Inject
    TestClock clock;

    @Inject
    Fixtures fixtures;

    @Inject
    Statements statements;

    @Inject
    CatalogJobs jobs;

    /** A word no other test uses, so that each test sees only its own items. */
    private static String marker() {
        return "zk" + Fixtures.unique("").replace("-", "");
    }

    private String member() {
        return fixtures.token(fixtures.member(fixtures.activeOrganisation().id));
    }

    private static JsonPath search(String kind, Map<String, ?> query) {
        return Api.anonymous().queryParams(query).get("/api/v1/" + kind).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void frenchSearchIgnoresAccentsCasePluralsElisionsAndStopWords() {
        String marker = marker();
        String member = member();
        String id = Items.publish(member, "offers", Items.loan("Prêt d'une remorque " + marker, "L'atelier prête sa remorque bâchée."));
        for (String query : List.of("pret remorques " + marker, "PRÊT " + marker, "l'atelier " + marker, "ateliers " + marker,
                "une remorque pour le prêt " + marker)) {
            assertEquals(List.of(id), search("offers", Map.of("q", query)).getList("items.id"), query);
        }
        assertEquals(0, search("offers", Map.of("q", "velo " + marker)).getInt("total"));
        String bike = Items.publish(member, "offers", Items.loan("Prêt de vélo cargo " + marker, "Un vélo."));
        assertEquals(List.of(bike), search("offers", Map.of("q", "velos " + marker)).getList("items.id"),
                "a plural without accent finds the singular with one");
        assertEquals(List.of(bike), search("offers", Map.of("q", "VÉLO " + marker)).getList("items.id"));
        assertEquals(0, search("requests", Map.of("q", marker)).getInt("total"), "offers are not requests");
    }

    @Test
    void aTypoGetsASuggestion() {
        String marker = marker();
        Items.publish(member(), "offers", Items.loan("Broyeuse de végétaux " + marker, "Broyeuse thermique."));
        jobs.refreshVocabulary();
        JsonPath found = search("offers", Map.of("q", "broyeuze " + marker));
        assertEquals(0, found.getInt("total"));
        assertEquals("broyeuse " + marker, found.getString("suggestion"));
        assertEquals(1, search("offers", Map.of("q", found.getString("suggestion"))).getInt("total"));
    }

    @Test
    void onlyWordsThatMatchNothingAreCorrectedTheOthersStayAsTyped() {
        String marker = marker();
        String member = member();
        Items.publish(member, "offers", Items.loan("Courges et potirons " + marker, "Jus de pommes offert."));
        jobs.refreshVocabulary();
        for (String query : List.of("courge", "potiron", "jus de pomme", "Courges potirons")) {
            JsonPath found = search("offers", Map.of("q", query + " " + marker));
            assertEquals(1, found.getInt("total"), query);
            assertNull(found.getString("suggestion"), "every word of \"" + query + "\" found the item");
        }
        JsonPath typo = search("offers", Map.of("q", "Courges \"potirrons\" " + marker));
        assertEquals(0, typo.getInt("total"));
        assertEquals("Courges \"potiron\" " + marker, typo.getString("suggestion"), "only the unknown word is replaced");
    }

    @Test
    void aWordIsNotSuggestedOnceNoListedItemHasIt() {
        String marker = marker();
        String member = member();
        String id = Items.publish(member, "offers", Items.loan("Xylophone " + marker, "Pour les fêtes."));
        Items.publish(member, "offers", Items.loan("Tambour " + marker, "Pour les fêtes.")); // the marker stays listed
        jobs.refreshVocabulary();
        JsonPath typo = search("offers", Map.of("q", "xilophone " + marker));
        assertEquals(0, typo.getInt("total"));
        assertEquals("xylophone " + marker, typo.getString("suggestion"));
        Api.as(member).post("/api/v1/offers/" + id + "/withdraw").then().statusCode(200);
        assertNull(search("offers", Map.of("q", "xilophone " + marker)).getString("suggestion"),
                "the vocabulary is only refreshed hourly, the withdrawn item's words are not offered meanwhile");
    }

    @Test
    void anItemIsFoundFromEveryPlaceItReaches() {
        String marker = marker();
        String member = member();
        Map<String, Object> nord = Items.loan("Nord " + marker, "x");
        nord.put("reach", "DEPARTEMENT");
        nord.put("reachTerritoryId", "departement:59");
        String inNord = Items.publish(member, "offers", nord);
        Map<String, Object> lille = Items.loan("Lille " + marker, "x");
        lille.put("reach", "COMMUNE");
        lille.put("reachTerritoryId", "commune:59350");
        String inLille = Items.publish(member, "offers", lille);
        String inMel = Items.publish(member, "offers", Items.loan("MEL " + marker, "x"));
        Map<String, Object> remote = Items.loan("Distance " + marker, "x");
        remote.put("reach", "REMOTE");
        remote.remove("reachTerritoryId");
        String anywhere = Items.publish(member, "offers", remote);

        assertEquals(List.of(anywhere, inLille, inMel, inNord).stream().sorted().toList(),
                search("offers", Map.of("q", marker, "territory", "commune:59350")).getList("items.id", String.class).stream().sorted().toList());
        assertEquals(List.of(anywhere, inMel, inNord).stream().sorted().toList(),
                search("offers", Map.of("q", marker, "territory", "commune:59512")).getList("items.id", String.class).stream().sorted().toList());
        assertEquals(List.of(anywhere), search("offers", Map.of("q", marker, "territory", "commune:80021")).getList("items.id"));
        assertEquals(4, search("offers", Map.of("q", marker, "territory", "epci:200093201")).getInt("total"),
                "an EPCI finds what reaches its communes too");
    }

    @Test
    void filtersCombineAndFacetsAddUp() {
        String marker = marker();
        String member = member();
        Items.publish(member, "offers", Items.loan("Remorque " + marker, "x"));
        Map<String, Object> donation = Items.loan("Don de cartons " + marker, "x");
        donation.put("mode", "DONATION");
        donation.put("categoryCode", "reuse-collection");
        Items.publish(member, "offers", donation);
        Items.publish(member, "offers", Items.service("Graphisme " + marker, "x"));

        JsonPath all = search("offers", Map.of("q", marker));
        assertEquals(3, all.getInt("total"));
        assertEquals(3, all.getList("facets.mode.count", Integer.class).stream().mapToInt(Integer::intValue).sum());
        assertEquals(3, all.getList("facets.market.count", Integer.class).stream().mapToInt(Integer::intValue).sum());
        assertEquals(3, all.getList("facets.category.count", Integer.class).stream().mapToInt(Integer::intValue).sum());
        assertEquals(2, all.getInt("facets.market.find { it.value == 'false' }.count"));
        assertEquals(1, all.getInt("facets.category.find { it.value == 'transport' }.count"));
        assertEquals(3, all.getInt("facets.departement.find { it.value == 'departement:59' }.count"));
        assertEquals("Nord", all.getString("facets.departement[0].label"));
        assertEquals(3, all.getInt("facets.organisation[0].count"));
        assertEquals(1, all.getInt("facets.departement.find { it.value == 'departement:80' }.count"),
                "only the item reaching the whole region is available in the Somme");
        assertEquals(1, search("offers", Map.of("q", marker, "territory", "departement:80")).getInt("total"));

        assertEquals(2, search("offers", Map.of("q", marker, "market", false)).getInt("total"));
        assertEquals(1, search("offers", Map.of("q", marker, "mode", "DONATION")).getInt("total"));
        assertEquals(1, search("offers", Map.of("q", marker, "category", "transport")).getInt("total"),
                "a top category includes its sub-categories");
        assertEquals(1, search("offers", Map.of("q", marker, "market", true, "category", "communication")).getInt("total"));
        assertEquals(3, search("offers", Map.of("q", marker, "sector", "reuse")).getInt("total"));
        assertEquals(0, search("offers", Map.of("q", marker, "sector", "culture")).getInt("total"));
    }

    @Test
    void newestFirstAndBoundedStatements() {
        String marker = marker();
        String member = member();
        String first = Items.publish(member, "offers", Items.loan("Premier " + marker, "x"));
        String second = Items.publish(member, "offers", Items.loan("Second " + marker, "x"));
        assertEquals(List.of(second, first), search("offers", Map.of("q", marker, "sort", "date")).getList("items.id"));
        Api.anonymous().queryParam("sort", "price").get("/api/v1/offers").then().statusCode(400)
                .body("violations[0].field", equalTo("sort"));

        long small = statements.countDuring(() -> search("offers", Map.of("q", marker, "size", 1)));
        long large = statements.countDuring(() -> search("offers", Map.of("q", marker, "size", 100)));
        assertEquals(small, large, "statements must not grow with the page size");
        assertTrue(large <= 3, "search in " + large + " statements");
    }

    @Test
    void searchResultsShowWhatACardNeeds() {
        String marker = marker();
        Items.publish(member(), "offers", Items.service("Graphisme " + marker, "Création de flyers."));
        Api.anonymous().queryParam("q", marker).get("/api/v1/offers").then()
                .body("items[0].mode", equalTo("SERVICE"))
                .body("items[0].market", equalTo(true))
                .body("items[0].price", equalTo(45.0f))
                .body("items[0].priceUnit", equalTo("HOUR"))
                .body("items[0].organisation.name", notNullValue())
                .body("items[0].category.name", equalTo("Graphisme et identité visuelle"))
                .body("items[0].reachTerritory.id", equalTo("region:32"))
                .body("items[0]", not(hasKey("contact")));
    }

    @Test
    void largeResultSetsAreCountedAndRankedAmongTheNewest() {
        String marker = marker();
        String member = member();
        clock.setTo(java.time.Instant.now().minus(Duration.ofDays(30)));
        String oldButRelevant;
        try {
            oldButRelevant = Items.publish(member, "offers", Items.loan("Perceuse " + marker + " " + marker, marker + " " + marker));
        } finally {
            clock.reset();
        }
        String many = Items.publish(member, "offers", Items.loan("Annonce ordinaire", "Description " + marker + "."));
        fixtures.copies(java.util.UUID.fromString(many), 1099);
        String best = Items.publish(member, "offers", Items.loan("Remorque " + marker, "Titre qui correspond."));

        JsonPath first = search("offers", Map.of("q", marker, "size", 20));
        assertEquals(1102, first.getInt("total"));
        assertEquals(best, first.getString("items[0].id"), "the title match ranks first");
        assertEquals(1102, first.getList("facets.mode.count", Integer.class).stream().mapToInt(Integer::intValue).sum());
        assertEquals(20, search("offers", Map.of("q", marker, "size", 20, "page", 30)).getList("items").size());
        assertEquals(2, search("offers", Map.of("q", marker, "size", 100, "page", 11)).getList("items").size());
        // past the ranked window the older matches follow newest first: paging shows each match once
        List<String> paged = new java.util.ArrayList<>();
        for (int page = 0; page < 16; page++) {
            paged.addAll(search("offers", Map.of("q", marker, "size", 70, "page", page)).getList("items.id"));
        }
        assertEquals(1102, paged.size());
        assertEquals(1102, new java.util.HashSet<>(paged).size(), "no match shown twice across the window's end");
        assertEquals(oldButRelevant, paged.get(paged.size() - 1), "outside the ranked window, the oldest match comes last");
        long statementsPerPage = statements.countDuring(() -> search("offers", Map.of("q", marker, "size", 50)));
        assertTrue(statementsPerPage <= 2, "a cached large search in " + statementsPerPage + " statements");
    }

    @Test
    void onlyTheFirstResultsOfASearchCanBePagedThrough() {
        search("offers", Map.of("q", "remorque", "size", 20, "page", 99));
        search("offers", Map.of("size", 100, "page", 19, "sort", "date"));
        for (Map<String, ?> beyond : List.of(Map.of("size", 20, "page", 100), Map.of("size", 100, "page", 20, "sort", "date"),
                Map.of("q", "remorque", "size", 50, "page", 40))) {
            Api.anonymous().queryParams(beyond).get("/api/v1/requests").then().statusCode(400)
                    .body("violations[0].field", equalTo("page"))
                    .body("violations[0].message", org.hamcrest.Matchers.containsString("premiers résultats"));
        }
    }

    @Test
    void largeCountsAreRefreshedInTheBackgroundWhileTheLastOnesAreServed() throws InterruptedException {
        String marker = marker();
        String member = member();
        String many = Items.publish(member, "offers", Items.loan("Annonce ordinaire", "Description " + marker + "."));
        fixtures.copies(java.util.UUID.fromString(many), 1100);
        assertEquals(1101, search("offers", Map.of("q", marker)).getInt("total"));

        Items.publish(member, "offers", Items.loan("Une de plus " + marker, "Publiée après le premier comptage."));
        assertEquals(1101, search("offers", Map.of("q", marker)).getInt("total"), "counted less than 10 seconds ago");
        clock.advance(Duration.ofSeconds(15));
        try {
            assertEquals(1101, search("offers", Map.of("q", marker)).getInt("total"), "served while counted again");
            long deadline = System.currentTimeMillis() + 10_000;
            while (search("offers", Map.of("q", marker)).getInt("total") != 1102 && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            assertEquals(1102, search("offers", Map.of("q", marker)).getInt("total"));
        } finally {
            clock.reset();
        }
    }

    @Test
    void aWithdrawnItemLeavesTheListsAtOnceAndTheKeptCountsWithinSeconds() {
        String marker = marker();
        String member = member();
        String many = Items.publish(member, "offers", Items.service("Annonce ordinaire", "Description " + marker + "."));
        fixtures.copies(java.util.UUID.fromString(many), 1100);
        String loan = Items.publish(member, "offers", Items.loan("Prêt " + marker, "Le seul prêt."));
        JsonPath before = search("offers", Map.of("q", marker, "sort", "date"));
        assertEquals(1102, before.getInt("total"));
        assertEquals(loan, before.getString("items[0].id"));
        assertEquals(List.of(1), before.getList("facets.mode.findAll { it.value == 'EQUIPMENT_LOAN' }.count"));

        Api.as(member).post("/api/v1/offers/" + loan + "/withdraw").then().statusCode(200);
        JsonPath after = search("offers", Map.of("q", marker, "sort", "date"));
        assertTrue(!after.getList("items.id").contains(loan), "out of the list at once");
        clock.advance(Duration.ofSeconds(31));
        try {
            JsonPath later = search("offers", Map.of("q", marker, "sort", "date"));
            assertEquals(1101, later.getInt("total"), "counted again before answering, the kept count being too old");
            assertEquals(List.of(), later.getList("facets.mode.findAll { it.value == 'EQUIPMENT_LOAN' }.count"));
        } finally {
            clock.reset();
        }
    }
}
