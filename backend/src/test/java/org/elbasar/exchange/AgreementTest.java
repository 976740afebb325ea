package org.elbasar.exchange;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.elbasar.member.domain.Organisation;
import org.elbasar.testing.Api;
import org.elbasar.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AgreementTest {

    @Inject
    Fixtures fixtures;

    Organisation provider;
    Organisation beneficiary;
    String giver;
    String receiver;
    String stranger;

    @BeforeEach
    void parties() {
        provider = fixtures.activeOrganisation();
        beneficiary = fixtures.activeOrganisation();
        giver = fixtures.token(fixtures.member(provider.id));
        receiver = fixtures.token(fixtures.member(beneficiary.id));
        stranger = fixtures.token(fixtures.member(fixtures.activeOrganisation().id));
    }

    private String exchange(String mode, Map<String, Object> figures, boolean confirm) {
        Map<String, Object> body = new HashMap<>(figures);
        body.put("providerOrganisationId", provider.id);
        body.put("beneficiaryOrganisationId", beneficiary.id);
        body.put("mode", mode);
        body.put("occurredOn", LocalDate.now().minusDays(1).toString());
        body.put("description", "Prêt d'une remorque pour le marché de Noël");
        String id = Api.as(giver).body(body).post("/api/v1/exchanges").then().statusCode(201).extract().path("id");
        if (confirm) {
            Api.as(receiver).post("/api/v1/exchanges/" + id + "/confirm").then().statusCode(200);
        }
        return id;
    }

    private static Map<String, Object> terms(String object) {
        Map<String, Object> terms = new HashMap<>();
        terms.put("object", object);
        terms.put("startsOn", "2026-12-01");
        terms.put("durationMonths", 6);
        terms.put("providerContributions", "Une remorque de 750 kg, révisée.");
        terms.put("beneficiaryContributions", "Le carburant et un retour propre.");
        terms.put("confidential", true);
        return terms;
    }

    @Test
    void bothPartiesAcceptTheTextTheySawAndItIsFrozenWithItsHash() {
        String id = exchange("SKILLS_SPONSORSHIP", Map.of("hours", 4), false);
        String agreement = "/api/v1/exchanges/" + id + "/agreement";
        Api.as(giver).get(agreement).then().statusCode(404);
        Api.as(stranger).body(terms("Mise à disposition")).put(agreement).then().statusCode(404);

        String text = Api.as(giver).body(terms("Mise à disposition de compétences comptables")).put(agreement).then().statusCode(200)
                .body("text", containsString("Article 1 - Objet\nMise à disposition de compétences comptables"))
                .body("text", containsString(provider.name)).body("text", containsString("pour une durée de 6 mois"))
                .body("text", containsString("Les parties gardent confidentielles"))
                .body("provider", nullValue()).body("frozenAt", nullValue())
                .extract().path("text");
        String hash = Api.as(receiver).get(agreement).then().statusCode(200).extract().path("sha256");
        assertEquals(sha256(text), hash, "the hash is the SHA-256 of the text as shown");

        Api.as(giver).body(Map.of("sha256", hash)).post(agreement + "/accept").then().statusCode(200)
                .body("provider.at", notNullValue()).body("beneficiary", nullValue());
        // redrafting withdraws the acceptances: the receiver's copy is now stale
        Api.as(receiver).body(terms("Mise à disposition de compétences comptables et juridiques")).put(agreement).then().statusCode(200)
                .body("provider", nullValue());
        Api.as(giver).body(Map.of("sha256", hash)).post(agreement + "/accept").then().statusCode(409)
                .body("violations[0].field", equalTo("sha256"));
        String newHash = Api.as(giver).get(agreement).then().extract().path("sha256");
        Api.as(giver).body(Map.of("sha256", newHash)).post(agreement + "/accept").then().statusCode(200);
        Api.as(stranger).body(Map.of("sha256", newHash)).post(agreement + "/accept").then().statusCode(404);
        Api.as(receiver).body(Map.of("sha256", newHash)).post(agreement + "/accept").then().statusCode(200)
                .body("frozenAt", notNullValue()).body("beneficiary.by.id", notNullValue());

        Api.as(receiver).body(terms("Autre chose")).put(agreement).then().statusCode(409)
                .body("type", equalTo("https://elbasar.org/problems/agreement-frozen"));
        Api.as(giver).get("/api/v1/exchanges/" + id).then().body("exchange.agreement", equalTo("ACCEPTED"))
                .body("agreement.sha256", equalTo(newHash));
    }

    @Test
    void aLoanAgreementSaysWhoAnswersForWhatAndWhichInsuranceCovers() {
        String id = exchange("EQUIPMENT_LOAN", Map.of("days", 5, "declaredValueEur", 2000), false);
        String agreement = "/api/v1/exchanges/" + id + "/agreement";
        Api.as(giver).body(terms("Prêt de remorque")).put(agreement).then().statusCode(400)
                .body("violations[0].field", equalTo("responsibilities"));
        Map<String, Object> loan = terms("Prêt de remorque");
        loan.put("responsibilities", "L'emprunteur répond des dégâts pendant le prêt.");
        Api.as(giver).body(loan).put(agreement).then().statusCode(400).body("violations[0].field", equalTo("insurance"));
        loan.put("insurance", "Assurance responsabilité civile de l'emprunteur, contrat MAIF n° 123.");
        Api.as(giver).body(loan).put(agreement).then().statusCode(200)
                .body("text", containsString("Article 6 - Assurance\nAssurance responsabilité civile"));
    }

    @Test
    void aTestimonialIsPublishedOnlyWhileBothSidesAgree() {
        String pending = exchange("SKILLS_SPONSORSHIP", Map.of("hours", 2), false);
        String testimonial = "/api/v1/exchanges/" + pending + "/testimonial";
        Api.as(giver).body(Map.of("text", "Merci !")).put(testimonial).then().statusCode(409);

        String id = exchange("SKILLS_SPONSORSHIP", Map.of("hours", 2), true);
        testimonial = "/api/v1/exchanges/" + id + "/testimonial";
        String words = "Grâce à leur trésorière, nos comptes sont enfin à jour " + Fixtures.unique("t");
        Api.as(stranger).body(Map.of("text", words)).put(testimonial).then().statusCode(404);
        Api.as(giver).body(Map.of("text", words)).put(testimonial).then().statusCode(200)
                .body("providerConsents", equalTo(true)).body("beneficiaryConsents", equalTo(false)).body("publishedAt", nullValue());
        Api.anonymous().get("/api/v1/testimonials?size=100").then().statusCode(200).body("items.text", not(hasItem(words)));

        Api.as(receiver).body(Map.of("publish", true)).post(testimonial + "/consent").then().statusCode(200)
                .body("publishedAt", notNullValue());
        Api.anonymous().get("/api/v1/testimonials?size=100").then().statusCode(200).body("items.text", hasItem(words))
                .body("items.find { it.text == '" + words + "' }.provider.name", equalTo(provider.name));

        Api.as(receiver).body(Map.of("publish", false)).post(testimonial + "/consent").then().statusCode(200)
                .body("publishedAt", nullValue());
        Api.anonymous().get("/api/v1/testimonials?size=100").then().body("items.text", not(hasItem(words)));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
