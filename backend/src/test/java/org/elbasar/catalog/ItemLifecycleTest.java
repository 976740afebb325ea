package org.elbasar.catalog;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.elbasar.member.domain.Organisation;
import org.elbasar.member.domain.OrganisationStatus;
import org.elbasar.testing.Api;
import org.elbasar.testing.Fixtures;
import org.elbasar.testing.Items;
import org.elbasar.testing.Statements;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ItemLifecycleTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Statements statements;

    @Test
    void aDraftIsPrivateUntilPublishedThenFoundByAll() {
        Organisation organisation = fixtures.activeOrganisation();
        String member = fixtures.token(fixtures.member(organisation.id));
        String title = "Prêt d'une remorque " + Fixtures.unique("r");
        String id = Api.as(member).body(Items.loan(title, "Remorque bâchée 750 kg.")).post("/api/v1/offers")
                .then().statusCode(201).header("ETag", notNullValue())
                .body("status", equalTo("DRAFT")).body("market", equalTo(false))
                .body("organisation.id", equalTo(organisation.id.toString()))
                .body("editable", equalTo(true))
                .extract().path("id");
        Api.anonymous().get("/api/v1/offers/" + id).then().statusCode(404);
        Api.anonymous().get("/api/v1/requests/" + id).then().statusCode(404);

        Api.as(member).post("/api/v1/offers/" + id + "/publish").then().statusCode(200).body("status", equalTo("PUBLISHED"))
                .body("publishedAt", notNullValue());
        Api.anonymous().get("/api/v1/offers/" + id).then().statusCode(200).body("title", equalTo(title))
                .body("contact", nullValue()).body("editable", equalTo(false));
        Api.as(fixtures.token(fixtures.member(fixtures.activeOrganisation().id))).get("/api/v1/offers/" + id).then()
                .body("contact.email", notNullValue());
        Api.anonymous().queryParam("q", title).get("/api/v1/offers").then().body("items.id", hasItem(id));

        Api.as(member).post("/api/v1/offers/" + id + "/publish").then().statusCode(409);
        Api.as(member).post("/api/v1/offers/" + id + "/withdraw").then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        Api.anonymous().get("/api/v1/offers/" + id).then().statusCode(404);
        Api.as(member).post("/api/v1/offers/" + id + "/fulfil").then().statusCode(200).body("status", equalTo("FULFILLED"));
    }

    @Test
    void anItemPageReadsTheItemWithItsOrganisationThenItsPhotos() {
        Organisation organisation = fixtures.activeOrganisation();
        String id = Items.publish(fixtures.token(fixtures.member(organisation.id)), "offers",
                Items.loan("Prêt d'un broyeur " + Fixtures.unique("b"), "Broyeur de végétaux thermique."));
        Api.anonymous().get("/api/v1/offers/" + id).then().statusCode(200);

        // categories and territories come from the second-level cache once read
        long read = statements.countDuring(() -> Api.anonymous().get("/api/v1/offers/" + id).then().statusCode(200)
                .body("category.parent", notNullValue()).body("organisation.commune.name", notNullValue()));
        assertEquals(2, read);
    }

    @Test
    void editsNeedTheVersionReadAndAreRecorded() {
        String member = fixtures.token(fixtures.member(fixtures.activeOrganisation().id));
        String id = Items.publish(member, "offers", Items.loan("Remorque " + Fixtures.unique("v"), "Version 1."));
        String etag = Api.as(member).get("/api/v1/offers/" + id).header("ETag");
        Map<String, Object> changed = Items.loan("Remorque renommée", "Version 2.");
        Api.as(member).header("If-Match", etag).body(changed).put("/api/v1/offers/" + id).then().statusCode(200)
                .body("title", equalTo("Remorque renommée"));
        Api.as(member).header("If-Match", etag).body(Items.loan("Écrasement", "x")).put("/api/v1/offers/" + id)
                .then().statusCode(412).contentType("application/problem+json");
        Api.as(member).body(Items.loan("Sans version", "x")).put("/api/v1/offers/" + id).then().statusCode(428);
        Api.as(member).get("/api/v1/offers/" + id + "/history").then().statusCode(200)
                .body("[0].action", equalTo("updated"))
                .body("[0].changes.title.to", equalTo("Remorque renommée"))
                .body("action", hasItem("published"))
                .body("action", hasItem("created"));
    }

    @Test
    void onlyTheOwningOrganisationWrites() {
        String owner = fixtures.token(fixtures.member(fixtures.activeOrganisation().id));
        String id = Items.publish(owner, "offers", Items.loan("Remorque " + Fixtures.unique("o"), "À nous."));
        String draft = Api.as(owner).body(Items.loan("Brouillon " + Fixtures.unique("d"), "x")).post("/api/v1/offers")
                .then().statusCode(201).extract().path("id");
        String stranger = fixtures.token(fixtures.orgAdmin(fixtures.activeOrganisation().id));
        String etag = Api.as(owner).get("/api/v1/offers/" + id).header("ETag");

        Api.as(stranger).header("If-Match", etag).body(Items.loan("Volé", "x")).put("/api/v1/offers/" + id).then().statusCode(403);
        for (String action : java.util.List.of("publish", "withdraw", "fulfil", "extend")) {
            Api.as(stranger).post("/api/v1/offers/" + id + "/" + action).then().statusCode(403);
        }
        Api.as(stranger).get("/api/v1/offers/" + id + "/history").then().statusCode(403);
        Api.as(stranger).post("/api/v1/offers/" + draft + "/publish").then().statusCode(404);
        Api.as(stranger).get("/api/v1/offers/" + draft).then().statusCode(404);
        Api.anonymous().post("/api/v1/offers/" + id + "/withdraw").then().statusCode(401);
        Api.anonymous().body(Items.loan("Anonyme", "x")).post("/api/v1/offers").then().statusCode(401);
        Api.as(fixtures.token(fixtures.animator())).body(Items.loan("Animation", "x")).post("/api/v1/offers").then().statusCode(403);
        Organisation pending = fixtures.organisation(Fixtures.unique("Pending"), OrganisationStatus.PENDING, "commune:59350");
        Api.as(fixtures.token(fixtures.orgAdmin(pending.id))).body(Items.loan("En attente", "x")).post("/api/v1/offers")
                .then().statusCode(403);
    }

    @Test
    void theOrganisationSeesAllItsItemsInEveryState() {
        Organisation organisation = fixtures.activeOrganisation();
        String member = fixtures.token(fixtures.member(organisation.id));
        Items.publish(member, "requests", Items.loan("Cherche remorque " + Fixtures.unique("m"), "Pour un déménagement."));
        Api.as(member).body(Items.loan("Brouillon " + Fixtures.unique("m"), "x")).post("/api/v1/requests").then().statusCode(201);
        Api.as(member).queryParam("kind", "REQUEST").get("/api/v1/organisations/" + organisation.id + "/items").then()
                .statusCode(200).body("total", equalTo(2)).body("items.status", hasItem("DRAFT"));
        String outsider = fixtures.token(fixtures.member(fixtures.activeOrganisation().id));
        Api.as(outsider).queryParam("kind", "REQUEST").get("/api/v1/organisations/" + organisation.id + "/items").then()
                .statusCode(403);
    }

    @Test
    void categoriesAreATwoLevelList() {
        Api.anonymous().get("/api/v1/categories").then().statusCode(200)
                .body("code", hasItem("transport"))
                .body("find { it.code == 'transport' }.children.code", hasItem("transport-vehicles"));
        Api.anonymous().header("Accept-Language", "en").get("/api/v1/categories").then()
                .body("find { it.code == 'food' }.name", equalTo("Food and catering"));
    }

    @Test
    void adminsEditTheCategories() {
        String code = "test-" + Fixtures.unique("c").toLowerCase();
        Map<String, Object> category = Map.of("parentCode", "transport", "nameFr", "Vélos cargos", "nameEn", "Cargo bikes", "position", 99);
        Api.as(fixtures.token(fixtures.animator())).body(category).put("/api/v1/categories/" + code).then().statusCode(403);
        String admin = fixtures.token(fixtures.admin());
        Api.as(admin).body(category).put("/api/v1/categories/" + code).then().statusCode(200).body("name", equalTo("Vélos cargos"));
        Api.anonymous().get("/api/v1/categories").then().body("find { it.code == 'transport' }.children.code", hasItem(code));
        Api.as(admin).body(Map.of("parentCode", code, "nameFr", "x", "nameEn", "x", "position", 1))
                .put("/api/v1/categories/" + code + "-x").then().statusCode(400).body("violations[0].field", equalTo("parentCode"));
        Api.as(admin).delete("/api/v1/categories/transport").then().statusCode(409);
        Api.as(admin).delete("/api/v1/categories/" + code).then().statusCode(204);
    }
}
