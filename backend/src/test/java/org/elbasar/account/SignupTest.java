package org.elbasar.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.elbasar.account.domain.OrganisationRole;
import org.elbasar.account.domain.Person;
import org.elbasar.common.service.Throttle;
import org.elbasar.common.service.Throttle.Limit;
import org.elbasar.member.domain.CharterAcceptance;
import org.elbasar.member.domain.Organisation;
import org.elbasar.member.domain.OrganisationStatus;
import org.elbasar.testing.Api;
import org.elbasar.testing.Fixtures;
import org.elbasar.testing.LookAlikes;
import org.elbasar.testing.Mails;
import org.elbasar.testing.SignupForms;
import org.elbasar.testing.Throttling;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SignupTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Mails mails;

    @Inject
    Throttle throttle;

    @Test
    @Transactional
    void anOrganisationJoinsPendingWithItsFirstAdminWhoAcceptedTheCharter() {
        String email = Fixtures.unique("camille") + "@recyclerie.example";
        String name = Fixtures.unique("Recyclerie");
        Api.anonymous().body(SignupForms.valid(name, email)).post("/api/v1/auth/signup")
                .then().statusCode(202).body("status", equalTo("RECEIVED"));

        Person person = Person.findByEmail(email).orElseThrow();
        Organisation organisation = person.organisation;
        assertEquals(OrganisationStatus.PENDING, organisation.status);
        assertEquals(name, organisation.name);
        assertEquals(OrganisationRole.ORG_ADMIN, person.organisationRole);
        assertTrue(person.passwordHash.startsWith("$argon2id$"));
        assertEquals(1, CharterAcceptance.count("personId = ?1 and organisationId = ?2 and charterVersion = 1",
                person.id, organisation.id));
        assertTrue(mails.to(email).get(0).getSubject().contains("adhésion"));
    }

    @Test
    void animatorsAreToldOfANewJoinRequest() {
        Person animator = fixtures.animator();
        String name = Fixtures.unique("Recyclerie");
        Api.anonymous().body(SignupForms.valid(name, Fixtures.unique("a") + "@x.example")).post("/api/v1/auth/signup")
                .then().statusCode(202);
        assertTrue(mails.to(animator.email).stream().anyMatch(m -> m.getSubject().contains(name)));
    }

    @Test
    void aPendingOrganisationsPersonSignsInWithoutMemberRights() {
        String email = Fixtures.unique("camille") + "@recyclerie.example";
        Api.anonymous().body(SignupForms.valid(Fixtures.unique("Recyclerie"), email)).post("/api/v1/auth/signup")
                .then().statusCode(202);
        String token = Api.anonymous().body(Map.of("email", email, "password", "Une-phrase-de-passe-solide"))
                .post("/api/v1/auth/login").then().statusCode(200).extract().path("accessToken");
        Api.as(token).get("/api/v1/me").then().statusCode(200)
                .body("organisation.status", equalTo("PENDING"))
                .body("roles.size()", equalTo(0));
    }

    @Test
    void anEmailWithAnAccountGetsTheSameAnswerAndAWarningByEmail() {
        Person existing = fixtures.member(fixtures.activeOrganisation().id);
        String name = Fixtures.unique("Doublon");
        Api.anonymous().body(SignupForms.valid(name, existing.email)).post("/api/v1/auth/signup")
                .then().statusCode(202).body("status", equalTo("RECEIVED"));
        assertEquals(0, Organisation.count("name", name));
        assertTrue(mails.to(existing.email).stream().anyMatch(m -> m.getSubject().contains("déjà un compte")));
    }

    private static Response signup(Map<String, Object> form, String clientAddress) {
        return Api.anonymous().header("X-Forwarded-For", clientAddress).body(form).post("/api/v1/auth/signup");
    }

    /** A form whose person email is {@code email}, with a plain contact address. */
    private static Map<String, Object> formWithEmail(String organisationName, String email) {
        Map<String, Object> form = SignupForms.valid(organisationName, "someone@x.example");
        SignupForms.person(form).put("email", email);
        return form;
    }

    @Test
    void aMembersAddressInFullwidthLettersIsThatMembersAddress() {
        Person existing = fixtures.member(fixtures.activeOrganisation().id);
        String name = Fixtures.unique("Sosie");
        signup(formWithEmail(name, LookAlikes.fullwidth(existing.email.toUpperCase())), Throttling.clientAddress())
                .then().statusCode(202).body("status", equalTo("RECEIVED"));
        assertEquals(0, Organisation.count("name", name));
        assertTrue(mails.to(existing.email).stream().anyMatch(m -> m.getSubject().contains("déjà un compte")));
    }

    @Test
    void addressesMadeToLookLikeAnotherAreRefusedWithTheirField() {
        Person existing = fixtures.member(fixtures.activeOrganisation().id);
        String name = Fixtures.unique("Sosie");
        signup(formWithEmail(name, LookAlikes.cyrillicA(existing.email)), Throttling.clientAddress()).then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("person.email")))
                .body("violations[0].message", containsString("alphabets"));
        signup(formWithEmail(name, LookAlikes.with(LookAlikes.ZERO_WIDTH_SPACE, existing.email)), Throttling.clientAddress())
                .then().statusCode(400)
                .body("violations.field", equalTo(List.of("person.email")))
                .body("violations[0].message", containsString("invisible"));
        Map<String, Object> form = formWithEmail(name, Fixtures.unique("camille") + "@x.example");
        SignupForms.organisation(form).put("contactEmail", LookAlikes.with(LookAlikes.RIGHT_TO_LEFT_OVERRIDE, "contact@x.example"));
        signup(form, Throttling.clientAddress()).then().statusCode(400)
                .body("violations.field", equalTo(List.of("organisation.contactEmail")));
        assertEquals(0, Organisation.count("name", name));
    }

    @Test
    void anAccentedAddressIsWelcomeAndFoundHoweverItsAccentIsTyped() {
        String composed = Fixtures.unique("\u00e9lodie") + "@exemple.fr";
        signup(formWithEmail(Fixtures.unique("Recyclerie"), composed), Throttling.clientAddress()).then().statusCode(202);
        String decomposed = "e\u0301" + composed.substring(1);
        Api.anonymous().body(Map.of("email", decomposed, "password", "Une-phrase-de-passe-solide"))
                .post("/api/v1/auth/login").then().statusCode(200);
    }

    @Test
    void oneClientAddressSigningUpOverAndOverIsStoppedAndTheOwnerWarnedOnlyAFewTimes() {
        Person existing = fixtures.member(fixtures.activeOrganisation().id);
        String sender = Throttling.clientAddress();
        for (int i = 0; i < throttle.maximum(Limit.SIGNUP_PER_ADDRESS); i++) {
            signup(formWithEmail(Fixtures.unique("Doublon"), existing.email), sender).then().statusCode(202);
        }
        assertEquals(throttle.maximum(Limit.SIGNUP_PER_EMAIL), mails.to(existing.email).size());
        String name = Fixtures.unique("Recyclerie");
        Throttling.assertRefused(signup(formWithEmail(name, Fixtures.unique("camille") + "@x.example"), sender), Limit.SIGNUP_PER_ADDRESS);
        signup(formWithEmail(name, Fixtures.unique("camille") + "@x.example"), Throttling.clientAddress()).then().statusCode(202);
        assertEquals(1, Organisation.count("name", name));
    }

    @Test
    void aSiretWithAWrongLuhnKeyIsRefusedWithItsField() {
        Map<String, Object> form = SignupForms.valid(Fixtures.unique("Asso"), Fixtures.unique("a") + "@x.example");
        SignupForms.organisation(form).put("siret", "73282932000075");
        Api.anonymous().body(form).post("/api/v1/auth/signup").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("organisation.siret"))
                .body("violations.find { it.field == 'organisation.siret' }.message", containsString("Luhn"));
        SignupForms.organisation(form).put("siret", "73282932000074");
        Api.anonymous().body(form).post("/api/v1/auth/signup").then().statusCode(202);
    }

    @Test
    void everyInvalidFieldIsNamedInTheUsersLanguage() {
        Map<String, Object> form = SignupForms.valid("", "not-an-email");
        SignupForms.person(form).put("password", "too-short");
        SignupForms.organisation(form).remove("legalForm");
        form.put("acceptCharter", false);
        Api.anonymous().header("Accept-Language", "en").body(form).post("/api/v1/auth/signup").then().statusCode(400)
                .body("title", equalTo("Invalid data"))
                .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder(
                        "acceptCharter", "organisation.legalForm", "organisation.name", "person.email", "person.password"))
                .body("violations.find { it.field == 'person.password' }.message", equalTo("must have at least 12 characters"));
    }

    @Test
    void unknownCommuneSectorOrOutdatedCharterAreFieldErrorsAndNothingIsWritten() {
        String email = Fixtures.unique("a") + "@x.example";
        Map<String, Object> form = SignupForms.valid(Fixtures.unique("Asso"), email);
        SignupForms.organisation(form).put("communeId", "commune:75056");
        Api.anonymous().body(form).post("/api/v1/auth/signup").then().statusCode(400)
                .body("violations[0].field", equalTo("organisation.communeId"));

        form = SignupForms.valid(Fixtures.unique("Asso"), email);
        SignupForms.organisation(form).put("sectorCodes", List.of("reuse", "astrology"));
        Api.anonymous().body(form).post("/api/v1/auth/signup").then().statusCode(400)
                .body("violations[0].field", equalTo("organisation.sectorCodes"))
                .body("violations[0].message", containsString("astrology"));

        form = SignupForms.valid(Fixtures.unique("Asso"), email);
        form.put("charterVersion", 99);
        Api.anonymous().body(form).post("/api/v1/auth/signup").then().statusCode(400)
                .body("violations[0].field", equalTo("charterVersion"));
        assertTrue(Person.findByEmail(email).isEmpty(), "nothing half-written");
    }

    @Test
    void aClientCannotSetFieldsItDoesNotOwn() {
        Map<String, Object> form = SignupForms.valid(Fixtures.unique("Asso"), Fixtures.unique("a") + "@x.example");
        SignupForms.organisation(form).put("status", "ACTIVE");
        Api.anonymous().body(form).post("/api/v1/auth/signup").then().statusCode(400)
                .body("violations[0].field", equalTo("organisation.status"))
                .body("violations[0].message", equalTo("propriété inconnue"));
    }
}
