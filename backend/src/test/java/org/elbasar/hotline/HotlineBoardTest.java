package org.elbasar.hotline;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.elbasar.account.domain.Person;
import org.elbasar.hotline.service.HotlineBoard;
import org.elbasar.member.domain.Organisation;
import org.elbasar.testing.Api;
import org.elbasar.testing.Fixtures;
import org.elbasar.testing.Items;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HotlineBoardTest {

    @Inject
    Fixtures fixtures;

    static Map<String, Object> need(Organisation organisation, String channel, String title) {
        Map<String, Object> request = new HashMap<>(Items.loan(title, "Besoin reçu par l'animation : " + title + "."));
        request.remove("indicativeValue");
        request.remove("availability");
        Map<String, Object> need = new HashMap<>();
        need.put("organisationId", organisation.id.toString());
        need.put("channel", channel);
        need.put("request", request);
        return need;
    }

    @Test
    void anAnimatorTypesInANeedReceivedByPhoneAndHandlesIt() {
        Organisation organisation = fixtures.activeOrganisation();
        Person admin = fixtures.orgAdmin(organisation.id);
        Person animator = fixtures.animator();
        String token = fixtures.token(animator);
        String title = "Besoin d'une remorque " + Fixtures.unique("t");
        int receivedBefore = Api.as(token).get("/api/v1/hotline/figures").then().statusCode(200).extract().path("needsReceived");

        String requestId = Api.as(token).body(need(organisation, "PHONE", title)).post("/api/v1/hotline/needs").then()
                .statusCode(201)
                .body("summary.title", equalTo(title)).body("summary.channel", equalTo("PHONE"))
                .body("summary.status", equalTo("IN_PROGRESS"))
                .body("summary.assignee.id", equalTo(animator.id.toString()))
                .body("requestedBy.id", equalTo(admin.id.toString()))
                .body("enteredBy.id", equalTo(animator.id.toString()))
                .extract().path("summary.requestId");
        // the request is in the catalogue, written by the person who asked
        Api.anonymous().get("/api/v1/requests/" + requestId).then().statusCode(200).body("title", equalTo(title));

        Api.as(token).body(Map.of("text", "Rappeler jeudi matin.")).post("/api/v1/hotline/cases/" + requestId + "/notes").then()
                .statusCode(201).body("author.id", equalTo(animator.id.toString()));
        Api.as(token).body(Map.of("status", "IN_PROGRESS", "dueOn", "2030-01-15")).put("/api/v1/hotline/cases/" + requestId).then()
                .statusCode(200).body("summary.dueOn", equalTo("2030-01-15")).body("summary.assignee", equalTo(null))
                .body("notes[0].text", equalTo("Rappeler jeudi matin."));
        Api.as(token).body(Map.of("status", "IN_PROGRESS", "assigneeId", admin.id.toString())).put("/api/v1/hotline/cases/" + requestId)
                .then().statusCode(400).body("violations[0].field", equalTo("assigneeId"));

        Api.as(token).queryParam("territory", organisation.commune.id).queryParam("status", "IN_PROGRESS").get("/api/v1/hotline/cases")
                .then().statusCode(200).body("items.requestId", hasItem(requestId));
        // a resolved need, due long ago (the earliest a due date may be) so that it heads the resolved ones, shows the filter keeps something
        String resolvedId = Api.as(token).body(need(organisation, "EMAIL", title + " (réglé)")).post("/api/v1/hotline/needs").then()
                .statusCode(201).extract().path("summary.requestId");
        Api.as(token).body(Map.of("status", "RESOLVED", "dueOn", LocalDate.now().minusMonths(11).toString())).put("/api/v1/hotline/cases/" + resolvedId).then()
                .statusCode(200);
        Api.as(token).queryParam("status", "RESOLVED").get("/api/v1/hotline/cases").then().statusCode(200)
                .body("items.requestId", hasItem(resolvedId)).body("items.requestId", not(hasItem(requestId)));
        Api.as(token).get("/api/v1/hotline/figures").then().statusCode(200).body("needsReceived", equalTo(receivedBefore + 2));
        Api.as(token).get("/api/v1/hotline/staff").then().statusCode(200).body("id", hasItem(animator.id.toString()))
                .body("id", not(hasItem(admin.id.toString())));
    }

    @Test
    void aRequestPublishedByAMemberOpensACase() {
        Organisation organisation = fixtures.activeOrganisation();
        String member = fixtures.token(fixtures.member(organisation.id));
        String id = Items.publish(member, "requests", Items.loan("Cherche une bétonnière " + Fixtures.unique("b"), "Pour un chantier."));
        Api.as(fixtures.token(fixtures.animator())).get("/api/v1/hotline/cases/" + id).then().statusCode(200)
                .body("summary.status", equalTo("NEW")).body("summary.channel", equalTo("PLATFORM"))
                .body("summary.receivedAt", notNullValue());
    }

    @Test
    void needsAreCheckedBeforeAnythingIsPublished() {
        Organisation organisation = fixtures.activeOrganisation();
        String token = fixtures.token(fixtures.animator());
        Api.as(token).body(need(organisation, "PLATFORM", "Un besoin")).post("/api/v1/hotline/needs").then()
                .statusCode(400).body("violations[0].field", equalTo("channel"));
        Map<String, Object> foreignAsker = need(organisation, "EMAIL", "Un besoin");
        foreignAsker.put("requestedBy", fixtures.member(fixtures.activeOrganisation().id).id.toString());
        Api.as(token).body(foreignAsker).post("/api/v1/hotline/needs").then()
                .statusCode(400).body("violations[0].field", equalTo("requestedBy"));
        Map<String, Object> noTitle = need(organisation, "EMAIL", "");
        Api.as(token).body(noTitle).post("/api/v1/hotline/needs").then()
                .statusCode(400).body("violations[0].field", equalTo("request.title"));
    }

    @Test
    void onlyStaffSeeTheBoard() {
        Organisation organisation = fixtures.activeOrganisation();
        String member = fixtures.token(fixtures.orgAdmin(organisation.id));
        for (String path : List.of("/api/v1/hotline/cases", "/api/v1/hotline/figures", "/api/v1/hotline/matches")) {
            Api.anonymous().get(path).then().statusCode(401);
            Api.as(member).get(path).then().statusCode(403);
        }
        Api.as(member).body(need(organisation, "PHONE", "Un besoin")).post("/api/v1/hotline/needs").then().statusCode(403);
        Api.as(fixtures.token(fixtures.admin())).get("/api/v1/hotline/cases").then().statusCode(200);
    }

    @Inject
    HotlineBoard board;

    @Inject
    EntityManager entityManager;

    private long requestsWithoutCase(Organisation organisation) {
        return ((Number) entityManager.createNativeQuery("""
                SELECT count(*) FROM catalog_item i WHERE i.organisation_id = :organisation AND i.kind = 'REQUEST'
                  AND NOT EXISTS (SELECT 1 FROM hotline_case h WHERE h.request_id = i.id)""")
                .setParameter("organisation", organisation.id).getSingleResult()).longValue();
    }

    @Test
    void requestsImportedWithoutTheirCasesJoinTheBoardAtStartInTransactionsOfBoundedSize() {
        Organisation organisation = fixtures.activeOrganisation();
        String member = fixtures.token(fixtures.member(organisation.id));
        String request = Items.publish(member, "requests", Items.loan("Besoin importé", "Arrivé par un import."));
        fixtures.copies(java.util.UUID.fromString(request), 25);
        assertEquals(25, requestsWithoutCase(organisation));

        int opened = board.openMissing(10);
        assertEquals(10, opened, "at most the batch's size in one transaction");
        assertEquals(15, requestsWithoutCase(organisation));
        board.openMissing(new StartupEvent());
        assertEquals(0, requestsWithoutCase(organisation));
        assertEquals(0, board.openMissing(10));
    }
}
