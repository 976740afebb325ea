package org.elbasar.partner;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.elbasar.member.domain.Organisation;
import org.elbasar.partner.service.HostResolver;
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
import org.junit.jupiter.api.BeforeEach;
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
        return subscribe(receiver.url(), events, offerView);
    }

    private Subscribed subscribe(String url, List<String> events, String offerView) {
        String token = Partners.register(fixtures.token(fixtures.admin()), "catalog:read", "webhooks:manage").token();
        JsonPath created = Api.as(token).body(Map.of("url", url, "events", events, "offerView", offerView))
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
        // this delivery's requests only: moving the clock a day on also sends what earlier tests left pending,
        // and one of their receivers may have had this receiver's port
        String eventId = failed.getString("[0].id");
        assertEquals(attempts.size(), receiver.received().stream().filter(r -> eventId.equals(r.header("Elbasar-Event-Id"))).count(),
                "every attempt reached the receiver");

        receiver.answer(200);
        receiver.clear();
        Api.as(partner.token()).post(deliveries + "/" + failed.getString("[0].id") + "/replay").then().statusCode(202)
                .body("status", equalTo("PENDING"));
        List<JsonPath> replayed = delivered(partner.secret());
        assertEquals(1, replayed.size());
        assertEquals(eventId, replayed.get(0).getString("id"), "a replay keeps the event id");
        Api.as(partner.token()).get(deliveries).then().body("[0].status", equalTo("DELIVERED"));
    }

    /** Names the test points where it likes; every other name goes to the system's resolver. */
    static final class PointedNames extends HostResolver {

        private final Map<String, List<InetAddress>> names = new ConcurrentHashMap<>();

        void point(String name, String... addresses) {
            names.put(name, Arrays.stream(addresses).map(PointedNames::parse).toList());
        }

        private static InetAddress parse(String literal) {
            try {
                return InetAddress.getByName(literal);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException(literal, e);
            }
        }

        @Override
        public List<InetAddress> resolve(String host) throws UnknownHostException {
            List<InetAddress> pointed = names.get(host);
            return pointed != null ? pointed : super.resolve(host);
        }
    }

    private final PointedNames names = new PointedNames();

    @BeforeEach
    void resolveThroughTheTest() {
        QuarkusMock.installMockForType(names, HostResolver.class);
    }

    /** The receiver's URL with another host in it: the receiver listens on 127.0.0.1 whatever the name. */
    private String receiverAt(String host) {
        return receiver.url().replace("127.0.0.1", host);
    }

    @Test
    void addressesOnThePlatformsOwnNetworkAreRefusedHoweverTheyAreWritten() {
        names.point("intranet.test", "192.168.0.10");
        names.point("several.test", "93.184.216.34", "10.1.2.3");
        names.point("other.on-premises.test", "127.0.0.1");
        String manager = Partners.register(fixtures.token(fixtures.admin()), "catalog:read", "webhooks:manage").token();
        List<String> internal = List.of("https://127.0.0.2/hooks", "http://localhost:8080/hooks", "https://localhost./hooks",
                "https://[::1]/hooks", "http://169.254.169.254/latest/meta-data", "https://10.0.0.5/hooks", "https://172.16.3.4/hooks",
                "https://192.168.1.1/hooks", "https://0.0.0.0/hooks", "https://0.1.2.3/hooks", "https://[::]/hooks",
                "https://[::ffff:127.0.0.1]/hooks", "https://[::ffff:7f00:1]/hooks", "https://[64:ff9b::a00:1]/hooks",
                "http://2130706433/hooks", "http://0x7f.1/hooks", "http://0x7f000001/hooks", "http://0177.0.0.1/hooks",
                "http://127.1/hooks", "https://[fd12:3456::1]/hooks", "https://[fc00::1]/hooks", "https://[fe80::1]/hooks",
                "https://100.64.0.1/hooks", "https://100.127.255.254/hooks", "https://224.0.0.1/hooks", "https://[ff02::1]/hooks",
                "https://255.255.255.255/hooks", "https://intranet.test/hooks", "https://several.test/hooks",
                receiverAt("other.on-premises.test"));
        for (String url : internal) {
            Api.as(manager).body(Map.of("url", url, "events", List.of("offer.published")))
                    .post("/api/v1/partner/webhooks").then().statusCode(400).body("violations.field", equalTo(List.of("url")));
        }
        // public addresses, and a name that does not resolve yet (checked again at each delivery), are taken
        names.point("public.test", "93.184.216.34", "2606:2800:220:1::1");
        for (String url : List.of("https://93.184.216.34/hooks", "https://[2606:2800:220:1::1]/hooks", "https://100.128.0.1/hooks",
                "https://public.test/hooks", "https://not-yet-live.invalid/hooks")) {
            String id = Api.as(manager).body(Map.of("url", url, "events", List.of("offer.published")))
                    .post("/api/v1/partner/webhooks").then().statusCode(201).extract().path("webhook.id");
            // no delivery of the other tests goes out to the Internet
            Api.as(manager).delete("/api/v1/partner/webhooks/" + id).then().statusCode(204);
        }
    }

    @Test
    void aNameRePointedInsideAfterSubscribingIsRefusedAtDeliveryAndLoggedAsAFailedAttempt() {
        names.point("rebinding.test", "93.184.216.34");
        Subscribed partner = subscribe(receiverAt("rebinding.test"), List.of("offer.published"), "ALL");
        names.point("rebinding.test", "127.0.0.1");
        Items.publish(fixtures.token(fixtures.member(fixtures.activeOrganisation().id)), "offers",
                Items.loan(Fixtures.unique("Remorque"), "Pour un partenaire qui se repointe."));
        sender.run();
        assertEquals(List.of(), receiver.received(), "nothing reached the internal address");
        Api.as(partner.token()).get("/api/v1/partner/webhooks/" + partner.id() + "/deliveries").then().statusCode(200)
                .body("[0].status", equalTo("PENDING"))
                .body("[0].log[0].statusCode", nullValue())
                .body("[0].log[0].error", equalTo("refused: rebinding.test leads to an internal address (127.0.0.1)"));
    }

    @Test
    void theAllowedInternalHostIsReachedAtTheAddressItWasCheckedAt() {
        // only the test's resolver knows this name: a delivery that arrives went to the address checked
        names.point("hooks.on-premises.test", "127.0.0.1");
        Subscribed partner = subscribe(receiverAt("hooks.on-premises.test"), List.of("offer.published"), "ALL");
        sender.run();
        receiver.clear();
        String offer = Items.publish(fixtures.token(fixtures.member(fixtures.activeOrganisation().id)), "offers",
                Items.loan(Fixtures.unique("Remorque"), "Pour un partenaire sur site."));
        sender.run();
        List<Received> received = receiver.received();
        assertEquals(1, received.size());
        assertEquals(offer, verified(received.get(0), partner.secret()).getString("subjectId"));
        assertEquals("hooks.on-premises.test:" + URI.create(receiver.url()).getPort(), received.get(0).header("Host"), "named as subscribed");
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
