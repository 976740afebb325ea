package org.elbasar.partner;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.elbasar.testing.OpportunityInputs.need;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.elbasar.member.domain.Organisation;
import org.elbasar.partner.service.WebhookSender;
import org.elbasar.testing.Api;
import org.elbasar.testing.Fixtures;
import org.elbasar.testing.Mails;
import org.elbasar.testing.Partners;
import org.elbasar.testing.Sql;
import org.elbasar.testing.WebhookReceiver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Buyers' needs from Ceres reach the hotline once per key, and their progress goes back to Ceres. */
@QuarkusTest
class PartnerOpportunityTest {

    private static final String PROBLEMS = "https://elbasar.org/problems/";

    @Inject
    Fixtures fixtures;

    @Inject
    Sql sql;

    @Inject
    Mails mails;

    @Inject
    WebhookSender sender;

    private final WebhookReceiver receiver = new WebhookReceiver();

    @AfterEach
    void stop() {
        receiver.close();
    }

    private static Response send(String token, String key, Map<String, Object> need) {
        var request = Api.as(token).body(need);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post("/api/v1/partner/opportunities");
    }

    private static String siret() {
        return String.format("%014d", Math.abs(UUID.randomUUID().getMostSignificantBits()) % 100_000_000_000_000L);
    }

