package org.elbasar.catalog;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.mailer.Mail;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.elbasar.account.domain.Person;
import org.elbasar.catalog.service.CatalogJobs;
import org.elbasar.testing.Api;
import org.elbasar.testing.Fixtures;
import org.elbasar.testing.Items;
import org.elbasar.testing.Mails;
import org.elbasar.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExpiryTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Mails mails;

    @Inject
    CatalogJobs jobs;

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theAuthorIsWarnedAWeekBeforeAndExtendsInOneClick() {
        Person author = fixtures.member(fixtures.activeOrganisation().id);
        String token = fixtures.token(author);
        Map<String, Object> body = Items.loan("Remorque " + Fixtures.unique("e"), "x");
        body.put("expiresOn", LocalDate.now().plusDays(20).toString());
        String id = Items.publish(token, "offers", body);

        jobs.remindExpiring();
        assertTrue(mails.to(author.email).isEmpty(), "not yet: 20 days left");
        clock.advance(Duration.ofDays(14));
        jobs.remindExpiring();
        jobs.remindExpiring();
        List<Mail> reminders = mails.to(author.email);
        assertEquals(1, reminders.size(), "one reminder, however often the job runs");
        assertTrue(reminders.get(0).getSubject().contains("expire bientôt"));
        String link = mails.tokenFrom(author.email, "/extend/");

        Instant before = Instant.parse(Api.anonymous().get("/api/v1/offers/" + id).path("expiresAt"));
        Api.anonymous().post("/api/v1/catalog/extensions/" + link).then().statusCode(200);
        Instant after = Instant.parse(Api.anonymous().get("/api/v1/offers/" + id).path("expiresAt"));
        assertEquals(Duration.ofDays(90), Duration.between(before, after));
        Api.anonymous().post("/api/v1/catalog/extensions/" + link).then().statusCode(404)
                .body("type", equalTo("https://elbasar.org/problems/invalid-token"));
    }

    @Test
    void anExpiredItemLeavesTheCatalogueAndComesBackWhenExtended() {
        String token = fixtures.token(fixtures.member(fixtures.activeOrganisation().id));
        String title = "Remorque " + Fixtures.unique("x");
        String id = Items.publish(token, "offers", Items.loan(title, "x"));
        clock.advance(Duration.ofDays(91));
        Api.anonymous().queryParam("q", title).get("/api/v1/offers").then().body("total", equalTo(0));
        assertTrue(jobs.expire() >= 1);
        Api.as(token).get("/api/v1/offers/" + id).then().body("status", equalTo("EXPIRED"));
        Api.anonymous().get("/api/v1/offers/" + id).then().statusCode(404);

        Api.as(token).post("/api/v1/offers/" + id + "/extend").then().statusCode(200).body("status", equalTo("PUBLISHED"));
        Api.anonymous().queryParam("q", title).get("/api/v1/offers").then().body("total", equalTo(1));
    }
}
