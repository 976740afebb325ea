package org.elbasar.catalog;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.elbasar.account.domain.Person;
import org.elbasar.testing.Api;
import org.elbasar.testing.Fixtures;
import org.elbasar.testing.Items;
import org.elbasar.testing.Mails;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ModerationTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Mails mails;

    @Test
    void anAnimatorHidesAnItemWithAReasonTheAuthorReceivesThenRestoresIt() {
        Person author = fixtures.member(fixtures.activeOrganisation().id);
        String token = fixtures.token(author);
        String title = "Promotion " + Fixtures.unique("p");
        String id = Items.publish(token, "offers", Items.service(title, "Offre commerciale hors sujet."));
        String animator = fixtures.token(fixtures.animator());

        Api.as(token).body(Map.of("reason", "x")).post("/api/v1/offers/" + id + "/hide").then().statusCode(403);
        Api.as(animator).body(Map.of("reason", "")).post("/api/v1/offers/" + id + "/hide").then().statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        Api.as(animator).body(Map.of("reason", "Sans lien avec l'ESS")).post("/api/v1/offers/" + id + "/hide").then()
                .statusCode(200).body("moderation.reason", equalTo("Sans lien avec l'ESS"));

        Api.anonymous().get("/api/v1/offers/" + id).then().statusCode(404);
        Api.anonymous().queryParam("q", title).get("/api/v1/offers").then().body("total", equalTo(0));
        Api.as(token).get("/api/v1/offers/" + id).then().statusCode(200).body("moderation.reason", equalTo("Sans lien avec l'ESS"));
        assertTrue(mails.to(author.email).stream().anyMatch(m -> m.getText().contains("Sans lien avec l'ESS")));
        Api.as(animator).queryParam("kind", "OFFER").queryParam("size", 100).get("/api/v1/moderation/items").then()
                .statusCode(200).body("items.id", hasItem(id))
                .body("items.find { it.id == '" + id + "' }.moderationReason", equalTo("Sans lien avec l'ESS"));
        Api.as(token).queryParam("kind", "OFFER").get("/api/v1/moderation/items").then().statusCode(403);

        Api.as(animator).body(Map.of("reason", "encore")).post("/api/v1/offers/" + id + "/hide").then().statusCode(409);
        Api.as(animator).post("/api/v1/offers/" + id + "/restore").then().statusCode(200);
        Api.anonymous().queryParam("q", title).get("/api/v1/offers").then().body("total", equalTo(1));
        Api.as(token).get("/api/v1/offers/" + id + "/history").then().body("action", hasItem("hidden"))
                .body("action", hasItem("restored"));
    }
}
