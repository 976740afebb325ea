package org.elbasar.event;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.Map;
import org.elbasar.account.domain.Person;
import org.elbasar.member.domain.Organisation;
import org.elbasar.testing.Api;
import org.elbasar.testing.EventInputs;
import org.elbasar.testing.Fixtures;
import org.elbasar.testing.Images;
import org.elbasar.testing.Mails;
import org.elbasar.testing.Statements;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventTest {

    private static final LocalDateTime JUNE_EVENING = LocalDateTime.of(2027, 6, 10, 18, 30);

    @Inject
    Fixtures fixtures;

    @Inject
    Mails mails;

    @Inject
    Statements statements;

    @Test
    void anAnimatorPublishesAnEventThatEveryoneSeesInParisTime() {
        String animator = fixtures.token(fixtures.animator());
        Map<String, Object> body = EventInputs.apero(JUNE_EVENING, 30);
        String id = Api.as(animator).body(body).post("/api/v1/events").then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("PUBLISHED")).body("startsAt", equalTo("2027-06-10T18:30:00+02:00"))
                .body("endsAt", equalTo("2027-06-10T20:30:00+02:00")).body("timeZone", equalTo("Europe/Paris"))
                .body("territory.name", equalTo("Lille")).body("placesLeft", equalTo(30)).body("registrationOpen", equalTo(true))
                .body("actions", contains("EDIT", "CANCEL", "ATTENDEES", "REGISTER"))
                .extract().path("id");

        Api.anonymous().get("/api/v1/events/" + id).then().statusCode(200)
                .body("title", equalTo(body.get("title"))).body("actions", org.hamcrest.Matchers.empty()).body("myRegistration", nullValue());
        Api.anonymous().get("/api/v1/events?territory=departement:59&from=2027-06-01&to=2027-06-30&size=200").then().statusCode(200)
                .body("items.id", hasItem(id));
        Api.anonymous().get("/api/v1/events?territory=departement:62&from=2027-06-01&to=2027-06-30&size=200").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        Api.anonymous().get("/api/v1/events?from=2027-06-11&to=2027-06-30&size=200").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        Api.anonymous().get("/api/v1/events?kind=FAIR&from=2027-06-01&to=2027-06-30&size=200").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
    }

    @Test
    void winterTimesHaveTheWinterOffsetAndATimeSkippedByTheClocksIsRefused() {
        String animator = fixtures.token(fixtures.animator());
        // Last Sunday of March 2027: 02:00 becomes 03:00.
        Api.as(animator).body(EventInputs.apero(LocalDateTime.of(2027, 3, 28, 1, 30), null)).post("/api/v1/events").then().statusCode(201)
                .body("startsAt", equalTo("2027-03-28T01:30:00+01:00")).body("endsAt", equalTo("2027-03-28T03:30:00+02:00"))
                .body("placesLeft", nullValue());
        Api.as(animator).body(EventInputs.apero(LocalDateTime.of(2027, 3, 28, 2, 30), null)).post("/api/v1/events").then().statusCode(400)
                .body("violations[0].field", equalTo("start"));
        // Last Sunday of October 2027: 02:30 happens twice; it is the first one (summer time).
        Api.as(animator).body(EventInputs.apero(LocalDateTime.of(2027, 10, 31, 2, 30), null)).post("/api/v1/events").then().statusCode(201)
                .body("startsAt", equalTo("2027-10-31T02:30:00+02:00")).body("endsAt", equalTo("2027-10-31T04:30:00+01:00"));
    }

    @Test
    void badEventsAreRefusedNamingTheField() {
        String animator = fixtures.token(fixtures.animator());
        Map<String, Object> body = EventInputs.apero(JUNE_EVENING, 10);
        body.put("end", JUNE_EVENING.minusHours(1).toString());
        Api.as(animator).body(body).post("/api/v1/events").then().statusCode(400).body("violations[0].field", equalTo("end"));

        body = EventInputs.apero(JUNE_EVENING, 10);
        body.put("venue", " ");
        Api.as(animator).body(body).post("/api/v1/events").then().statusCode(400).body("violations[0].field", equalTo("venue"));
        body.put("onlineUrl", "https://visio.example.org/apero");
        Api.as(animator).body(body).post("/api/v1/events").then().statusCode(201).body("venue", nullValue());

        body = EventInputs.apero(LocalDateTime.of(2020, 1, 10, 18, 0), 10);
        Api.as(animator).body(body).post("/api/v1/events").then().statusCode(400).body("violations.field", hasItem("start"));

        body = EventInputs.apero(JUNE_EVENING, 10);
        body.put("registrationDeadline", JUNE_EVENING.plusMinutes(1).toString());
        Api.as(animator).body(body).post("/api/v1/events").then().statusCode(400).body("violations[0].field", equalTo("registrationDeadline"));

        body = EventInputs.apero(JUNE_EVENING, 0);
        Api.as(animator).body(body).post("/api/v1/events").then().statusCode(400).body("violations[0].field", equalTo("capacity"));

        body = EventInputs.apero(JUNE_EVENING, 10);
        body.put("territoryId", "commune:00000");
        Api.as(animator).body(body).post("/api/v1/events").then().statusCode(400).body("violations[0].field", equalTo("territoryId"));

        body = EventInputs.apero(JUNE_EVENING, 10);
        body.put("start", "2027-06-10 18h30");
        Api.as(animator).body(body).post("/api/v1/events").then().statusCode(400).body("violations[0].field", equalTo("start"));

        Api.anonymous().body(EventInputs.apero(JUNE_EVENING, 10)).post("/api/v1/events").then().statusCode(401);
    }

    @Test
    void aMemberProposesAnAnimatorApprovesAndTheOrganiserIsTold() {
        Organisation organisation = fixtures.activeOrganisation();
        Person proposer = fixtures.member(organisation.id);
        String member = fixtures.token(proposer);
        String colleague = fixtures.token(fixtures.member(organisation.id));
        String animator = fixtures.token(fixtures.animator());

        String id = Api.as(member).body(EventInputs.apero(JUNE_EVENING, 20)).post("/api/v1/events").then().statusCode(201)
                .body("status", equalTo("PROPOSED")).body("host.id", equalTo(organisation.id.toString()))
                .body("organiser.id", equalTo(proposer.id.toString())).body("registrationOpen", equalTo(false))
                .body("actions", contains("EDIT", "CANCEL")).extract().path("id");

        Api.anonymous().get("/api/v1/events/" + id).then().statusCode(404);
        Api.as(colleague).get("/api/v1/events/" + id).then().statusCode(404);
        Api.as(colleague).post("/api/v1/events/" + id + "/registrations").then().statusCode(404);
        Api.anonymous().get("/api/v1/events?from=2027-06-01&to=2027-06-30&size=200").then().body("items.id", not(hasItem(id)));
        Api.as(member).get("/api/v1/events?status=PROPOSED").then().statusCode(403);
        Api.as(member).post("/api/v1/events/" + id + "/approve").then().statusCode(403);
        Api.as(member).get("/api/v1/events/mine").then().statusCode(200).body("id", hasItem(id));

        Api.as(animator).get("/api/v1/events?status=PROPOSED&size=200").then().statusCode(200).body("items.id", hasItem(id));
        Api.as(animator).get("/api/v1/events/" + id).then().statusCode(200).body("actions", contains("EDIT", "APPROVE", "REJECT", "CANCEL"));
        Api.as(animator).post("/api/v1/events/" + id + "/approve").then().statusCode(200).body("status", equalTo("PUBLISHED"));
        Api.as(animator).post("/api/v1/events/" + id + "/approve").then().statusCode(409)
                .body("type", equalTo("https://elbasar.org/problems/event-not-proposed"));
        Api.as(colleague).get("/api/v1/events/" + id).then().statusCode(200).body("actions", contains("REGISTER"));

        var mail = mails.to(proposer.email);
        assertEquals(1, mail.size());
        assertTrue(mail.get(0).getText().contains("est validé et publié"), mail.get(0).getText());
    }

    @Test
    void aRejectedProposalKeepsItsReasonAndItsOrganiserIsTold() {
        Person proposer = fixtures.member(fixtures.activeOrganisation().id);
        String animator = fixtures.token(fixtures.animator());
        String id = Api.as(fixtures.token(proposer)).body(EventInputs.apero(JUNE_EVENING, 20)).post("/api/v1/events").then().statusCode(201)
                .extract().path("id");

        Api.as(animator).body(Map.of("reason", "")).post("/api/v1/events/" + id + "/reject").then().statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        Api.as(animator).body(Map.of("reason", "Un apéro est déjà prévu ce soir-là à Lille.")).post("/api/v1/events/" + id + "/reject")
                .then().statusCode(200).body("status", equalTo("REJECTED")).body("statusReason", containsString("déjà prévu"))
                .body("actions", org.hamcrest.Matchers.empty());
        assertTrue(mails.to(proposer.email).get(0).getText().contains("Un apéro est déjà prévu"));
    }

    @Test
    void onlyTheOrganiserAndAnimatorsEditWithTheVersionTheyRead() {
        Person organiser = fixtures.member(fixtures.activeOrganisation().id);
        String owner = fixtures.token(organiser);
        String stranger = fixtures.token(fixtures.member(fixtures.activeOrganisation().id));
        String animator = fixtures.token(fixtures.animator());
        Map<String, Object> body = EventInputs.apero(JUNE_EVENING, 20);
        String id = Api.as(owner).body(body).post("/api/v1/events").then().statusCode(201).extract().path("id");
        Api.as(animator).post("/api/v1/events/" + id + "/approve").then().statusCode(200);

        body.put("title", "Apéro déplacé");
        Api.as(owner).body(body).put("/api/v1/events/" + id).then().statusCode(428);
        Api.as(owner).header("If-Match", "\"0\"").body(body).put("/api/v1/events/" + id).then().statusCode(412);
        Api.as(stranger).header("If-Match", "\"1\"").body(body).put("/api/v1/events/" + id).then().statusCode(403);
        Api.anonymous().header("If-Match", "\"1\"").body(body).put("/api/v1/events/" + id).then().statusCode(401);
        Api.as(owner).header("If-Match", "\"1\"").body(body).put("/api/v1/events/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"2\"")).body("title", equalTo("Apéro déplacé"));
        Api.as(stranger).body(Map.of("reason", "non")).post("/api/v1/events/" + id + "/cancel").then().statusCode(403);
        Api.as(animator).header("If-Match", "\"2\"").body(body).put("/api/v1/events/" + id).then().statusCode(200);
    }

    @Test
    void cancellingTellsEveryoneRegisteredOrWaitingWhy() {
        String animator = fixtures.token(fixtures.animator());
        String id = Api.as(animator).body(EventInputs.apero(JUNE_EVENING, 1)).post("/api/v1/events").then().statusCode(201).extract().path("id");
        Person first = fixtures.member(fixtures.activeOrganisation().id);
        Person second = fixtures.member(fixtures.activeOrganisation().id);
        Api.as(fixtures.token(first)).post("/api/v1/events/" + id + "/registrations").then().statusCode(201).body("status", equalTo("REGISTERED"));
        Api.as(fixtures.token(second)).post("/api/v1/events/" + id + "/registrations").then().statusCode(201).body("status", equalTo("WAITING"));

        Api.as(animator).body(Map.of("reason", "La salle est inondée.")).post("/api/v1/events/" + id + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("registrationOpen", equalTo(false));
        for (Person person : new Person[] { first, second }) {
            var mail = mails.to(person.email);
            assertEquals(1, mail.size());
            assertTrue(mail.get(0).getSubject().startsWith("Événement annulé"), mail.get(0).getSubject());
            assertTrue(mail.get(0).getText().contains("La salle est inondée."));
        }
        Api.anonymous().get("/api/v1/events/" + id).then().statusCode(200).body("status", equalTo("CANCELLED"));
        Api.as(fixtures.token(fixtures.member(fixtures.activeOrganisation().id))).post("/api/v1/events/" + id + "/registrations")
                .then().statusCode(409).body("type", equalTo("https://elbasar.org/problems/registration-closed"));
    }

    @Test
    void anImageIsReencodedAndServedToEveryone() throws Exception {
        Person organiser = fixtures.animator();
        String animator = fixtures.token(organiser);
        String id = Api.as(animator).body(EventInputs.apero(JUNE_EVENING, 5)).post("/api/v1/events").then().statusCode(201).extract().path("id");

        String url = io.restassured.RestAssured.given().auth().oauth2(animator).multiPart("file", "apero.png", Images.png(2000, 1000), "image/png")
                .put("/api/v1/events/" + id + "/image").then().statusCode(200).extract().path("imageUrl");
        byte[] thumbnail = Api.anonymous().accept("image/jpeg").get(url + "&thumbnail=true").then().statusCode(200)
                .contentType("image/jpeg").extract().asByteArray();
        assertEquals(480, javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(thumbnail)).getWidth());
        io.restassured.RestAssured.given().auth().oauth2(fixtures.token(fixtures.member(fixtures.activeOrganisation().id)))
                .multiPart("file", "apero.png", Images.png(2000, 1000), "image/png").put("/api/v1/events/" + id + "/image").then().statusCode(403);
        io.restassured.RestAssured.given().auth().oauth2(animator).multiPart("file", "apero.txt", "pas une image".getBytes(), "image/png")
                .put("/api/v1/events/" + id + "/image").then().statusCode(415);
        Api.as(animator).delete("/api/v1/events/" + id + "/image").then().statusCode(200).body("imageUrl", nullValue());
    }

    @Test
    void theListTakesTwoStatementsWhateverTheNumberOfEvents() {
        String animator = fixtures.token(fixtures.animator());
        String member = fixtures.token(fixtures.member(fixtures.activeOrganisation().id));
        for (int i = 0; i < 6; i++) {
            String id = Api.as(animator).body(EventInputs.apero(JUNE_EVENING.plusDays(40).plusHours(i), 3)).post("/api/v1/events").then()
                    .statusCode(201).extract().path("id");
            Api.as(member).post("/api/v1/events/" + id + "/registrations").then().statusCode(201);
        }
        long statements = this.statements.countDuring(() -> Api.as(member).get("/api/v1/events?from=2027-07-20&to=2027-07-20&size=50")
                .then().statusCode(200).body("items.size()", org.hamcrest.Matchers.greaterThanOrEqualTo(6))
                .body("items.myRegistration.status", hasItem("REGISTERED")));
        assertTrue(statements <= 2, statements + " statements");
    }
}
