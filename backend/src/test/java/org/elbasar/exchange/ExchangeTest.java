package org.elbasar.exchange;

import static org.elbasar.testing.ExchangeInputs.skillsSponsorship;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.elbasar.account.domain.Person;
import org.elbasar.member.domain.Organisation;
import org.elbasar.testing.Api;
import org.elbasar.testing.Fixtures;
import org.elbasar.testing.Items;
import org.elbasar.testing.Statements;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExchangeTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Statements statements;

    @Test
    void theProviderDeclaresTheBeneficiaryConfirmsAndEveryStepIsRecorded() {
        Organisation provider = fixtures.activeOrganisation();
        Organisation beneficiary = fixtures.activeOrganisation();
        String giver = fixtures.token(fixtures.member(provider.id));
        String receiver = fixtures.token(fixtures.member(beneficiary.id));

        String id = Api.as(giver).body(skillsSponsorship(provider, beneficiary, 6)).post("/api/v1/exchanges").then().statusCode(201)
                .body("status", equalTo("PENDING")).body("declaredBySide", equalTo("PROVIDER"))
                .body("market", equalTo(false)).body("valuationKind", equalTo("SKILLS_SPONSORSHIP"))
                .body("valueEur", equalTo(300.0f)).body("rule.rate", equalTo(50.0f)).body("channel", equalTo("DIRECT"))
                .body("actions", contains("AMEND", "CANCEL"))
                .extract().path("id");

        Api.as(receiver).get("/api/v1/exchanges?awaitingMe=true").then().statusCode(200).body("items.id", hasItem(id));
        Api.as(receiver).get("/api/v1/exchanges/" + id).then().statusCode(200).body("exchange.actions", contains("CONFIRM", "DISPUTE"));

        Api.as(receiver).post("/api/v1/exchanges/" + id + "/confirm").then().statusCode(200)
                .body("status", equalTo("CONFIRMED")).body("confirmedOnBehalf", equalTo(false)).body("actions", empty());
        Api.as(receiver).get("/api/v1/exchanges/" + id).then().statusCode(200)
                .body("history.action", contains("DECLARED", "CONFIRMED"))
                .body("agreement", nullValue()).body("testimonial", nullValue());
        Api.as(receiver).post("/api/v1/exchanges/" + id + "/confirm").then().statusCode(409).body("type", equalTo("https://elbasar.org/problems/exchange-closed"));
    }

    @Test
    void theDeclaringSideCannotConfirmItsOwnDeclarationAndOthersDoNotSeeIt() {
        Organisation provider = fixtures.activeOrganisation();
        Organisation beneficiary = fixtures.activeOrganisation();
        String giver = fixtures.token(fixtures.member(provider.id));
        String stranger = fixtures.token(fixtures.member(fixtures.activeOrganisation().id));
        String id = Api.as(giver).body(skillsSponsorship(provider, beneficiary, 2)).post("/api/v1/exchanges").then().statusCode(201)
                .extract().path("id");

        Api.anonymous().post("/api/v1/exchanges/" + id + "/confirm").then().statusCode(401);
        Api.as(giver).post("/api/v1/exchanges/" + id + "/confirm").then().statusCode(403).body("type", equalTo("https://elbasar.org/problems/exchange-not-answering-side"));
        Api.as(stranger).post("/api/v1/exchanges/" + id + "/confirm").then().statusCode(404);
        Api.as(stranger).get("/api/v1/exchanges/" + id).then().statusCode(404);
        Api.as(stranger).get("/api/v1/exchanges").then().statusCode(200).body("items.id", not(hasItem(id)));
        // nor declare an exchange between two other organisations
        Api.as(stranger).body(skillsSponsorship(provider, beneficiary, 2)).post("/api/v1/exchanges").then().statusCode(403)
                .body("type", equalTo("https://elbasar.org/problems/exchange-not-party"));
    }

    @Test
    void anAnimatorConfirmsForAPartyWhoAnsweredByPhoneSayingSo() {
        Organisation provider = fixtures.activeOrganisation();
        Organisation beneficiary = fixtures.activeOrganisation();
        String giver = fixtures.token(fixtures.member(provider.id));
        String animator = fixtures.token(fixtures.animator());
        String id = Api.as(giver).body(skillsSponsorship(provider, beneficiary, 2)).post("/api/v1/exchanges").then().statusCode(201)
                .extract().path("id");

        Api.as(animator).body(Map.of()).post("/api/v1/exchanges/" + id + "/confirm").then().statusCode(400)
                .body("violations[0].field", equalTo("note"));
        Api.as(animator).body(Map.of("note", "Confirmé par téléphone avec la présidente")).post("/api/v1/exchanges/" + id + "/confirm")
                .then().statusCode(200).body("status", equalTo("CONFIRMED")).body("confirmedOnBehalf", equalTo(true))
                .body("actions", contains("VOID"));
        Api.as(animator).get("/api/v1/exchanges/" + id).then()
                .body("history[1].onBehalf", equalTo(true)).body("history[1].note", equalTo("Confirmé par téléphone avec la présidente"));
    }

    @Test
    void aDisputedExchangeIsCorrectedByItsDeclarerAndWaitsAgain() {
        Organisation provider = fixtures.activeOrganisation();
        Organisation beneficiary = fixtures.activeOrganisation();
        String giver = fixtures.token(fixtures.member(provider.id));
        String receiver = fixtures.token(fixtures.member(beneficiary.id));
        String id = Api.as(giver).body(skillsSponsorship(provider, beneficiary, 10)).post("/api/v1/exchanges").then().statusCode(201)
                .extract().path("id");

        Api.as(receiver).body(Map.of("reason", "C'était 4 heures, pas 10")).post("/api/v1/exchanges/" + id + "/dispute").then()
                .statusCode(200).body("status", equalTo("DISPUTED"));
        Api.as(receiver).body(skillsSponsorship(provider, beneficiary, 4)).put("/api/v1/exchanges/" + id).then().statusCode(403);
        Api.as(giver).body(skillsSponsorship(provider, beneficiary, 4)).put("/api/v1/exchanges/" + id).then().statusCode(200)
                .body("status", equalTo("PENDING")).body("valueEur", equalTo(200.0f));
        Map<String, Object> otherParties = skillsSponsorship(provider, fixtures.activeOrganisation(), 4);
        Api.as(giver).body(otherParties).put("/api/v1/exchanges/" + id).then().statusCode(400)
                .body("violations[0].field", equalTo("beneficiaryOrganisationId"));
        Api.as(giver).body(Map.of("reason", "Doublon")).post("/api/v1/exchanges/" + id + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        Api.as(giver).get("/api/v1/exchanges/" + id).then()
                .body("history.action", contains("DECLARED", "DISPUTED", "AMENDED", "CANCELLED"))
                .body("history[1].note", equalTo("C'était 4 heures, pas 10"));
    }

    @Test
    void marketAndNonMarketFieldsAreCheckedAgainstTheMode() {
        Organisation provider = fixtures.activeOrganisation();
        Organisation beneficiary = fixtures.activeOrganisation();
        String giver = fixtures.token(fixtures.member(provider.id));
        Map<String, Object> sale = skillsSponsorship(provider, beneficiary, 3);
        sale.put("mode", "SALE");
        Api.as(giver).body(sale).post("/api/v1/exchanges").then().statusCode(400).body("violations[0].field", equalTo("amountEur"));
        sale.put("amountEur", 450);
        Api.as(giver).body(sale).post("/api/v1/exchanges").then().statusCode(400).body("violations[0].field", equalTo("hours"));
        sale.remove("hours");
        Api.as(giver).body(sale).post("/api/v1/exchanges").then().statusCode(201).body("amountEur", equalTo(450.0f))
                .body("valueEur", nullValue()).body("market", equalTo(true));

        Map<String, Object> help = skillsSponsorship(provider, beneficiary, 3);
        help.put("amountEur", 10);
        Api.as(giver).body(help).post("/api/v1/exchanges").then().statusCode(400).body("violations[0].field", equalTo("amountEur"));
        help.remove("amountEur");
        help.remove("hours");
        Api.as(giver).body(help).post("/api/v1/exchanges").then().statusCode(400).body("violations[0].field", equalTo("hours"));
        help.put("hours", 3);
        help.put("valuationKind", "DONATION");
        Api.as(giver).body(help).post("/api/v1/exchanges").then().statusCode(400).body("violations[0].field", equalTo("valuationKind"));
        help.put("valuationKind", "SKILLS_SPONSORSHIP");
        help.put("occurredOn", LocalDate.now().plusDays(2).toString());
        Api.as(giver).body(help).post("/api/v1/exchanges").then().statusCode(400).body("violations[0].field", equalTo("occurredOn"));
        help.put("occurredOn", LocalDate.now().toString());
        help.put("beneficiaryOrganisationId", provider.id);
        Api.as(giver).body(help).post("/api/v1/exchanges").then().statusCode(400)
                .body("violations[0].field", equalTo("beneficiaryOrganisationId"));

        Map<String, Object> loan = skillsSponsorship(provider, beneficiary, 1);
        loan.remove("hours");
        loan.put("mode", "EQUIPMENT_LOAN");
        loan.put("days", 10);
        Api.as(giver).body(loan).post("/api/v1/exchanges").then().statusCode(400).body("violations[0].field", equalTo("declaredValueEur"));
        loan.put("declaredValueEur", 1200);
        // 1 % of 1,200 € a day for 10 days
        Api.as(giver).body(loan).post("/api/v1/exchanges").then().statusCode(201).body("valueEur", equalTo(120.0f));
    }

    @Test
    void anExchangeDeclaredFromAnIntroductionComesFromTheHotlineAndConcludesIt() {
        Organisation requester = fixtures.activeOrganisation();
        Person asker = fixtures.member(requester.id);
        Organisation provider = fixtures.activeOrganisation();
        Person lender = fixtures.member(provider.id);
        String requestId = Items.publish(fixtures.token(asker), "requests", Items.loan("Cherche remorque " + Fixtures.unique("r"), "Pour livrer."));
        String introduction = Api.as(fixtures.token(fixtures.animator()))
                .body(Map.of("requestId", requestId, "providerOrganisationId", provider.id, "message", "Je vous présente."))
                .post("/api/v1/introductions").then().statusCode(201).extract().path("id");

        Map<String, Object> body = skillsSponsorship(provider, requester, 6);
        body.put("introductionId", introduction);
        String id = Api.as(fixtures.token(lender)).body(body).post("/api/v1/exchanges").then().statusCode(201)
                .body("channel", equalTo("HOTLINE")).body("request.id", equalTo(requestId)).body("introductionId", equalTo(introduction))
                .extract().path("id");
        Map<String, Object> reversed = skillsSponsorship(requester, provider, 6);
        reversed.put("introductionId", introduction);
        Api.as(fixtures.token(asker)).body(reversed).post("/api/v1/exchanges").then().statusCode(400)
                .body("violations[0].field", equalTo("introductionId"));

        Api.as(fixtures.token(asker)).post("/api/v1/exchanges/" + id + "/confirm").then().statusCode(200);
        Api.as(fixtures.token(asker)).get("/api/v1/introductions/" + introduction).then().body("status", equalTo("EXCHANGE_MADE"));
    }

    @Test
    void anExchangeDeclaredFromAnOfferComesFromTheCatalogue() {
        Organisation provider = fixtures.activeOrganisation();
        Organisation beneficiary = fixtures.activeOrganisation();
        String offerId = Items.publish(fixtures.token(fixtures.member(provider.id)), "offers",
                Items.loan("Prête une remorque " + Fixtures.unique("o"), "Remorque 750 kg."));
        Map<String, Object> body = skillsSponsorship(provider, beneficiary, 1);
        body.put("offerId", offerId);
        Api.as(fixtures.token(fixtures.member(beneficiary.id))).body(body).post("/api/v1/exchanges").then().statusCode(201)
                .body("channel", equalTo("CATALOGUE")).body("offer.id", equalTo(offerId)).body("declaredBySide", equalTo("BENEFICIARY"));
        // the offer must be the provider's
        Map<String, Object> wrongWay = skillsSponsorship(beneficiary, provider, 1);
        wrongWay.put("offerId", offerId);
        Api.as(fixtures.token(fixtures.member(beneficiary.id))).body(wrongWay).post("/api/v1/exchanges").then().statusCode(400)
                .body("violations[0].field", equalTo("offerId"));
    }

    @Test
    void anItemTheDeclarerMayNotSeeIsAnsweredAsAnUnknownOne() {
        Organisation provider = fixtures.activeOrganisation();
        Organisation beneficiary = fixtures.activeOrganisation();
        String owner = fixtures.token(fixtures.member(provider.id));
        String declarer = fixtures.token(fixtures.member(beneficiary.id));
        Map<String, Object> unknown = skillsSponsorship(provider, beneficiary, 1);
        unknown.put("offerId", java.util.UUID.randomUUID().toString());
        String asUnknown = Api.as(declarer).body(unknown).post("/api/v1/exchanges").then().statusCode(400)
                .body("violations[0].field", equalTo("offerId")).extract().path("violations").toString();

        String draftTitle = "Brouillon " + Fixtures.unique("o");
        String draft = Api.as(owner).body(Items.loan(draftTitle, "Pas encore publié.")).post("/api/v1/offers").then().statusCode(201)
                .extract().path("id");
        String hiddenTitle = "Masquée " + Fixtures.unique("o");
        String hidden = Items.publish(owner, "offers", Items.loan(hiddenTitle, "Masquée."));
        Api.as(fixtures.token(fixtures.animator())).body(Map.of("reason", "Hors charte")).post("/api/v1/offers/" + hidden + "/hide").then()
                .statusCode(200);
        for (Map.Entry<String, String> offer : Map.of(draft, draftTitle, hidden, hiddenTitle).entrySet()) {
            Map<String, Object> body = skillsSponsorship(provider, beneficiary, 1);
            body.put("offerId", offer.getKey());
            String answer = Api.as(declarer).body(body).post("/api/v1/exchanges").then().statusCode(400).extract().asString();
            assertEquals(asUnknown, io.restassured.path.json.JsonPath.from(answer).get("violations").toString());
            assertTrue(!answer.contains(offer.getValue()), "the title is not told: " + answer);
        }
        // the organisation that wrote the draft may name it
        Map<String, Object> own = skillsSponsorship(provider, beneficiary, 1);
        own.put("offerId", draft);
        Api.as(owner).body(own).post("/api/v1/exchanges").then().statusCode(201).body("offer.title", equalTo(draftTitle));
    }

    @Test
    void anExchangeKeepsTheItemsItNamesWhateverBecameOfThem() {
        Organisation provider = fixtures.activeOrganisation();
        Organisation beneficiary = fixtures.activeOrganisation();
        String owner = fixtures.token(fixtures.member(provider.id));
        String declarer = fixtures.token(fixtures.member(beneficiary.id));
        String offerId = Items.publish(owner, "offers", Items.loan("Prête une remorque " + Fixtures.unique("o"), "Remorque 750 kg."));
        Map<String, Object> body = skillsSponsorship(provider, beneficiary, 1);
        body.put("offerId", offerId);
        String id = Api.as(declarer).body(body).post("/api/v1/exchanges").then().statusCode(201).extract().path("id");
        Api.as(owner).post("/api/v1/offers/" + offerId + "/fulfil").then().statusCode(200);
        Api.as(owner).body(Map.of("reason", "Deux heures, pas une")).post("/api/v1/exchanges/" + id + "/dispute").then().statusCode(200);
        body.put("hours", 2);
        Api.as(declarer).body(body).put("/api/v1/exchanges/" + id).then().statusCode(200).body("offer.id", equalTo(offerId));
    }

    @Test
    void theListReadsAPageInTwoStatementsWhateverItsSize() {
        Organisation provider = fixtures.activeOrganisation();
        String giver = fixtures.token(fixtures.member(provider.id));
        for (int i = 0; i < 12; i++) {
            Api.as(giver).body(skillsSponsorship(provider, fixtures.activeOrganisation(), 1 + i)).post("/api/v1/exchanges").then().statusCode(201);
        }
        Api.as(giver).get("/api/v1/exchanges?size=5").then().statusCode(200).body("total", equalTo(12)).body("items", hasSize(5));
        long small = statements.countDuring(() -> Api.as(giver).get("/api/v1/exchanges?size=1").then().statusCode(200));
        long large = statements.countDuring(() -> Api.as(giver).get("/api/v1/exchanges?size=12").then().statusCode(200));
        assertEquals(small, large, "statements must not grow with the page size");
        assertTrue(large <= 2, "list in " + large + " statements");
    }
}
