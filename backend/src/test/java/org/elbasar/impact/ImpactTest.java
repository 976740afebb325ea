package org.elbasar.impact;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.miachm.sods.Range;
import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.elbasar.member.domain.Organisation;
import org.elbasar.member.domain.OrganisationStatus;
import org.elbasar.testing.Api;
import org.elbasar.testing.Fixtures;
import org.elbasar.testing.Statements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Impact figures against totals worked out by hand. Four organisations of a sector of their own:
 * <pre>
 *   #1 A→B sale 450 €             2026-03-10 CATALOGUE  confirmed
 *   #2 B→A skills sponsorship 6 h 2026-03-15 HOTLINE    confirmed  6 × 50 € = 300 €
 *   #3 A→C loan 10 days of 1000 € 2026-04-02 DIRECT     confirmed  1 % × 1000 × 10 = 100 €
 *   #4 A→B helping hand 2 h       2026-04-20 DIRECT     confirmed  2 × 18 € = 36 €
 *   #5 C→A donation 80 €          2026-05-05            pending    (never counts)
 *   #6 B→C helping hand 3 h       2026-05-06            disputed   (never counts)
 *   #7 A→B sale 100 €             2025-06-01            confirmed  (before the period: A–B are an older pair)
 * </pre>
 * D exchanged nothing. Over 2026: 4 exchanges, 450 € market, 8 h, 436 € non-market, 886 € in all;
 * A, B, C involved; A–C new, A–B repeat; D isolated.
 */
@QuarkusTest
class ImpactTest {

    private static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";
    private static final String YEAR = "from=2026-01&to=2026-12";

    @Inject
    Fixtures fixtures;

    @Inject
    Statements statements;

    String sector;
    Organisation a;
    Organisation b;
    Organisation c;
    Organisation d;
    Map<Organisation, String> members = new HashMap<>();
    String animator;

    @BeforeEach
    void organisations() {
        sector = fixtures.sector();
        a = organisation();
        b = organisation();
        c = organisation();
        d = organisation();
        animator = fixtures.token(fixtures.animator());
    }

    private Organisation organisation() {
        Organisation organisation = fixtures.organisation(Fixtures.unique("Impact"), OrganisationStatus.ACTIVE, "commune:59350", sector);
        members.put(organisation, fixtures.token(fixtures.member(organisation.id)));
        return organisation;
    }

    private String declare(Organisation provider, Organisation beneficiary, String mode, String date, String channel, Map<String, Object> figures) {
        Map<String, Object> body = new HashMap<>(figures);
        body.put("providerOrganisationId", provider.id);
        body.put("beneficiaryOrganisationId", beneficiary.id);
        body.put("mode", mode);
        body.put("occurredOn", date);
        body.put("description", mode + " " + date);
        if (channel != null) {
            body.put("channel", channel);
        }
        return Api.as(members.get(provider)).body(body).post("/api/v1/exchanges").then().statusCode(201).extract().path("id");
    }

    private String confirmed(Organisation provider, Organisation beneficiary, String mode, String date, String channel, Map<String, Object> figures) {
        String id = declare(provider, beneficiary, mode, date, channel, figures);
        Api.as(members.get(beneficiary)).post("/api/v1/exchanges/" + id + "/confirm").then().statusCode(200);
        return id;
    }

    private JsonPath summary(String path) {
        return Api.as(animator).get("/api/v1/impact/" + path).then().statusCode(200).extract().jsonPath();
    }

    private String loan;

    private void theExchangesOfTheTable() {
        confirmed(a, b, "SALE", "2026-03-10", "CATALOGUE", Map.of("amountEur", 450));
        confirmed(b, a, "SKILLS_SPONSORSHIP", "2026-03-15", "HOTLINE", Map.of("hours", 6));
        loan = confirmed(a, c, "EQUIPMENT_LOAN", "2026-04-02", null, Map.of("days", 10, "declaredValueEur", 1000));
        confirmed(a, b, "HELPING_HAND", "2026-04-20", null, Map.of("hours", 2));
        declare(c, a, "DONATION", "2026-05-05", null, Map.of("declaredValueEur", 80));
        String disputed = declare(b, c, "HELPING_HAND", "2026-05-06", null, Map.of("hours", 3));
        Api.as(members.get(c)).body(Map.of("reason", "Pas eu lieu")).post("/api/v1/exchanges/" + disputed + "/dispute").then().statusCode(200);
        confirmed(a, b, "SALE", "2025-06-01", null, Map.of("amountEur", 100));
    }

