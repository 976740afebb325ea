package org.elbasar.event;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.elbasar.account.domain.Person;
import org.elbasar.event.service.Registrations;
import org.elbasar.testing.Api;
import org.elbasar.testing.EventInputs;
import org.elbasar.testing.Fixtures;
import org.elbasar.testing.Mails;
import org.elbasar.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RegistrationTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDateTime SEPTEMBER_EVENING = LocalDateTime.of(2027, 9, 16, 18, 30);

    @Inject
    Fixtures fixtures;

    @Inject
    Mails mails;

    @Inject
    TestClock clock;

    @Inject
    Registrations registrations;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String publish(LocalDateTime start, Integer capacity) {
        return Api.as(fixtures.token(fixtures.animator())).body(EventInputs.apero(start, capacity)).post("/api/v1/events").then()
                .statusCode(201).extract().path("id");
    }

    private Person someone() {
        return fixtures.member(fixtures.activeOrganisation().id);
    }

    @Test
    void theThirdWaitsAndIsPromotedWhenSomeoneCancels() {
        String event = publish(SEPTEMBER_EVENING, 2);
        Person first = someone();
        Person second = someone();
        Person third = someone();
        Person fourth = someone();
        String firstRegistration = Api.as(fixtures.token(first)).post("/api/v1/events/" + event + "/registrations").then().statusCode(201)
                .body("status", equalTo("REGISTERED")).body("position", nullValue()).extract().path("id");
        Api.as(fixtures.token(second)).post("/api/v1/events/" + event + "/registrations").then().statusCode(201).body("status", equalTo("REGISTERED"));
        Api.as(fixtures.token(third)).post("/api/v1/events/" + event + "/registrations").then().statusCode(201)
                .body("status", equalTo("WAITING")).body("position", equalTo(1));
        Api.as(fixtures.token(fourth)).post("/api/v1/events/" + event + "/registrations").then().statusCode(201)
                .body("status", equalTo("WAITING")).body("position", equalTo(2));
        Api.as(fixtures.token(third)).post("/api/v1/events/" + event + "/registrations").then().statusCode(409)
                .body("type", equalTo("https://elbasar.org/problems/already-registered"));
        Api.as(fixtures.token(third)).get("/api/v1/events/" + event).then().statusCode(200)
                .body("registered", equalTo(2)).body("waiting", equalTo(2)).body("placesLeft", equalTo(0))
                .body("myRegistration.status", equalTo("WAITING")).body("myRegistration.position", equalTo(1))
                .body("actions", contains("UNREGISTER"));

        // Only the registered person cancels their registration.
        Api.as(fixtures.token(third)).post("/api/v1/registrations/" + firstRegistration + "/cancel").then().statusCode(404);
        Api.anonymous().post("/api/v1/registrations/" + firstRegistration + "/cancel").then().statusCode(401);
        Api.as(fixtures.token(first)).post("/api/v1/registrations/" + firstRegistration + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        Api.as(fixtures.token(first)).post("/api/v1/registrations/" + firstRegistration + "/cancel").then().statusCode(409);

        // First come, first served: the third gets the place and is told, the fourth moves up.
        Api.as(fixtures.token(third)).get("/api/v1/me/registrations").then().statusCode(200)
                .body("find { it.event.id == '" + event + "' }.status", equalTo("REGISTERED"))
                .body("find { it.event.id == '" + event + "' }.promotedAt", notNullValue());
        Api.as(fixtures.token(fourth)).get("/api/v1/me/registrations").then()
                .body("find { it.event.id == '" + event + "' }.position", equalTo(1));
        var promotion = mails.to(third.email);
        assertEquals(1, promotion.size());
        assertTrue(promotion.get(0).getSubject().startsWith("Une place s'est libérée"), promotion.get(0).getSubject());
        assertTrue(promotion.get(0).getText().contains("jeudi 16 septembre 2027, 18:30 – 20:30"), promotion.get(0).getText());
        assertTrue(mails.to(fourth.email).isEmpty());
        Api.as(fixtures.token(first)).get("/api/v1/me/registrations").then().body("event.id", org.hamcrest.Matchers.not(hasItem(event)));
    }

    @Test
    void aLargerCapacityLetsTheWaitingListIn() {
        String animator = fixtures.token(fixtures.animator());
        Map<String, Object> body = EventInputs.apero(SEPTEMBER_EVENING, 1);
        String event = Api.as(animator).body(body).post("/api/v1/events").then().statusCode(201).extract().path("id");
        Api.as(fixtures.token(someone())).post("/api/v1/events/" + event + "/registrations").then().body("status", equalTo("REGISTERED"));
        Person waiting = someone();
        Api.as(fixtures.token(waiting)).post("/api/v1/events/" + event + "/registrations").then().body("status", equalTo("WAITING"));

        body.put("capacity", 0);
        Api.as(animator).header("If-Match", "\"0\"").body(body).put("/api/v1/events/" + event).then().statusCode(400);
        body.put("capacity", 2);
        Api.as(animator).header("If-Match", "\"0\"").body(body).put("/api/v1/events/" + event).then().statusCode(200)
                .body("registered", equalTo(2)).body("waiting", equalTo(0));
        assertEquals(1, mails.to(waiting.email).size());
    }

    @Test
    void peopleRegisteredAreToldWhenTheTimeOrThePlaceChanges() {
        String animator = fixtures.token(fixtures.animator());
        Map<String, Object> body = EventInputs.apero(SEPTEMBER_EVENING, 10);
        String event = Api.as(animator).body(body).post("/api/v1/events").then().statusCode(201).extract().path("id");
        Person registered = someone();
        register(registered, event);

        body.put("title", "Apéro de la rentrée");
        Api.as(animator).header("If-Match", "\"0\"").body(body).put("/api/v1/events/" + event).then().statusCode(200);
        assertTrue(mails.to(registered.email).isEmpty());

        body.put("start", SEPTEMBER_EVENING.plusDays(1).toString());
        body.put("end", SEPTEMBER_EVENING.plusDays(1).plusHours(2).toString());
        Api.as(animator).header("If-Match", "\"1\"").body(body).put("/api/v1/events/" + event).then().statusCode(200);
        var changed = mails.to(registered.email);
        assertEquals(1, changed.size());
        assertTrue(changed.get(0).getSubject().startsWith("Changement pour « Apéro de la rentrée »"), changed.get(0).getSubject());
        assertTrue(changed.get(0).getText().contains("vendredi 17 septembre 2027, 18:30 – 20:30"), changed.get(0).getText());
    }

    @Test
    void capacityHoldsUnderManyConcurrentRegistrations() throws Exception {
        String event = publish(SEPTEMBER_EVENING.plusDays(1), 5);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            tokens.add(fixtures.token(someone()));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<Callable<String>> calls = new ArrayList<>();
        for (String token : tokens) {
            calls.add(() -> {
                start.await();
                return Api.as(token).post("/api/v1/events/" + event + "/registrations").then().statusCode(201).extract().path("status");
            });
        }
        List<Future<String>> answers = new ArrayList<>();
        for (Callable<String> call : calls) {
            answers.add(pool.submit(call));
        }
        start.countDown();
        int registered = 0;
        for (Future<String> answer : answers) {
            registered += "REGISTERED".equals(answer.get()) ? 1 : 0;
        }
        pool.shutdown();

        assertEquals(5, registered);
        List<Integer> positions = Api.as(fixtures.token(fixtures.animator())).get("/api/v1/events/" + event + "/attendees").then()
                .statusCode(200).extract().path("findAll { it.status == 'WAITING' }.position");
        assertEquals(java.util.stream.IntStream.rangeClosed(1, 19).boxed().toList(), positions);
        Api.anonymous().get("/api/v1/events/" + event).then().body("registered", equalTo(5)).body("waiting", equalTo(19));
    }

    @Test
    void theOrganiserListsExportsAndChecksPeopleIn() {
        Person organiser = fixtures.member(fixtures.activeOrganisation().id);
        String owner = fixtures.token(organiser);
        String animator = fixtures.token(fixtures.animator());
        String event = Api.as(owner).body(EventInputs.apero(SEPTEMBER_EVENING, 1)).post("/api/v1/events").then().statusCode(201).extract().path("id");
        Api.as(animator).post("/api/v1/events/" + event + "/approve").then().statusCode(200);
        Person guest = fixtures.member(fixtures.organisation("=cmd|' /C calc'!A0", org.elbasar.member.domain.OrganisationStatus.ACTIVE, "commune:59350").id);
        String guestRegistration = Api.as(fixtures.token(guest)).post("/api/v1/events/" + event + "/registrations").then().extract().path("id");
        String waitingRegistration = Api.as(fixtures.token(someone())).post("/api/v1/events/" + event + "/registrations").then().extract().path("id");

        Api.anonymous().get("/api/v1/events/" + event + "/attendees").then().statusCode(401);
        Api.as(fixtures.token(guest)).get("/api/v1/events/" + event + "/attendees").then().statusCode(403);
        Api.as(owner).get("/api/v1/events/" + event + "/attendees").then().statusCode(200)
                .body("status", contains("REGISTERED", "WAITING")).body("[0].person.email", equalTo(guest.email))
                .body("[0].organisation.name", equalTo("=cmd|' /C calc'!A0")).body("[0].checkedInAt", nullValue());

        Api.as(fixtures.token(guest)).post("/api/v1/events/" + event + "/attendees/" + guestRegistration + "/check-in").then().statusCode(403);
        Api.as(owner).post("/api/v1/events/" + event + "/attendees/" + waitingRegistration + "/check-in").then().statusCode(409);
        Api.as(owner).post("/api/v1/events/" + event + "/attendees/" + java.util.UUID.randomUUID() + "/check-in").then().statusCode(404);
        Api.as(owner).post("/api/v1/events/" + event + "/attendees/" + guestRegistration + "/check-in").then().statusCode(200)
                .body("checkedInAt", notNullValue());
        Api.as(animator).delete("/api/v1/events/" + event + "/attendees/" + guestRegistration + "/check-in").then().statusCode(200)
                .body("checkedInAt", nullValue());
        Api.as(owner).post("/api/v1/events/" + event + "/attendees/" + guestRegistration + "/check-in").then().statusCode(200);

        Api.as(fixtures.token(guest)).accept("text/csv").get("/api/v1/events/" + event + "/attendees.csv").then().statusCode(403);
        String csv = new String(Api.as(owner).accept("text/csv").get("/api/v1/events/" + event + "/attendees.csv").then().statusCode(200)
                .contentType("text/csv").extract().asByteArray(), StandardCharsets.UTF_8);
        String[] lines = csv.substring(1).split("\r\n");
        assertEquals("Nom,Prénom,Courriel,Structure,Statut,Rang en liste d'attente,Inscrit le,Présent (heure d'arrivée)", lines[0]);
        assertEquals(3, lines.length);
        assertTrue(lines[1].startsWith(guest.lastName + ",Test," + guest.email + ",'=cmd|' /C calc'!A0,Inscrit,,"), lines[1]);
        assertTrue(lines[1].matches(".*,\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}$"), lines[1]);
        assertTrue(lines[2].contains(",Liste d'attente,1,"), lines[2]);
    }

    @Test
    void registrationClosesAtTheDeadlineAndCancellingStopsAtTheStart() {
        Map<String, Object> body = EventInputs.apero(LocalDateTime.now(PARIS).plusDays(3).withNano(0), 10);
        body.put("registrationDeadline", LocalDateTime.now(PARIS).plusDays(1).withNano(0).toString());
        String event = Api.as(fixtures.token(fixtures.animator())).body(body).post("/api/v1/events").then().statusCode(201).extract().path("id");
        Person early = someone();
        String registration = Api.as(fixtures.token(early)).post("/api/v1/events/" + event + "/registrations").then().statusCode(201)
                .extract().path("id");

        clock.advance(Duration.ofDays(2));
        Api.as(fixtures.token(someone())).post("/api/v1/events/" + event + "/registrations").then().statusCode(409)
                .body("type", equalTo("https://elbasar.org/problems/registration-closed"));
        clock.advance(Duration.ofDays(1).plusHours(1));
        Api.as(fixtures.token(early)).post("/api/v1/registrations/" + registration + "/cancel").then().statusCode(409)
                .body("type", equalTo("https://elbasar.org/problems/event-started"));
    }

    /** The reminder goes the Paris day before, on days of 23 and 25 hours too. */
    @Test
    void remindersGoTheParisDayBeforeAcrossDaylightSavingChanges() {
        Person lateSunday = someone();
        Person mondayNight = someone();
        Person octoberSunday = someone();
        register(lateSunday, publish(LocalDateTime.of(2027, 3, 28, 23, 30), null));
        register(mondayNight, publish(LocalDateTime.of(2027, 3, 29, 0, 30), null));
        register(octoberSunday, publish(LocalDateTime.of(2027, 10, 31, 23, 30), null));

        clock.setTo(LocalDateTime.of(2027, 3, 27, 9, 0).atZone(PARIS).toInstant());
        registrations.sendReminders();
        assertEquals(1, mails.to(lateSunday.email).size());
        assertTrue(mails.to(lateSunday.email).get(0).getSubject().startsWith("C'est demain"));
        assertTrue(mails.to(lateSunday.email).get(0).getText().contains("dimanche 28 mars 2027, 23:30 – lundi 29 mars 2027, 01:30"),
                mails.to(lateSunday.email).get(0).getText());
        assertTrue(mails.to(mondayNight.email).isEmpty());
        registrations.sendReminders();
        assertEquals(1, mails.to(lateSunday.email).size());

        clock.setTo(LocalDateTime.of(2027, 3, 28, 9, 0).atZone(PARIS).toInstant());
        registrations.sendReminders();
        assertEquals(1, mails.to(mondayNight.email).size());

        clock.setTo(LocalDateTime.of(2027, 10, 29, 23, 59).atZone(PARIS).toInstant());
        registrations.sendReminders();
        assertTrue(mails.to(octoberSunday.email).isEmpty());
        clock.setTo(LocalDateTime.of(2027, 10, 30, 9, 0).atZone(PARIS).toInstant());
        registrations.sendReminders();
        assertEquals(1, mails.to(octoberSunday.email).size());
    }

    private void register(Person person, String event) {
        Api.as(fixtures.token(person)).post("/api/v1/events/" + event + "/registrations").then().statusCode(201);
    }
}
