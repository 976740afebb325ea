package org.elbasar.event;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.TimezoneAssignment;
import biweekly.property.Status;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.elbasar.testing.Api;
import org.elbasar.testing.EventInputs;
import org.elbasar.testing.Fixtures;
import org.elbasar.testing.Images;
import org.junit.jupiter.api.Test;

/** The iCalendar files and feeds, read back with biweekly (a second, independent iCalendar implementation). */
@QuarkusTest
class EventCalendarTest {

    @Inject
    Fixtures fixtures;

    private static ICalendar parse(String text) {
        List<List<biweekly.io.ParseWarning>> warnings = new ArrayList<>();
        ICalendar calendar = Biweekly.parse(text).warnings(warnings).first();
        assertNotNull(calendar, "not an iCalendar stream");
        assertTrue(warnings.stream().allMatch(List::isEmpty), () -> "parser warnings: " + warnings);
        var validation = calendar.validate(ICalVersion.V2_0);
        assertTrue(validation.isEmpty(), () -> "RFC 5545 validation: " + validation);
        return calendar;
    }

    private static VEvent find(ICalendar calendar, String id) {
        return calendar.getEvents().stream().filter(e -> e.getUid().getValue().equals(id + "@elbasar.org")).findFirst()
                .orElseThrow(() -> new AssertionError("event " + id + " not in the calendar"));
    }

    private String feed(String query) {
        String text = Api.anonymous().accept("text/calendar").get("/api/v1/events/calendar.ics" + query).then().statusCode(200)
                .contentType(containsString("text/calendar")).extract().asString();
        assertTrue(text.startsWith("BEGIN:VCALENDAR\r\n"), "lines end with CRLF");
        assertTrue(text.lines().allMatch(line -> line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75),
                "lines are folded at 75 octets");
        return text;
    }

    @Test
    void theFeedsGiveEachEventItsParisTimeAcrossDaylightSavingChanges() {
        String animator = fixtures.token(fixtures.animator());
        // Last Sundays of March and October 2027: summer time starts, then ends.
        Map<String, Object> march = EventInputs.apero(LocalDateTime.of(2027, 3, 28, 10, 0), 20);
        String spring = Api.as(animator).body(march).post("/api/v1/events").then().statusCode(201).extract().path("id");
        Map<String, Object> october = EventInputs.apero(LocalDateTime.of(2027, 10, 31, 10, 0), 20);
        october.put("territoryId", "commune:62041");
        october.put("description", "Salon; avec des virgules, des points-virgules et un retour\nà la ligne.");
        String autumn = Api.as(animator).body(october).post("/api/v1/events").then().statusCode(201).extract().path("id");

        ICalendar all = parse(feed(""));
        VEvent springEvent = find(all, spring);
        assertEquals(Instant.parse("2027-03-28T08:00:00Z"), springEvent.getDateStart().getValue().toInstant());
        assertEquals(Instant.parse("2027-03-28T10:00:00Z"), springEvent.getDateEnd().getValue().toInstant());
        TimezoneAssignment zone = all.getTimezoneInfo().getTimezone(springEvent.getDateStart());
        assertEquals("Europe/Paris", zone.getComponent().getTimezoneId().getValue());
        assertEquals(march.get("title"), springEvent.getSummary().getValue());
        assertEquals("La Ressourcerie, 12 rue Solférino, Lille", springEvent.getLocation().getValue());
        assertTrue(springEvent.getUrl().getValue().endsWith("/events/" + spring));
        VEvent autumnEvent = find(all, autumn);
        assertEquals(Instant.parse("2027-10-31T09:00:00Z"), autumnEvent.getDateStart().getValue().toInstant());
        assertTrue(autumnEvent.getDescription().getValue().startsWith(october.get("description") + "\n\n"));

        ICalendar nord = parse(feed("?territory=departement:59"));
        find(nord, spring);
        assertTrue(nord.getEvents().stream().noneMatch(e -> e.getUid().getValue().startsWith(autumn)));
        ICalendar pasDeCalais = parse(feed("?territory=departement:62"));
        find(pasDeCalais, autumn);
        Api.anonymous().accept("text/calendar").get("/api/v1/events/calendar.ics?territory=departement:00").then().statusCode(404);
    }