    @Test
    void theFiguresOfASectorAreTheConfirmedExchangesWorkedOutByHand() {
        JsonPath networkBefore = summary("network?" + YEAR);
        JsonPath territoryBefore = summary("territories/departement:59?" + YEAR);
        theExchangesOfTheTable();

        JsonPath s = summary("sectors/" + sector + "?" + YEAR);
        assertEquals(4, s.getInt("exchanges"));
        assertEquals(450.0f, s.getFloat("marketEur"));
        assertEquals(8.0f, s.getFloat("hours"));
        assertEquals(436.0f, s.getFloat("nonMarketEur"));
        assertEquals(886.0f, s.getFloat("totalEur"));
        assertEquals(3, s.getInt("organisationsInvolved"));
        assertEquals(1, s.getInt("newPairs"));
        assertEquals(1, s.getInt("repeatPairs"));
        assertEquals(1, s.getInt("isolatedOrganisations"));
        assertEquals(Map.of("CATALOGUE", 1, "HOTLINE", 1, "DIRECT", 2), nonZero(s.getList("byChannel")));
        assertEquals(Map.of("SALE", 1, "SKILLS_SPONSORSHIP", 1, "EQUIPMENT_LOAN", 1, "HELPING_HAND", 1), nonZero(s.getList("byMode")));
        assertEquals(0.5f, s.getFloat("byChannel.find { it.key == 'DIRECT' }.share"));
        assertEquals(12, s.getList("monthly").size());
        assertEquals(Map.of("month", "2026-03", "exchanges", 2, "marketEur", 450.0f, "hours", 6.0f, "nonMarketEur", 300.0f),
                s.getMap("monthly[2]"));
        assertEquals(Map.of("month", "2026-04", "exchanges", 2, "marketEur", 0.0f, "hours", 2.0f, "nonMarketEur", 136.0f),
                s.getMap("monthly[3]"));

        // the same exchanges moved the network and the département by exactly as much
        JsonPath network = summary("network?" + YEAR);
        assertEquals(networkBefore.getInt("exchanges") + 4, network.getInt("exchanges"));
        assertEquals(networkBefore.getDouble("nonMarketEur") + 436, network.getDouble("nonMarketEur"), 0.001);
        assertEquals(networkBefore.getDouble("hours") + 8, network.getDouble("hours"), 0.001);
        JsonPath territory = summary("territories/departement:59?" + YEAR);
        assertEquals(territoryBefore.getDouble("marketEur") + 450, territory.getDouble("marketEur"), 0.001);

        JsonPath ofA = summary("organisations/" + a.id + "?" + YEAR);
        assertEquals(4, ofA.getInt("exchanges"));
        assertEquals(2, ofA.getInt("organisationsInvolved"));
        assertEquals(1, ofA.getInt("newPairs"));
        assertEquals(1, ofA.getInt("repeatPairs"));
        assertEquals(0, ofA.getInt("isolatedOrganisations"));
        assertEquals(886.0f, ofA.getFloat("totalEur"));
        assertEquals(1, summary("organisations/" + d.id + "?" + YEAR).getInt("isolatedOrganisations"));

        // the rollups kept one exchange at a time equal those recomputed from scratch
        String sectorBefore = Api.as(animator).get("/api/v1/impact/sectors/" + sector + "?" + YEAR).asString();
        String networkAll = Api.as(animator).get("/api/v1/impact/network?from=2025-01&to=2026-12").asString();
        fixtures.rebuildImpact();
        assertEquals(sectorBefore, Api.as(animator).get("/api/v1/impact/sectors/" + sector + "?" + YEAR).asString());
        assertEquals(networkAll, Api.as(animator).get("/api/v1/impact/network?from=2025-01&to=2026-12").asString());
    }

