package org.elbasar.hotline;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.elbasar.account.domain.Person;
import org.elbasar.hotline.service.FollowUps;
import org.elbasar.member.domain.Organisation;
import org.elbasar.testing.Api;
import org.elbasar.testing.Fixtures;
import org.elbasar.testing.Items;
import org.elbasar.testing.Mails;
import org.elbasar.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FollowUpTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Mails mails;

    @Inject
    TestClock clock;

    @Inject
    FollowUps followUps;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    record Introduced(String id, String requestId, Person asker, Person lender) {
    }

    private Introduced introduce() {
        Organisation requester = fixtures.activeOrganisation();
        Person asker = fixtures.member(requester.id);
        Person lender = fixtures.member(fixtures.activeOrganisation().id);
        String requestId = Items.publish(fixtures.token(asker), "requests", Items.loan("Cherche un vélo cargo " + Fixtures.unique("r"), "Pour livrer."));
        String offerId = Items.publish(fixtures.token(lender), "offers", Items.loan("Prête un vélo cargo " + Fixtures.unique("o"), "Vélo cargo."));
        String id = Api.as(fixtures.token(fixtures.animator()))
                .body(Map.of("requestId", requestId, "offerId", offerId, "message", "Voici un vélo cargo."))
                .post("/api/v1/introductions").then().statusCode(201).extract().path("id");
        return new Introduced(id, requestId, asker, lender);
    }

    @Test
    void theProvidersYesFromTheEmailLinkMakesTheExchangeAndResolvesTheNeed() {
        Introduced made = introduce();
        String token = mails.tokenFrom(made.lender().email, "/follow-up/");

        Api.anonymous().get("/api/v1/follow-ups/" + token).then().statusCode(200)
                .body("side", equalTo("PROVIDER")).body("answer", equalTo(null));
        Api.anonymous().body(Map.of("answer", "YES")).post("/api/v1/follow-ups/" + token).then().statusCode(200)
                .body("answer", equalTo("YES"));
        Api.anonymous().body(Map.of("answer", "NO")).post("/api/v1/follow-ups/" + token).then().statusCode(409);
        Api.as(fixtures.token(fixtures.animator())).get("/api/v1/hotline/cases/" + made.requestId()).then()
                .body("summary.status", equalTo("RESOLVED"))
                .body("introductions[0].status", equalTo("EXCHANGE_MADE"))
                .body("introductions[0].answers[0].side", equalTo("PROVIDER"))
                .body("introductions[0].answers[0].answer", equalTo("YES"));
    }

    @Test
    void linksCannotBeGuessedOrTamperedWithAndExpire() {
        Introduced made = introduce();
        String token = mails.tokenFrom(made.asker().email, "/follow-up/");
        String tampered = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
        Api.anonymous().get("/api/v1/follow-ups/" + tampered).then().statusCode(404);
        Api.anonymous().body(Map.of("answer", "YES")).post("/api/v1/follow-ups/" + tampered).then().statusCode(404);
        Api.anonymous().body(Map.of("answer", "MAYBE")).post("/api/v1/follow-ups/" + token).then().statusCode(400)
                .body("violations[0].field", equalTo("answer"));

        clock.advance(Duration.ofDays(46));
        Api.anonymous().get("/api/v1/follow-ups/" + token).then().statusCode(410);
        Api.anonymous().body(Map.of("answer", "NOT_YET")).post("/api/v1/follow-ups/" + token).then().statusCode(410);
    }

    @Test
    void bothPartiesAreAskedAgainAfter14And30DaysUntilThereIsAnOutcome() {
        Introduced made = introduce();
        int before = mails.to(made.asker().email).size();

        clock.advance(Duration.ofDays(13));
        followUps.sendDue();
        assertEquals(before, mails.to(made.asker().email).size(), "nothing before 14 days");

        clock.advance(Duration.ofDays(1));
        followUps.sendDue();
        followUps.sendDue();
        assertEquals(before + 1, mails.to(made.asker().email).size(), "asked once at 14 days");
        String notYet = mails.tokenFrom(made.asker().email, "/follow-up/");
        Api.anonymous().body(Map.of("answer", "NOT_YET")).post("/api/v1/follow-ups/" + notYet).then().statusCode(200);
        Api.as(fixtures.token(made.asker())).get("/api/v1/introductions/" + made.id()).then().body("status", equalTo("PROPOSED"));

        clock.advance(Duration.ofDays(16));
        followUps.sendDue();
        assertEquals(before + 2, mails.to(made.asker().email).size(), "asked again at 30 days");
        String no = mails.tokenFrom(made.lender().email, "/follow-up/");
        Api.anonymous().body(Map.of("answer", "NO")).post("/api/v1/follow-ups/" + no).then().statusCode(200);
        Api.as(fixtures.token(made.asker())).get("/api/v1/introductions/" + made.id()).then().body("status", equalTo("NO_FOLLOW_UP"));

        clock.advance(Duration.ofDays(30));
        followUps.sendDue();
        assertEquals(before + 2, mails.to(made.asker().email).size(), "no more questions once the outcome is known");
    }

    @Test
    void animatorsSeeIntroductionsThatNeedANudge() {
        Introduced made = introduce();
        String animator = fixtures.token(fixtures.animator());
        Api.as(animator).queryParam("needsNudge", true).queryParam("size", 100).get("/api/v1/introductions").then()
                .body("items.findAll { it.id == '" + made.id() + "' }.size()", equalTo(0));
        clock.advance(Duration.ofDays(8));
        Api.as(animator).queryParam("needsNudge", true).queryParam("size", 100).get("/api/v1/introductions").then()
                .body("items.find { it.id == '" + made.id() + "' }.needsNudge", equalTo(true));
    }
}
