package org.elbasar.member;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.mailer.Mail;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.elbasar.account.domain.Person;
import org.elbasar.member.domain.Organisation;
import org.elbasar.member.domain.OrganisationStatus;
import org.elbasar.testing.Api;
import org.elbasar.testing.Fixtures;
import org.elbasar.testing.Mails;
import org.elbasar.testing.Statements;
import org.junit.jupiter.api.Test;

@QuarkusTest
class JoinRequestTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Mails mails;

    @Inject
    Statements statements;

    private Organisation pending(String name) {
        Organisation organisation = fixtures.organisation(name, OrganisationStatus.PENDING, "commune:62041", "food");
        return organisation;
    }

    @Test
    void animatorsSeeTheQueueWithTheApplicantInBoundedQueries() {
        String name = Fixtures.unique("Pending");
        Organisation organisation = pending(name);
        Person applicant = fixtures.orgAdmin(organisation.id);
        for (int i = 0; i < 5; i++) {
            fixtures.orgAdmin(pending(Fixtures.unique("Other")).id);
        }
        String animator = fixtures.token(fixtures.animator());
        Api.as(animator).queryParam("size", 100).get("/api/v1/join-requests").then().statusCode(200)
                .body("items.organisation.name", hasItem(name))
                .body("items.find { it.organisation.name == '" + name + "' }.applicant.email", equalTo(applicant.email))
                .body("items.find { it.organisation.name == '" + name + "' }.organisation.contact.email",
                        equalTo(organisation.contactEmail));
        long small = statements.countDuring(() -> Api.as(animator).queryParam("size", 2).get("/api/v1/join-requests").then().statusCode(200));
        long large = statements.countDuring(() -> Api.as(animator).queryParam("size", 100).get("/api/v1/join-requests").then().statusCode(200));
        org.junit.jupiter.api.Assertions.assertEquals(small, large, "statements must not grow with the page size");
    }

    @Test
    void onlyStaffSeeTheQueue() {
        Api.anonymous().get("/api/v1/join-requests").then().statusCode(401);
        Person member = fixtures.orgAdmin(fixtures.activeOrganisation().id);
        Api.as(fixtures.token(member)).get("/api/v1/join-requests").then().statusCode(403)
                .contentType("application/problem+json");
        Api.as(fixtures.token(fixtures.admin())).get("/api/v1/join-requests").then().statusCode(200);
    }

    @Test
    void approvalMakesAnActiveMemberFoundInTheDirectoryAndTellsItsPeople() {
        String name = Fixtures.unique("Ressourcerie Approuvée");
        Organisation organisation = pending(name);
        Person applicant = fixtures.orgAdmin(organisation.id);
        Api.anonymous().queryParam("q", name).get("/api/v1/organisations").then().body("total", equalTo(0));

        Person member = fixtures.orgAdmin(fixtures.activeOrganisation().id);
        Api.as(fixtures.token(member)).post("/api/v1/join-requests/" + organisation.id + "/approve").then().statusCode(403);
        Api.as(fixtures.token(fixtures.animator())).post("/api/v1/join-requests/" + organisation.id + "/approve")
                .then().statusCode(204);

        Api.anonymous().queryParam("q", name).get("/api/v1/organisations").then().body("items[0].name", equalTo(name));
        List<Mail> received = mails.to(applicant.email);
        assertTrue(received.stream().anyMatch(m -> m.getSubject().contains("Bienvenue")));
        Api.as(fixtures.token(applicant)).get("/api/v1/me").then().body("roles", hasItem("ORG_ADMIN"));

        Api.as(fixtures.token(fixtures.animator())).post("/api/v1/join-requests/" + organisation.id + "/approve")
                .then().statusCode(409).body("type", equalTo("https://elbasar.org/problems/not-pending"));
    }

    @Test
    void rejectionNeedsAReasonWhichIsEmailed() {
        Organisation organisation = pending(Fixtures.unique("Rejected"));
        Person applicant = fixtures.orgAdmin(organisation.id);
        String animator = fixtures.token(fixtures.animator());
        Api.as(animator).body(Map.of("reason", " ")).post("/api/v1/join-requests/" + organisation.id + "/reject")
                .then().statusCode(400).body("violations[0].field", equalTo("reason"));
        Api.as(animator).body(Map.of("reason", "Siège hors des Hauts-de-France"))
                .post("/api/v1/join-requests/" + organisation.id + "/reject").then().statusCode(204);
        assertTrue(mails.to(applicant.email).stream().anyMatch(m -> m.getText().contains("Siège hors des Hauts-de-France")));
        Api.as(animator).get("/api/v1/join-requests?size=100").then()
                .body("items.organisation.id", not(hasItem(organisation.id.toString())));
        Api.anonymous().get("/api/v1/organisations/" + organisation.id).then().statusCode(404);
    }

    @Test
    void anUnknownOrganisationIsNotFound() {
        Api.as(fixtures.token(fixtures.animator())).post("/api/v1/join-requests/" + java.util.UUID.randomUUID() + "/approve")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