    @Test
    void aVoidedExchangeLeavesTheFigures() {
        theExchangesOfTheTable();
        Api.as(members.get(a)).body(Map.of("reason", "Erreur")).post("/api/v1/exchanges/" + loan + "/cancel").then().statusCode(409);
        Api.as(animator).body(Map.of("reason", "Prêt déclaré deux fois")).post("/api/v1/exchanges/" + loan + "/cancel").then()
                .statusCode(200).body("status", equalTo("CANCELLED"));

        JsonPath s = summary("sectors/" + sector + "?" + YEAR);
        assertEquals(3, s.getInt("exchanges"));
        assertEquals(336.0f, s.getFloat("nonMarketEur"));
        assertEquals(2, s.getInt("organisationsInvolved"));
        assertEquals(0, s.getInt("newPairs"));
        assertEquals(1, s.getInt("repeatPairs"));
        assertEquals(2, s.getInt("isolatedOrganisations"), "C exchanged nothing else");
    }

    @Test
    void aRuleChangedAfterTheFactLeavesPastValuesAlone() {
        String admin = fixtures.token(fixtures.admin());
        Map<String, Object> tenHoursOfSkilledWork = Map.of("hours", 10, "valuationKind", "SKILLED_WORK");
        String before = confirmed(a, b, "HELPING_HAND", "2026-02-10", null, tenHoursOfSkilledWork);
        Api.as(admin).get("/api/v1/exchanges/" + before).then().body("exchange.valueEur", equalTo(350.0f));

        Map<String, Object> rule = Map.of("kind", "SKILLED_WORK", "method", "HOURLY_RATE", "rate", 40, "effectiveFrom", "2026-01-01");
        Api.as(members.get(a)).body(rule).post("/api/v1/valuation-rules").then().statusCode(403);
        Api.as(admin).body(rule).post("/api/v1/valuation-rules").then().statusCode(201)
                .body("description", equalTo("1 heure de travail qualifié = 40,00 €"));
        Api.as(admin).body(rule).post("/api/v1/valuation-rules").then().statusCode(409);

        String after = confirmed(a, b, "HELPING_HAND", "2026-02-11", null, tenHoursOfSkilledWork);
        Api.as(admin).get("/api/v1/exchanges/" + before).then().body("exchange.valueEur", equalTo(350.0f)).body("exchange.rule.rate", equalTo(35.0f));
        Api.as(admin).get("/api/v1/exchanges/" + after).then().body("exchange.valueEur", equalTo(400.0f));
        assertEquals(750.0f, summary("sectors/" + sector + "?" + YEAR).getFloat("nonMarketEur"));

        Api.anonymous().header("Accept-Language", "en").get("/api/v1/valuation-rules").then().statusCode(200)
                .body("find { it.kind == 'SKILLED_WORK' && it.effectiveFrom == '2020-01-01' }.effectiveUntil", equalTo("2025-12-31"))
                .body("find { it.kind == 'SKILLED_WORK' && it.effectiveFrom == '2026-01-01' }.description", equalTo("1 hour of skilled work = €40.00"));
    }

    @Test
    void theExportsHoldTheSameFigures() throws Exception {
        theExchangesOfTheTable();
        byte[] ods = Api.as(members.get(a)).accept(ODS).get("/api/v1/impact/export?format=ods&scope=sector:" + sector + "&" + YEAR).then()
                .statusCode(200).contentType("application/vnd.oasis.opendocument.spreadsheet").extract().asByteArray();
        SpreadSheet workbook = new SpreadSheet(new ByteArrayInputStream(ods));
        Sheet summarySheet = workbook.getSheet("Synthèse");
        assertEquals("Échanges", summarySheet.getRange(4, 0).getValue());
        assertEquals(4.0, summarySheet.getRange(4, 1).getValue());
        assertEquals(436.0, summarySheet.getRange(7, 1).getValue());
        Range march = workbook.getSheet("Par mois").getRange(3, 0, 1, 5);
        assertEquals(List.of("2026-03", 2.0, 450.0, 6.0, 300.0), List.of(march.getValues()[0]));

        String csv = new String(Api.as(members.get(a)).header("Accept-Language", "en").accept("text/csv")
                .get("/api/v1/impact/export?format=csv&table=monthly&scope=sector:" + sector + "&" + YEAR).then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"elbasar-impact-sector-" + sector + "-2026-01-2026-12-monthly.csv\"")
                .extract().asByteArray(), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertEquals("\uFEFFMonth,Exchanges,Market (€ excl. tax),Hours (non-market),Non-market value (€)", lines.get(0));
        assertEquals("2026-04,2,0.00,2.00,136.00", lines.get(4));
    }

