package org.elbasar.catalog;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.mailer.Mail;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.elbasar.account.domain.Person;
import org.elbasar.catalog.service.CatalogJobs;
import org.elbasar.testing.Api;
import org.elbasar.testing.Fixtures;
import org.elbasar.testing.Items;
import org.elbasar.testing.Mails;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SavedSearchTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Mails mails;

    @Inject
    CatalogJobs jobs;

    @Test
    void newMatchesComeInADailyDigestWithAOneClickUnsubscribe() {
        String marker = "zs" + Fixtures.unique("").replace("-", "");
        Person watcher = fixtures.member(fixtures.activeOrganisation().id);
        String watcherToken = fixtures.token(watcher);
        String id = Api.as(watcherToken).body(Map.of("name", "Remorques " + marker, "kind", "OFFER",
                "criteria", Map.of("q", "remorque " + marker, "territory", "commune:59350")))
                .post("/api/v1/saved-searches").then().statusCode(201).body("active", equalTo(true)).extract().path("id");

        Api.as(watcherToken).get("/api/v1/saved-searches").then().body("[0].criteria.q", equalTo("remorque " + marker));
        String publisher = fixtures.token(fixtures.member(fixtures.activeOrganisation().id));
        String title = "Prêt de remorque " + marker;
        Items.publish(publisher, "offers", Items.loan(title, "Remorque disponible."));
        Items.publish(publisher, "offers", Items.service("Affiches " + marker, "Sans rapport."));

        jobs.sendDigests();
        List<Mail> digests = mails.to(watcher.email);
        assertEquals(1, digests.size());
        Mail digest = digests.get(0);
        assertTrue(digest.getText().contains(title), digest.getText());
        assertTrue(!digest.getText().contains("Affiches"));
        String unsubscribe = digest.getHeaders().get("List-Unsubscribe").get(0);
        assertEquals("List-Unsubscribe=One-Click", digest.getHeaders().get("List-Unsubscribe-Post").get(0));
        Api.as(watcherToken).get("/api/v1/saved-searches/" + id + "/matches").then().statusCode(200)
                .body("items[0].title", equalTo(title));

        jobs.sendDigests();
        assertEquals(1, mails.to(watcher.email).size(), "nothing new, no email");

        String token = unsubscribe.substring(unsubscribe.indexOf("token=") + 6, unsubscribe.length() - 1);
        Api.anonymous().contentType("application/x-www-form-urlencoded").formParam("List-Unsubscribe", "One-Click")
                .post("/api/v1/saved-searches/unsubscribe?token=" + token).then().statusCode(204);
        Items.publish(publisher, "offers", Items.loan("Remorque double " + marker, "Remorque."));
        jobs.sendDigests();
        assertEquals(1, mails.to(watcher.email).size(), "unsubscribed");
        Api.as(watcherToken).get("/api/v1/saved-searches").then().body("find { it.id == '" + id + "' }.active", equalTo(false));
    }

    @Test
    void savedSearchesArePrivate() {
        String owner = fixtures.token(fixtures.member(fixtures.activeOrganisation().id));
        String id = Api.as(owner).body(Map.of("name", "Mes vélos", "kind", "OFFER", "criteria", Map.of("q", "velo")))
                .post("/api/v1/saved-searches").then().statusCode(201).extract().path("id");
        String other = fixtures.token(fixtures.member(fixtures.activeOrganisation().id));
        Api.as(other).get("/api/v1/saved-searches/" + id + "/matches").then().statusCode(404);
        Api.as(other).delete("/api/v1/saved-searches/" + id).then().statusCode(404);
        Api.anonymous().get("/api/v1/saved-searches").then().statusCode(401);
        Api.as(owner).delete("/api/v1/saved-searches/" + id).then().statusCode(204);
        Api.anonymous().post("/api/v1/saved-searches/unsubscribe?token=guess").then().statusCode(404);
        Api.as(owner).body(Map.of("name", "x", "kind", "OFFER", "criteria", Map.of("mode", "GIFT")))
                .post("/api/v1/saved-searches").then().statusCode(400).body("violations[0].field", equalTo("criteria.mode"));
    }
}
