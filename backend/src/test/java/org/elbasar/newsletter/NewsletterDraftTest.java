package org.elbasar.newsletter;

import static org.elbasar.testing.Newsletters.paris;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.elbasar.member.domain.Organisation;
import org.elbasar.member.domain.OrganisationStatus;
import org.elbasar.newsletter.service.MonthlyDraft;
import org.elbasar.newsletter.service.WorkingDays;
import org.elbasar.testing.Api;
import org.elbasar.testing.EventInputs;
import org.elbasar.testing.Fixtures;
import org.elbasar.testing.Items;
import org.elbasar.testing.Newsletters;
import org.elbasar.testing.Statements;
import org.elbasar.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The monthly draft: what it tells and in which order, the animators' edits, previews and the archive. */
@QuarkusTest
class NewsletterDraftTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Newsletters newsletters;

    @Inject
    TestClock clock;

    @Inject
    MonthlyDraft monthlyDraft;

    @Inject
    Statements statements;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** What a marked test publishes during February 2030, told in the issue of March 2030. */
    private JsonPath februaryNews(String marker) {
        clock.setTo(paris(2030, 2, 10, 10));
        Organisation lille = fixtures.organisation(marker + " Ressourcerie", OrganisationStatus.ACTIVE, "commune:59350");
        Organisation arras = fixtures.organisation(marker + " Coop d'Arras", OrganisationStatus.ACTIVE, "commune:62041");
        Organisation newcomer = fixtures.organisation(marker + " Nouvelle venue", OrganisationStatus.ACTIVE, "commune:59350");
        newsletters.joinedAt(lille.id, paris(2024, 5, 1, 9));
        newsletters.joinedAt(arras.id, paris(2024, 5, 1, 9));
        newsletters.joinedAt(newcomer.id, paris(2030, 2, 5, 9));
        String lilleToken = fixtures.token(fixtures.member(lille.id));
        Items.publish(lilleToken, "offers", Items.loan(marker + " Prêt de camion", "Un camion de 12 m3 pour vos déménagements."));
        Items.publish(fixtures.token(fixtures.member(arras.id)), "offers", Items.service(marker + " Graphisme", "Logos et affiches."));
        Items.publish(lilleToken, "requests", Items.loan(marker + " Besoin de tables", "Pour notre fête de quartier."));
        Items.publish(fixtures.token(fixtures.member(newcomer.id)), "offers", Items.loan(marker + " Prêt de vélos", "Dix vélos."));
        Map<String, Object> event = EventInputs.apero(LocalDateTime.of(2030, 3, 12, 18, 30), 40);
        event.put("title", marker + " Apéro de printemps");
        Api.as(fixtures.token(fixtures.animator())).body(event).post("/api/v1/events").then().statusCode(201);
        newsletters.confirmedExchange(lille.id, arras.id, paris(2030, 2, 20, 15), "Camion prêté pour un salon",
                marker + " Sans ce camion, notre salon n'aurait pas eu lieu.");

        String animator = fixtures.token(fixtures.animator());
        return Api.as(animator).body(Map.of("month", "2030-03")).post("/api/v1/newsletters").then().statusCode(201)
                .header("ETag", equalTo("\"0\"")).body("status", equalTo("DRAFT")).body("month", equalTo("2030-03"))
                .body("figures.month", equalTo("2030-02")).body("actions", hasItem("SEND"))
                .extract().jsonPath();
    }

    private static List<String> sectionsAndTitles(JsonPath draft, String marker) {
        List<String> found = new ArrayList<>();
        List<Map<String, Object>> items = draft.getList("items");
        for (Map<String, Object> item : items) {
            if (item.get("title").toString().contains(marker) || item.get("summary").toString().contains(marker)) {
                found.add(item.get("section") + " " + item.get("title") + " [" + item.get("territory") + "]");
            }
        }
        return found;
    }

    @Test
    void theDraftTellsTheMonthsNewsBySectionAndTerritory() {
        String marker = Fixtures.unique("Lettre");
        JsonPath draft = februaryNews(marker);

        assertEquals(List.of(
                "NEW_MEMBERS " + marker + " Nouvelle venue [Nord]",
                "OFFERS " + marker + " Prêt de camion [Nord]",
                "OFFERS " + marker + " Graphisme [Pas-de-Calais]",
                "REQUESTS " + marker + " Besoin de tables [Nord]",
                "EVENTS " + marker + " Apéro de printemps [Nord]",
                "STORY " + marker + " Ressourcerie → " + marker + " Coop d'Arras [null]"), sectionsAndTitles(draft, marker));
        // The newcomer's offer is told with them, not among the offers.
        Map<String, Object> newcomer = draft.getMap("items.find { it.section == 'NEW_MEMBERS' && it.title.contains('" + marker + "') }");
        assertTrue(newcomer.get("summary").toString().contains("→ " + marker + " Prêt de vélos"), newcomer.toString());
        assertTrue(newcomer.get("link").toString().startsWith("http"), newcomer.toString());
        assertTrue(draft.getLong("figures.newMembers") >= 1);

        // One issue per month; members neither compose nor read drafts.
        String animator = fixtures.token(fixtures.animator());
        Api.as(animator).body(Map.of("month", "2030-03")).post("/api/v1/newsletters").then().statusCode(409);
        Api.as(fixtures.token(fixtures.member(fixtures.activeOrganisation().id))).body(Map.of("month", "2030-04"))
                .post("/api/v1/newsletters").then().statusCode(403);
        Api.anonymous().body(Map.of("month", "2030-04")).post("/api/v1/newsletters").then().statusCode(401);
        Api.anonymous().get("/api/v1/newsletters/" + draft.getString("id")).then().statusCode(404);
        Api.anonymous().get("/api/v1/newsletters?size=100").then().statusCode(200).body("items.id", not(hasItem(draft.getString("id"))));
    }

    @Test
    void animatorsWriteTheEditorialPinRemoveAndReorderAndPreviewWhatWillBeSent() {
        String marker = Fixtures.unique("Edition");
        clock.setTo(paris(2030, 6, 10, 10));
        Organisation lille = fixtures.organisation(marker + " Asso", OrganisationStatus.ACTIVE, "commune:59350");
        newsletters.joinedAt(lille.id, paris(2024, 5, 1, 9));
        String member = fixtures.token(fixtures.member(lille.id));
        Items.publish(member, "offers", Items.loan(marker + " Offre A", "Première."));
        Items.publish(member, "offers", Items.loan(marker + " Offre B", "Deuxième."));
        Items.publish(member, "offers", Items.loan(marker + " Offre C <script>alert(1)</script>", "Troisième."));
        String animator = fixtures.token(fixtures.animator());
        JsonPath draft = Api.as(animator).body(Map.of("month", "2030-07")).post("/api/v1/newsletters").then().statusCode(201)
                .extract().jsonPath();
        String id = draft.getString("id");
        List<Map<String, Object>> items = draft.getList("items");
        String a = idOf(items, marker + " Offre A");
        String b = idOf(items, marker + " Offre B");
        String c = idOf(items, marker + " Offre C");

        // B pinned first, A removed, C before the rest.
        List<Map<String, Object>> places = new ArrayList<>();
        places.add(place(b, true, false));
        places.add(place(c, false, false));
        for (Map<String, Object> item : items) {
            if (!List.of(a, b, c).contains(item.get("id"))) {
                places.add(place((String) item.get("id"), false, false));
            }
        }
        places.add(place(a, false, true));
        Map<String, Object> edit = Map.of("editorialFr", "Chers adhérents,\n\nBel été à toutes et à tous !",
                "editorialEn", "Dear members,\n\nHave a nice summer!", "items", places);

        // The preview shows the unsaved edit exactly as sent.
        String html = Api.as(animator).body(Map.of("edit", edit, "language", "fr")).post("/api/v1/newsletters/" + id + "/preview")
                .then().statusCode(200).body("subject", equalTo("La lettre d'elBasar — juillet 2030")).extract().path("html");
        assertTrue(html.contains("<p style=\"margin:0 0 12px\">Bel été à toutes et à tous !</p>"), html);
        assertTrue(html.indexOf("À la une") < html.indexOf(marker + " Offre B"), "pinned items open the issue");
        assertFalse(html.contains(marker + " Offre A"), "removed items are not sent");
        assertFalse(html.contains("<script>alert(1)</script>"), "member text is escaped");
        assertTrue(html.contains("&lt;script&gt;"));
        // What common clients render: tables for layout, inline styles only.
        assertTrue(html.contains("<table role=\"presentation\""), html);
        assertFalse(html.contains("<style") || html.contains(" class=") || html.contains("<div style=\"display:flex"), html);
        String text = Api.as(animator).body(Map.of("edit", edit, "language", "en")).post("/api/v1/newsletters/" + id + "/preview")
                .then().statusCode(200).body("subject", equalTo("The elBasar newsletter — July 2030"))
                .body("html", containsString("Highlights")).extract().path("text");
        assertTrue(text.contains("Have a nice summer!") && text.contains("== New offers ==") && !text.contains(marker + " Offre A"), text);
        Api.as(animator).get("/api/v1/newsletters/" + id).then().body("editorialFr", equalTo(""));

        // Saving needs the version read.
        Api.as(animator).body(edit).put("/api/v1/newsletters/" + id).then().statusCode(428);
        Api.as(animator).header("If-Match", "\"7\"").body(edit).put("/api/v1/newsletters/" + id).then().statusCode(412);
        Map<String, Object> missingOne = new HashMap<>(edit);
        missingOne.put("items", places.subList(1, places.size()));
        Api.as(animator).header("If-Match", "\"0\"").body(missingOne).put("/api/v1/newsletters/" + id).then().statusCode(400)
                .body("violations[0].field", equalTo("items"));
        JsonPath saved = Api.as(animator).header("If-Match", "\"0\"").body(edit).put("/api/v1/newsletters/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("editorialEn", equalTo("Dear members,\n\nHave a nice summer!"))
                .extract().jsonPath();
        List<Map<String, Object>> savedItems = saved.getList("items");
        assertEquals(b, savedItems.get(0).get("id"));
        assertEquals(true, savedItems.get(0).get("pinned"));
        assertEquals(c, savedItems.get(1).get("id"));
        assertEquals(a, savedItems.get(savedItems.size() - 1).get("id"));
        assertEquals(true, savedItems.get(savedItems.size() - 1).get("removed"));

        // A refresh finds a new offer and keeps the editorial, the pin and the removal.
        Items.publish(member, "offers", Items.loan(marker + " Offre D", "Arrivée après."));
        JsonPath refreshed = Api.as(animator).post("/api/v1/newsletters/" + id + "/refresh").then().statusCode(200)
                .body("editorialFr", containsString("Bel été")).extract().jsonPath();
        List<Map<String, Object>> refreshedItems = refreshed.getList("items");
        assertEquals(b, refreshedItems.get(0).get("id"));
        assertEquals(true, refreshedItems.get(0).get("pinned"));
        assertTrue(refreshedItems.stream().anyMatch(item -> item.get("id").equals(a) && Boolean.TRUE.equals(item.get("removed"))));
        assertTrue(refreshedItems.stream().anyMatch(item -> item.get("title").equals(marker + " Offre D")));

        Api.as(fixtures.token(fixtures.member(lille.id))).body(Map.of("edit", edit, "language", "fr"))
                .post("/api/v1/newsletters/" + id + "/preview").then().statusCode(403);
    }

    @Test
    void theDraftIsComposedOnTheFirstWorkingDayOfTheMonth() {
        assertEquals(LocalDate.of(2031, 1, 2), WorkingDays.first(YearMonth.of(2031, 1)));   // 1 January is a holiday
        assertEquals(LocalDate.of(2032, 5, 3), WorkingDays.first(YearMonth.of(2032, 5)));   // Saturday 1 May
        assertEquals(LocalDate.of(2028, 5, 2), WorkingDays.first(YearMonth.of(2028, 5)));   // Monday 1 May, Labour Day
        assertEquals(LocalDate.of(2024, 4, 2), WorkingDays.first(YearMonth.of(2024, 4)));   // Monday 1 April 2024, Easter Monday
        assertEquals(LocalDate.of(2033, 8, 1), WorkingDays.first(YearMonth.of(2033, 8)));
        assertEquals(LocalDate.of(2030, 6, 3), WorkingDays.first(YearMonth.of(2030, 6)));   // Saturday 1 June

        clock.setTo(paris(2031, 1, 1, 6));
        assertFalse(monthlyDraft.composeWhenDue(), "not on a holiday");
        clock.setTo(paris(2031, 1, 2, 6));
        assertTrue(monthlyDraft.composeWhenDue());
        assertFalse(monthlyDraft.composeWhenDue(), "once a month");
        String animator = fixtures.token(fixtures.animator());
        long statementsRun = statements.countDuring(() -> Api.as(animator).get("/api/v1/newsletters?size=100").then().statusCode(200)
                .body("items.month", hasItem("2031-01")));
        assertTrue(statementsRun <= 2, statementsRun + " statements for the list, whatever its length");
    }

    private static String idOf(List<Map<String, Object>> items, String title) {
        return items.stream().filter(item -> item.get("title").toString().startsWith(title)).map(item -> (String) item.get("id"))
                .findFirst().orElseThrow(() -> new AssertionError("No item " + title + " in " + items));
    }

    private static Map<String, Object> place(String id, boolean pinned, boolean removed) {
        return Map.of("id", id, "pinned", pinned, "removed", removed);
    }
}
