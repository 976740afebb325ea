package org.elbasar.event;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.elbasar.account.domain.Person;
import org.elbasar.member.domain.Organisation;
import org.elbasar.member.domain.OrganisationStatus;
import org.elbasar.testing.Api;
import org.elbasar.testing.EventInputs;
import org.elbasar.testing.Fixtures;
import org.elbasar.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An exchange can name the event where its parties met; the event and the impact figures then show it. */
@QuarkusTest
class EventOutcomeTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    Fixtures fixtures;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anExchangeBornAtAnEventShowsOnTheEventAndInTheImpactFigures() {
        String sector = fixtures.sector();
        Organisation provider = fixtures.organisation(Fixtures.unique("Recyclerie"), OrganisationStatus.ACTIVE, "commune:59350", sector);
        Organisation beneficiary = fixtures.organisation(Fixtures.unique("Épicerie"), OrganisationStatus.ACTIVE, "commune:59350", sector);
        Person giver = fixtures.member(provider.id);
        Person receiver = fixtures.member(beneficiary.id);
        String animator = fixtures.token(fixtures.animator());
        // A morning in May 2027: the event starts an hour later, on the same Paris day whenever the test runs.
        clock.setTo(LocalDateTime.of(2027, 5, 12, 10, 0).atZone(PARIS).toInstant());
        LocalDateTime start = LocalDateTime.of(2027, 5, 12, 11, 0);
        String event = Api.as(animator).body(EventInputs.apero(start, 10)).post("/api/v1/events").then().statusCode(201).extract().path("id");
        String giverPlace = Api.as(fixtures.token(giver)).post("/api/v1/events/" + event + "/registrations").then().statusCode(201).extract().path("id");
        String receiverPlace = Api.as(fixtures.token(receiver)).post("/api/v1/events/" + event + "/registrations").then().statusCode(201).extract().path("id");
        Api.as(fixtures.token(fixtures.member(fixtures.activeOrganisation().id))).post("/api/v1/events/" + event + "/registrations").then().statusCode(201);

        Map<String, Object> exchange = new HashMap<>();
        exchange.put("providerOrganisationId", provider.id);
        exchange.put("beneficiaryOrganisationId", beneficiary.id);
        exchange.put("mode", "HELPING_HAND");
        exchange.put("occurredOn", start.toLocalDate().toString());
        exchange.put("description", "Coup de main pour le déménagement, décidé à l'apéro");
        exchange.put("hours", 4);
        exchange.put("eventId", event);
        // Not before the event has taken place.
        Api.as(fixtures.token(giver)).body(exchange).post("/api/v1/exchanges").then().statusCode(400).body("violations[0].field", equalTo("eventId"));

        clock.advance(Duration.ofHours(4));
        Api.as(animator).post("/api/v1/events/" + event + "/attendees/" + giverPlace + "/check-in").then().statusCode(200);
        Api.as(animator).post("/api/v1/events/" + event + "/attendees/" + receiverPlace + "/check-in").then().statusCode(200);
        exchange.put("channel", "DIRECT");
        Api.as(fixtures.token(giver)).body(exchange).post("/api/v1/exchanges").then().statusCode(400).body("violations[0].field", equalTo("channel"));
        exchange.remove("channel");
        String id = Api.as(fixtures.token(giver)).body(exchange).post("/api/v1/exchanges").then().statusCode(201)
                .body("channel", equalTo("EVENT")).body("event.id", equalTo(event)).extract().path("id");
        Api.as(fixtures.token(receiver)).post("/api/v1/exchanges/" + id + "/confirm").then().statusCode(200);

        Api.anonymous().get("/api/v1/events/" + event).then().statusCode(200).body("outcome", nullValue());
        Api.as(fixtures.token(receiver)).get("/api/v1/events/" + event).then().statusCode(200)
                .body("outcome.attendance", equalTo(2))
                .body("outcome.organisations.id", org.hamcrest.Matchers.containsInAnyOrder(provider.id.toString(), beneficiary.id.toString()))
                .body("outcome.exchanges.id", contains(id)).body("outcome.exchanges[0].valueEur", equalTo(72.0f));

        String month = YearMonth.from(LocalDate.parse((String) exchange.get("occurredOn"))).toString();
        Api.as(fixtures.token(giver)).get("/api/v1/impact/sectors/" + sector + "?from=" + month + "&to=" + month).then().statusCode(200)
                .body("events.held", equalTo(1)).body("events.attendance", equalTo(2)).body("events.organisations", equalTo(2))
                .body("events.exchangesBorn", equalTo(1));
        Api.as(fixtures.token(giver)).get("/api/v1/impact/organisations/" + provider.id + "?from=" + month + "&to=" + month).then()
                .statusCode(200).body("events.held", equalTo(1)).body("events.attendance", equalTo(1)).body("events.organisations", equalTo(1))
                .body("events.exchangesBorn", equalTo(1));
        Api.as(fixtures.token(giver)).get("/api/v1/impact/network?from=" + month + "&to=" + month).then().statusCode(200)
                .body("events.held", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body("events.attendance", org.hamcrest.Matchers.greaterThanOrEqualTo(2));
    }
}