    @Test
    void aNeedIsCreatedOncePerKeyEvenWhenTheKeyArrivesTwiceAtOnce() throws Exception {
        String ceres = Partners.register(fixtures.token(fixtures.admin()), "opportunities:write").token();
        Map<String, Object> need = need(Fixtures.unique("Traiteur"), siret(), "achats@roubaix.example");
        String key = Fixtures.unique("ceres-need");

        JsonPath first = send(ceres, key, need).then().statusCode(201).header("Idempotent-Replayed", nullValue())
                .body("status", equalTo("RECEIVED")).body("buyerName", equalTo("Ville de Roubaix")).extract().jsonPath();
        send(ceres, key, need).then().statusCode(201).header("Idempotent-Replayed", equalTo("true"))
                .body("id", equalTo(first.getString("id"))).body("requestId", equalTo(first.getString("requestId")));
        Map<String, Object> other = new HashMap<>(need);
        other.put("title", "Un autre besoin");
        send(ceres, key, other).then().statusCode(409).body("type", equalTo(PROBLEMS + "idempotency-key-reused"))
                .body("violations[0].field", equalTo("Idempotency-Key"));
        send(ceres, null, need).then().statusCode(400).body("violations[0].field", equalTo("Idempotency-Key"));

        // Two requests with one new key at the same moment: one need, the same answer twice.
        String concurrentKey = Fixtures.unique("ceres-race");
        Map<String, Object> raced = need(Fixtures.unique("Nettoyage"), null, "achats@roubaix.example");
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Response>> both = List.of(1, 2).stream().map(i -> CompletableFuture.supplyAsync(() -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return send(ceres, concurrentKey, raced);
        })).toList();
        go.countDown();
        List<Response> answers = both.stream().map(CompletableFuture::join).toList();
        assertEquals(List.of(201, 201), answers.stream().map(Response::statusCode).toList());
        assertEquals(answers.get(0).path("id").toString(), answers.get(1).path("id").toString());
        assertEquals(1L, ((Number) sql.list("SELECT count(*) FROM catalog_item WHERE title = :title", Map.of("title", raced.get("title")))
                .get(0)).longValue());
    }

    @Test
    void theHotlineIntroducesAMemberToTheBuyerAndCeresHearsHowItGoes() {
        String admin = fixtures.token(fixtures.admin());
        Partners.Client client = Partners.register(admin, "opportunities:write", "webhooks:manage");
        String secret = Api.as(client.token()).body(Map.of("url", receiver.url(), "events", List.of("opportunity.status_changed")))
                .post("/api/v1/partner/webhooks").then().statusCode(201).extract().path("secret");
        String buyerEmail = Fixtures.unique("achats") + "@roubaix.example";
        JsonPath opportunity = send(client.token(), Fixtures.unique("k"), need(Fixtures.unique("Traiteur"), siret(), buyerEmail))
                .then().statusCode(201).extract().jsonPath();
        String requestId = opportunity.getString("requestId");

        String animator = fixtures.token(fixtures.animator());
        Api.as(animator).get("/api/v1/hotline/cases/" + requestId).then().statusCode(200)
                .body("summary.channel", equalTo("PARTNER")).body("summary.partner", equalTo(partnerName(client.id())))
                .body("origin.buyerName", equalTo("Ville de Roubaix")).body("origin.amountBracket", equalTo("UNDER_40K"))
                .body("origin.link", equalTo("https://ceres.example/besoins/8841"))
                .body("summary.organisation.name", equalTo("Ville de Roubaix"));

        Organisation caterer = fixtures.activeOrganisation();
        fixtures.member(caterer.id);
        Api.as(animator).body(Map.of("requestId", requestId, "providerOrganisationId", caterer.id, "message", "Un traiteur solidaire."))
                .post("/api/v1/introductions").then().statusCode(201);
        assertTrue(mails.to(buyerEmail).stream().anyMatch(m -> m.getText().contains(caterer.name)), "the buyer is introduced by email");

        sender.run();
        List<WebhookReceiver.Received> told = receiver.received();
        assertEquals(1, told.size());
        JsonPath event = JsonPath.from(told.get(0).body());
        assertEquals("opportunity.status_changed", event.getString("type"));
        assertEquals("INTRODUCED", event.getString("data.status"));
        assertEquals(caterer.name, event.getString("data.introductions[0].organisation.name"));
        assertTrue(told.get(0).signedWith(secret), "signed with the subscription's secret");

        receiver.clear();
        Api.as(animator).body(Map.of("status", "UNRESOLVED")).put("/api/v1/hotline/cases/" + requestId).then().statusCode(200);
        sender.run();
        assertEquals(List.of("CLOSED"), receiver.received().stream().map(r -> JsonPath.from(r.body()).getString("data.status")).toList());
        Api.as(client.token()).get("/api/v1/partner/opportunities/" + opportunity.getString("id")).then().statusCode(200)
                .body("status", equalTo("CLOSED"));

        // Another partner, or a token without the scope, sees nothing of it.
        String another = Partners.register(admin, "opportunities:write").token();
        Api.as(another).get("/api/v1/partner/opportunities/" + opportunity.getString("id")).then().statusCode(404);
        String reader = Partners.register(admin, "catalog:read").token();
        send(reader, "k", need("x", null, buyerEmail)).then().statusCode(403);
        Api.anonymous().body(need("x", null, buyerEmail)).post("/api/v1/partner/opportunities").then().statusCode(401);
    }

    private String partnerName(String clientId) {
        return (String) sql.list("SELECT name FROM partner_client WHERE id = CAST(:id AS uuid)", Map.of("id", clientId)).get(0);
    }

    @Test
    void aBuyerWhoIsAMemberPostsTheNeedAsTheirOwnAndBadNeedsAreRefusedByField() {
        String ceres = Partners.register(fixtures.token(fixtures.admin()), "opportunities:write").token();
        Organisation member = fixtures.activeOrganisation();
        String siret = siret();
        sql.update("UPDATE organisation SET siret = :siret WHERE id = :id", Map.of("siret", siret, "id", member.id));
        String requestId = send(ceres, Fixtures.unique("k"), need(Fixtures.unique("Traiteur"), siret, "achats@asso.example"))
                .then().statusCode(201).extract().path("requestId");
        Api.anonymous().get("/api/v1/requests/" + requestId).then().statusCode(200).body("organisation.name", equalTo(member.name));

        Map<String, Object> loan = need("Prêt", null, "a@b.example");
        loan.put("mode", "EQUIPMENT_LOAN");
        send(ceres, Fixtures.unique("k"), loan).then().statusCode(400).body("violations[0].field", equalTo("mode"));
        Map<String, Object> nowhere = need("Ailleurs", null, "a@b.example");
        nowhere.put("communeId", "commune:00000");
        send(ceres, Fixtures.unique("k"), nowhere).then().statusCode(400).body("violations[0].field", equalTo("communeId"));
        Map<String, Object> late = need("En retard", null, "a@b.example");
        late.put("deadline", "2020-01-01");
        send(ceres, Fixtures.unique("k"), late).then().statusCode(400).body("violations[0].field", equalTo("deadline"));
        Map<String, Object> noBuyer = need("Sans acheteur", null, "a@b.example");
        noBuyer.remove("buyer");
        send(ceres, Fixtures.unique("k"), noBuyer).then().statusCode(400).body("violations[0].field", equalTo("buyer"));
    }
}