    @Test
    void theGraphShowsWhoExchangedWithWhomForAnimatorsOnly() {
        theExchangesOfTheTable();
        Api.as(members.get(a)).get("/api/v1/impact/graph?scope=sector:" + sector).then().statusCode(403);
        JsonPath graph = Api.as(animator).get("/api/v1/impact/graph?scope=sector:" + sector + "&" + YEAR).then().statusCode(200)
                .body("nodes.name", containsInAnyOrder(a.name, b.name, c.name))
                .body("pairs", equalTo(2)).extract().jsonPath();
        assertEquals(List.of(3, 1), graph.getList("edges.exchanges"));
        assertEquals(4, graph.getInt("nodes.find { it.name == '" + a.name + "' }.exchanges"));
        assertEquals("departement:59", graph.getString("nodes[0].departement.id"));
    }

    @Test
    void theYearReportListsPartnersExchangesAndTestimonials() {
        theExchangesOfTheTable();
        Api.as(members.get(a)).get("/api/v1/impact/organisations/" + a.id + "/years/2026").then().statusCode(200)
                .body("summary.exchanges", equalTo(4))
                .body("partners.organisation.name", contains(b.name, c.name))
                .body("partners[0].exchanges", equalTo(3)).body("partners[0].given", equalTo(2)).body("partners[0].received", equalTo(1))
                .body("partners[0].totalEur", equalTo(786.0f))
                .body("exchanges.occurredOn", contains("2026-03-10", "2026-03-15", "2026-04-02", "2026-04-20"));
    }

    @Test
    void membersSeeAggregatesAndTheirOwnOrganisationOnly() {
        Api.anonymous().get("/api/v1/impact/network").then().statusCode(401);
        Api.as(members.get(b)).get("/api/v1/impact/network").then().statusCode(200).body("monthly.size()", equalTo(12));
        Api.as(members.get(b)).get("/api/v1/impact/organisations/" + a.id).then().statusCode(403);
        Api.as(members.get(b)).get("/api/v1/impact/organisations/" + a.id + "/years/2026").then().statusCode(403);
        Api.as(members.get(b)).accept(ODS).get("/api/v1/impact/export?format=ods&scope=organisation:" + a.id).then().statusCode(403);
        Api.as(members.get(b)).get("/api/v1/impact/organisations/" + b.id).then().statusCode(200);
        Api.as(members.get(b)).get("/api/v1/impact/territories/commune:59350").then().statusCode(404);
        Api.as(members.get(b)).get("/api/v1/impact/sectors/no-such-sector").then().statusCode(404);
        Api.as(members.get(b)).get("/api/v1/impact/network?from=2026-05&to=2026-01").then().statusCode(400)
                .body("violations[0].field", equalTo("from"));
        Api.as(members.get(b)).get("/api/v1/impact/network?from=2026-13").then().statusCode(400);
        String sectorFigures = "/api/v1/impact/sectors/" + sector + "?" + YEAR;
        long computed = statements.countDuring(() -> Api.as(members.get(b)).get(sectorFigures).then().statusCode(200));
        // Five for the exchange figures, one for the event figures (which check-ins move, so they are never kept).
        assertTrue(computed <= 6, "sector figures in " + computed + " statements");
        long again = statements.countDuring(() -> Api.as(members.get(a)).get(sectorFigures).then().statusCode(200));
        assertTrue(again <= 3 && again < computed, "figures already computed at this version of the rollups are reused: " + again);
    }

    private static Map<String, Integer> nonZero(List<Map<String, Object>> shares) {
        Map<String, Integer> counts = new HashMap<>();
        shares.stream().filter(share -> ((Number) share.get("exchanges")).intValue() > 0)
                .forEach(share -> counts.put((String) share.get("key"), ((Number) share.get("exchanges")).intValue()));
        return counts;
    }
}
