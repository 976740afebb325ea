package org.elbasar.hotline;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.mailer.Mail;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.elbasar.account.domain.Person;
import org.elbasar.member.domain.Organisation;
import org.elbasar.testing.Api;
import org.elbasar.testing.Fixtures;
import org.elbasar.testing.Items;
import org.elbasar.testing.Mails;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IntroductionTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Mails mails;

    @Test
    void anAnimatorIntroducesARequesterToAProviderAndBothGetEachOthersContact() {
        Organisation requester = fixtures.activeOrganisation();
        Person asker = fixtures.member(requester.id);
        Organisation provider = fixtures.activeOrganisation();
        Person lender = fixtures.member(provider.id);
        String requestId = Items.publish(fixtures.token(asker), "requests", Items.loan("Cherche remorque " + Fixtures.unique("r"), "Pour un déménagement."));
        String offerId = Items.publish(fixtures.token(lender), "offers", Items.loan("Prête remorque " + Fixtures.unique("o"), "Remorque 750 kg."));
        String animator = fixtures.token(fixtures.animator());

        String id = Api.as(animator).body(Map.of("requestId", requestId, "offerId", offerId, "message", "Je vous présente l'une à l'autre."))
                .post("/api/v1/introductions").then().statusCode(201)
                .body("status", equalTo("PROPOSED"))
                .body("requester.organisation.id", equalTo(requester.id.toString()))
                .body("provider.organisation.id", equalTo(provider.id.toString()))
                .body("provider.email", equalTo(lender.email))
                .body("requester.email", equalTo(asker.email))
                .extract().path("id");

        List<Mail> toAsker = mails.to(asker.email);
        assertEquals(1, toAsker.size());
        assertTrue(toAsker.get(0).getText().contains(lender.email), "the requester gets the provider's contact");
        assertTrue(toAsker.get(0).getText().contains("/follow-up/"), "with the links to say how it went");
        assertTrue(mails.to(lender.email).get(0).getText().contains(asker.email), "the provider gets the requester's contact");

        Api.as(animator).get("/api/v1/hotline/cases/" + requestId).then()
                .body("summary.status", equalTo("INTRODUCED")).body("summary.introductions", equalTo(1))
                .body("introductions[0].id", equalTo(id));

        // the requester cannot answer for the provider; the provider accepts, then records the exchange
        Api.as(fixtures.token(asker)).post("/api/v1/introductions/" + id + "/accept").then().statusCode(403);
        Api.as(fixtures.token(lender)).post("/api/v1/introductions/" + id + "/accept").then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        Api.as(fixtures.token(lender)).post("/api/v1/introductions/" + id + "/decline").then().statusCode(409);
        Api.as(fixtures.token(asker)).body(Map.of("outcome", "EXCHANGE_MADE")).post("/api/v1/introductions/" + id + "/outcome").then()
                .statusCode(200).body("status", equalTo("EXCHANGE_MADE"));
        Api.as(animator).get("/api/v1/hotline/cases/" + requestId).then().body("summary.status", equalTo("RESOLVED"));
    }

    @Test
    void aMemberContactsTheOrganisationOfAnOfferOrOffersToHelpWithARequest() {
        Organisation mine = fixtures.activeOrganisation();
        Person me = fixtures.member(mine.id);
        Organisation other = fixtures.activeOrganisation();
        Person them = fixtures.member(other.id);
        String offerId = Items.publish(fixtures.token(them), "offers", Items.loan("Prête un broyeur " + Fixtures.unique("o"), "Broyeur."));
        String requestId = Items.publish(fixtures.token(them), "requests", Items.loan("Cherche un diable " + Fixtures.unique("r"), "Diable."));
        String token = fixtures.token(me);

        Api.as(token).body(Map.of("offerId", offerId, "message", "Bonjour, votre broyeur nous intéresse."))
                .post("/api/v1/introductions").then().statusCode(201)
                .body("requester.organisation.id", equalTo(mine.id.toString()))
                .body("provider.organisation.id", equalTo(other.id.toString()))
                .body("requester.email", equalTo(me.email)).body("createdBy.id", equalTo(me.id.toString()));
        Api.as(token).body(Map.of("requestId", requestId, "message", "Nous avons un diable à prêter."))
                .post("/api/v1/introductions").then().statusCode(201)
                .body("requester.organisation.id", equalTo(other.id.toString()))
                .body("provider.organisation.id", equalTo(mine.id.toString()));
        Api.as(token).get("/api/v1/introductions").then().statusCode(200).body("total", equalTo(2));

        String ownOffer = Items.publish(token, "offers", Items.loan("Notre offre " + Fixtures.unique("o"), "La nôtre."));
        Api.as(token).body(Map.of("offerId", ownOffer, "message", "Moi-même")).post("/api/v1/introductions").then()
                .statusCode(400).body("violations[0].field", equalTo("offerId"));
        Api.as(token).body(Map.of("offerId", offerId, "message", "")).post("/api/v1/introductions").then()
                .statusCode(400).body("violations[0].field", equalTo("message"));

        // another organisation's draft request is not told from one that does not exist
        String draftRequest = Api.as(fixtures.token(them)).body(Items.loan("Brouillon " + Fixtures.unique("r"), "Pas publié."))
                .post("/api/v1/requests").then().statusCode(201).extract().path("id");
        List<Object> answers = new java.util.ArrayList<>();
        for (String request : new String[] { draftRequest, java.util.UUID.randomUUID().toString() }) {
            answers.add(Api.as(token).body(Map.of("offerId", offerId, "requestId", request, "message", "Bonjour")).post("/api/v1/introductions")
                    .then().statusCode(400).body("violations[0].field", equalTo("requestId")).extract().path("violations"));
        }
        assertEquals(answers.get(1), answers.get(0));
    }

    @Test
    void anOrganisationWithoutAnOfferIsReachedThroughItsFirstAdministrator() {
        Organisation requester = fixtures.activeOrganisation();
        String requestId = Items.publish(fixtures.token(fixtures.member(requester.id)), "requests",
                Items.loan("Cherche un conseil " + Fixtures.unique("r"), "Conseil."));
        Organisation provider = fixtures.activeOrganisation();
        Person admin = fixtures.orgAdmin(provider.id);
        Api.as(fixtures.token(fixtures.animator()))
                .body(Map.of("requestId", requestId, "providerOrganisationId", provider.id.toString(), "message", "Bonjour"))
                .post("/api/v1/introductions").then().statusCode(201)
                .body("provider.email", equalTo(admin.email)).body("provider.contactName", equalTo(admin.fullName()));
        assertEquals(1, mails.to(admin.email).size(), "the contact shown is the person emailed");
    }

    @Test
    void introductionsAreSeenByTheirPartiesAndAnimatorsOnly() {
        Organisation requester = fixtures.activeOrganisation();
        Organisation provider = fixtures.activeOrganisation();
        Person lender = fixtures.member(provider.id);
        String offerId = Items.publish(fixtures.token(lender), "offers", Items.loan("Prête un barnum " + Fixtures.unique("o"), "Barnum 3x3."));
        String id = Api.as(fixtures.token(fixtures.member(requester.id))).body(Map.of("offerId", offerId, "message", "Bonjour"))
                .post("/api/v1/introductions").then().statusCode(201).extract().path("id");
        String stranger = fixtures.token(fixtures.member(fixtures.activeOrganisation().id));

        Api.anonymous().get("/api/v1/introductions/" + id).then().statusCode(401);
        Api.as(stranger).get("/api/v1/introductions/" + id).then().statusCode(404);
        Api.as(stranger).post("/api/v1/introductions/" + id + "/accept").then().statusCode(404);
        Api.as(stranger).body(Map.of("outcome", "NO_FOLLOW_UP")).post("/api/v1/introductions/" + id + "/outcome").then().statusCode(404);
        Api.as(stranger).get("/api/v1/introductions").then().statusCode(200).body("items.id", not(hasItem(id)));
        Api.as(fixtures.token(lender)).get("/api/v1/introductions").then().statusCode(200).body("items.id", hasItem(id));
        Api.as(fixtures.token(lender)).get("/api/v1/introductions/" + id).then().statusCode(200);
        Api.as(fixtures.token(fixtures.animator())).get("/api/v1/introductions/" + id).then().statusCode(200);
        Api.as(fixtures.token(fixtures.animator())).body(Map.of("offerId", offerId, "message", "Sans demande"))
                .post("/api/v1/introductions").then().statusCode(400).body("violations[0].field", equalTo("requestId"));
        Api.as(fixtures.token(lender)).body(Map.of("outcome", "ACCEPTED")).post("/api/v1/introductions/" + id + "/outcome").then()
                .statusCode(400).body("violations[0].field", equalTo("outcome"));
        Api.as(fixtures.token(lender)).post("/api/v1/introductions/" + id + "/decline").then().statusCode(200)
                .body("status", equalTo("DECLINED")).body("message", containsString("Bonjour"));
    }
}
