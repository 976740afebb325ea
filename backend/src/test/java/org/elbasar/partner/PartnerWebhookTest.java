package org.elbasar.partner;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.elbasar.member.domain.Organisation;
import org.elbasar.partner.service.WebhookSender;
import org.elbasar.testing.Api;
import org.elbasar.testing.Fixtures;
import org.elbasar.testing.Items;
import org.elbasar.testing.Partners;
import org.elbasar.testing.Sql;
import org.elbasar.testing.TestClock;
import org.elbasar.testing.WebhookReceiver;
import org.elbasar.testing.WebhookReceiver.Received;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Partners are told of offers as they are published, changed and withdrawn, signed, retried for a day and replayable. */
@QuarkusTest
class PartnerWebhookTest {

    @Inject
    Fixtures fixtures;

    @Inject
    WebhookSender sender;

    @Inject
    TestClock clock;

    @Inject
    Sql sql;

    private final WebhookReceiver receiver = new WebhookReceiver();

    @AfterEach
    void stop() {
        receiver.close();
        clock.reset();
    }

    private record Subscribed(String token, String id, String secret) {
    }

    private Subscribed subscribe(List<String> events, String offerView) {
        String token = Partners.register(fixtures.token(fixtures.admin()), "catalog:read", "webhooks:manage").token();
        JsonPath created = Api.as(token).body(Map.of("url", receiver.url(), "events", events, "offerView", offerView))
                .post("/api/v1/partner/webhooks").then().statusCode(201).body("webhook.offerView", equalTo(offerView))
                .extract().jsonPath();
        return new Subscribed(token, created.getString("webhook.id"), created.getString("secret"));
    }

    /** Asserts the signature, and returns the event. */
    private static JsonPath verified(Received delivery, String secret) {
        assertTrue(delivery.signedWith(secret), "signature");
        JsonPath event = JsonPath.from(delivery.body());
        assertEquals(delivery.header("Elbasar-Event-Id"), event.getString("id"));
        assertEquals(delivery.header("Elbasar-Event-Type"), event.getString("type"));
        return event;
    }

    private List<JsonPath> delivered(String secret) {
        sender.run();
        List<JsonPath> events = new ArrayList<>();
        for (Received delivery : receiver.received()) {
            events.add(verified(delivery, secret));
        }
        receiver.clear();
        return events;
    }

    @Test
    void theCeresViewIsToldOfPublicationChangesAndWithdrawalsOnceEachSigned() {
        Subscribed ceres = subscribe(List.of("offer.published", "offer.updated", "offer.withdrawn"), "MARKET");
        sender.run();
        receiver.clear();
        Organisation organisation = fixtures.activeOrganisation();
        String member = fixtures.token(fixtures.member(organisation.id));
        Map<String, Object> shown = Items.service(Fixtures.unique("Traiteur"), "Repas solidaires.");
        shown.put("showOnCeres", true);
        String offer = Items.publish(member, "offers", shown);
        Items.publish(member, "offers", Items.service(Fixtures.unique("Graphisme"), "Pas sur Ceres."));

        List<JsonPath> events = delivered(ceres.secret());
        assertEquals(1, events.size(), "only the offer shown on Ceres");
        assertEquals("offer.published", events.get(0).getString("type"));
        assertEquals(offer, events.get(0).getString("subjectId"));
        assertEquals(organisation.name, events.get(0).getString("data.organisation.name"));

        // A change partners do not see (a reminder sent) tells nothing; a new title does.
        sql.update("UPDATE catalog_item SET expiry_reminded_at = now() WHERE id = CAST(:id AS uuid)", Map.of("id", offer));
        assertEquals(List.of(), delivered(ceres.secret()));
        String etag = Api.as(member).get("/api/v1/offers/" + offer).header("ETag");
        shown.put("title", "Traiteur renommé");
        Api.as(member).header("If-Match", etag).body(shown).put("/api/v1/offers/" + offer).then().statusCode(200);
        events = delivered(ceres.secret());
        assertEquals(List.of("offer.updated"), events.stream().map(e -> e.getString("type")).toList());
        assertEquals("Traiteur renommé", events.get(0).getString("data.title"));

        Api.as(member).post("/api/v1/offers/" + offer + "/withdraw").then().statusCode(200);
        events = delivered(ceres.secret());
        assertEquals(List.of("offer.withdrawn"), events.stream().map(e -> e.getString("type")).toList());
        assertEquals(true, events.get(0).getBoolean("withdrawn"));

        Api.as(ceres.token()).get("/api/v1/partner/webhooks/" + ceres.id() + "/deliveries").then().statusCode(200)
                .body("size()", equalTo(3)).body("status", equalTo(List.of("DELIVERED", "DELIVERED", "DELIVERED")))
                .body("[0].log[0].statusCode", equalTo(204));
    }