    @Test
    void aProposalStaysWithItsOrganiserAndTheStaffWhetherPendingCancelledOrRejected() {
        String organiser = fixtures.token(fixtures.member(fixtures.activeOrganisation().id));
        String otherMember = fixtures.token(fixtures.member(fixtures.activeOrganisation().id));
        String animator = fixtures.token(fixtures.animator());
        for (String end : List.of("pending", "cancel", "reject")) {
            String id = Api.as(organiser).body(EventInputs.apero(LocalDateTime.of(2027, 9, 16, 18, 0), 20)).post("/api/v1/events").then()
                    .statusCode(201).extract().path("id");
            io.restassured.RestAssured.given().auth().oauth2(organiser).multiPart("file", "apero.png", Images.png(40, 30), "image/png")
                    .put("/api/v1/events/" + id + "/image").then().statusCode(200);
            if (!end.equals("pending")) {
                Api.as(end.equals("cancel") ? organiser : animator).body(Map.of("reason", "Plus de salle")).post("/api/v1/events/" + id + "/" + end)
                        .then().statusCode(200);
            }
            for (String path : List.of("", "/calendar.ics", "/image")) {
                Api.anonymous().accept("*/*").get("/api/v1/events/" + id + path).then().statusCode(404);
                Api.as(otherMember).accept("*/*").get("/api/v1/events/" + id + path).then().statusCode(404);
                Api.as(organiser).accept("*/*").get("/api/v1/events/" + id + path).then().statusCode(200);
                Api.as(animator).accept("*/*").get("/api/v1/events/" + id + path).then().statusCode(200);
            }
            io.restassured.RestAssured.given().auth().oauth2(organiser).get("/api/v1/events/" + id + "/image").then()
                    .header("Cache-Control", org.hamcrest.Matchers.equalTo("private, no-cache"));
            for (String feed : List.of("", "?territory=commune:59350", "?territory=departement:59")) {
                assertTrue(parse(feed(feed)).getEvents().stream().noneMatch(e -> e.getUid().getValue().startsWith(id)), end + " in " + feed);
            }
        }
    }

    @Test
    void anApprovedProposalStaysPublicOnceCancelledSoThatCalendarsDropIt() {
        String organiser = fixtures.token(fixtures.member(fixtures.activeOrganisation().id));
        String id = Api.as(organiser).body(EventInputs.apero(LocalDateTime.of(2027, 9, 23, 18, 0), 20)).post("/api/v1/events").then()
                .statusCode(201).extract().path("id");
        Api.as(fixtures.token(fixtures.animator())).post("/api/v1/events/" + id + "/approve").then().statusCode(200);
        Api.as(organiser).body(Map.of("reason", "Plus de salle")).post("/api/v1/events/" + id + "/cancel").then().statusCode(200);
        Api.anonymous().get("/api/v1/events/" + id).then().statusCode(200);
        Api.anonymous().accept("text/calendar").get("/api/v1/events/" + id + "/calendar.ics").then().statusCode(200);
        assertEquals(Status.cancelled().getValue(), find(parse(feed("?territory=departement:59")), id).getStatus().getValue());
    }

    @Test
    void aChangedOrCancelledEventIsUpdatedInSubscribedCalendars() {
        String animator = fixtures.token(fixtures.animator());
        Map<String, Object> body = EventInputs.apero(LocalDateTime.of(2027, 5, 20, 8, 30), 20);
        body.put("kind", "BREAKFAST");
        String id = Api.as(animator).body(body).post("/api/v1/events").then().statusCode(201).extract().path("id");
        VEvent published = find(parse(feed("")), id);
        assertEquals(0, published.getSequence().getValue());
        assertEquals(Status.confirmed().getValue(), published.getStatus().getValue());
        assertEquals("Petit-déjeuner", published.getCategories().get(0).getValues().get(0));

        // Calendar applications ask again with the ETag they have: unchanged, then changed.
        String etag = Api.anonymous().accept("text/calendar").get("/api/v1/events/calendar.ics").then().statusCode(200).extract().header("ETag");
        Api.anonymous().accept("text/calendar").header("If-None-Match", etag).get("/api/v1/events/calendar.ics").then().statusCode(304);
        Api.as(animator).body(Map.of("reason", "Reporté")).post("/api/v1/events/" + id + "/cancel").then().statusCode(200);
        Api.anonymous().accept("text/calendar").header("If-None-Match", etag).get("/api/v1/events/calendar.ics").then().statusCode(200);
        VEvent cancelled = find(parse(feed("")), id);
        assertEquals(Status.cancelled().getValue(), cancelled.getStatus().getValue());
        assertTrue(cancelled.getSequence().getValue() > 0);
    }

    @Test
    void eachEventHasItsOwnFileAndProposalsStayPrivate() {
        String id = Api.as(fixtures.token(fixtures.animator())).body(EventInputs.apero(LocalDateTime.of(2027, 4, 8, 18, 0), 20))
                .post("/api/v1/events").then().statusCode(201).extract().path("id");
        String text = Api.anonymous().accept("text/calendar").get("/api/v1/events/" + id + "/calendar.ics").then().statusCode(200)
                .header("Content-Disposition", containsString(".ics")).extract().asString();
        ICalendar single = parse(text);
        assertEquals(1, single.getEvents().size());
        assertEquals(Instant.parse("2027-04-08T16:00:00Z"), find(single, id).getDateStart().getValue().toInstant());

        String proposal = Api.as(fixtures.token(fixtures.member(fixtures.activeOrganisation().id)))
                .body(EventInputs.apero(LocalDateTime.of(2027, 4, 8, 18, 0), 20)).post("/api/v1/events").then().statusCode(201).extract().path("id");
        Api.anonymous().accept("text/calendar").get("/api/v1/events/" + proposal + "/calendar.ics").then().statusCode(404);
        assertTrue(parse(feed("")).getEvents().stream().noneMatch(e -> e.getUid().getValue().startsWith(proposal)));
    }
}