    @Test
    void aFailingReceiverIsTriedAgainWithGrowingWaitsForADayThenReplayed() {
        Subscribed partner = subscribe(List.of("offer.published"), "ALL");
        sender.run();
        receiver.answer(503);
        Instant start = Instant.parse("2031-03-02T09:00:00Z");
        clock.setTo(start);
        Items.publish(fixtures.token(fixtures.member(fixtures.activeOrganisation().id)), "offers",
                Items.loan(Fixtures.unique("Remorque"), "Pour un partenaire en panne."));
        sender.run();
        String deliveries = "/api/v1/partner/webhooks/" + partner.id() + "/deliveries";
        for (int tries = 0; tries < 30; tries++) {
            JsonPath delivery = Api.as(partner.token()).get(deliveries).then().statusCode(200).extract().jsonPath();
            if (!"PENDING".equals(delivery.getString("[0].status"))) {
                break;
            }
            clock.setTo(Instant.parse(delivery.getString("[0].nextAttemptAt")));
            sender.run();
        }
        JsonPath failed = Api.as(partner.token()).get(deliveries).then().statusCode(200).body("[0].status", equalTo("FAILED"))
                .extract().jsonPath();
        List<Instant> attempts = failed.getList("[0].log.attemptedAt", String.class).stream().map(Instant::parse).toList();
        List<Long> waits = new ArrayList<>();
        for (int i = 1; i < attempts.size(); i++) {
            waits.add(Duration.between(attempts.get(i - 1), attempts.get(i)).toSeconds());
        }
        // 30 s, doubled each time up to 4 hours, the last one on the 24th hour
        List<Long> expected = List.of(30L, 60L, 120L, 240L, 480L, 960L, 1920L, 3840L, 7680L, 14400L, 14400L, 14400L, 14400L);
        assertEquals(expected, waits.subList(0, expected.size()), waits.toString());
        Duration span = Duration.between(attempts.get(0), attempts.get(attempts.size() - 1));
        // the test clock runs on from each instant it is set to: allow it a few seconds
        assertTrue(span.compareTo(Duration.ofHours(24).plusSeconds(5)) <= 0 && span.compareTo(Duration.ofHours(23)) > 0, span.toString());
        assertEquals(attempts.size(), receiver.received().size(), "every attempt reached the receiver");
        String eventId = receiver.received().get(0).header("Elbasar-Event-Id");

        receiver.answer(200);
        receiver.clear();
        Api.as(partner.token()).post(deliveries + "/" + failed.getString("[0].id") + "/replay").then().statusCode(202)
                .body("status", equalTo("PENDING"));
        List<JsonPath> replayed = delivered(partner.secret());
        assertEquals(1, replayed.size());
        assertEquals(eventId, replayed.get(0).getString("id"), "a replay keeps the event id");
        Api.as(partner.token()).get(deliveries).then().body("[0].status", equalTo("DELIVERED"));
    }

    @Test
    void subscriptionsNeedTheirScopesAndBelongToTheirPartner() {
        String admin = fixtures.token(fixtures.admin());
        String reader = Partners.register(admin, "catalog:read").token();
        Api.as(reader).body(Map.of("url", receiver.url(), "events", List.of("offer.published")))
                .post("/api/v1/partner/webhooks").then().statusCode(403);
        String manager = Partners.register(admin, "catalog:read", "webhooks:manage").token();
        Api.as(manager).body(Map.of("url", receiver.url(), "events", List.of("organisation.updated")))
                .post("/api/v1/partner/webhooks").then().statusCode(400).body("violations[0].field", equalTo("events"));
        Api.as(manager).body(Map.of("url", "ftp://ceres.example/hooks", "events", List.of("offer.published")))
                .post("/api/v1/partner/webhooks").then().statusCode(400).body("violations[0].field", equalTo("url"));
        Api.as(manager).body(Map.of("url", receiver.url(), "events", List.of("offer.sold")))
                .post("/api/v1/partner/webhooks").then().statusCode(400);
        String id = Api.as(manager).body(Map.of("url", receiver.url(), "events", List.of("offer.published")))
                .post("/api/v1/partner/webhooks").then().statusCode(201).extract().path("webhook.id");

        String another = Partners.register(admin, "catalog:read", "webhooks:manage").token();
        Api.as(another).get("/api/v1/partner/webhooks/" + id).then().statusCode(404);
        Api.as(another).get("/api/v1/partner/webhooks/" + id + "/deliveries").then().statusCode(404);
        Api.as(another).delete("/api/v1/partner/webhooks/" + id).then().statusCode(404);
        Api.as(fixtures.token(fixtures.admin())).get("/api/v1/partner/webhooks").then().statusCode(403);
        Api.anonymous().get("/api/v1/partner/webhooks").then().statusCode(401);

        Api.as(manager).get("/api/v1/partner/webhooks").then().statusCode(200).body("id", equalTo(List.of(id)));
        Api.as(manager).delete("/api/v1/partner/webhooks/" + id).then().statusCode(204);
        Api.as(manager).get("/api/v1/partner/webhooks").then().statusCode(200).body("size()", equalTo(0));
    }
}
