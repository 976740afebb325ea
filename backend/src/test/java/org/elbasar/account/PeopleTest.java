package org.elbasar.account;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.elbasar.account.domain.Person;
import org.elbasar.member.domain.Organisation;
import org.elbasar.testing.Api;
import org.elbasar.testing.Fixtures;
import org.elbasar.testing.LookAlikes;
import org.elbasar.testing.Mails;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PeopleTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Mails mails;

    @Test
    void anAdminInvitesSomeoneWhoCreatesTheirAccountInTheOrganisation() {
        Organisation organisation = fixtures.activeOrganisation();
        String admin = fixtures.token(fixtures.orgAdmin(organisation.id));
        String email = Fixtures.unique("dominique") + "@test.example";
        Api.as(admin).body(Map.of("email", email, "role", "MEMBER"))
                .post("/api/v1/organisations/" + organisation.id + "/invitations").then().statusCode(201)
                .body("status", equalTo("PENDING"));
        String token = mails.tokenFrom(email, "/invitations/");

        Api.anonymous().get("/api/v1/invitations/" + token).then().statusCode(200)
                .body("organisationName", equalTo(organisation.name)).body("email", equalTo(email));
        Api.anonymous().body(Map.of("firstName", "Dominique", "lastName", "Leroy", "password", "Une-phrase-de-passe-solide",
                "locale", "fr", "charterVersion", 1, "acceptCharter", true))
                .post("/api/v1/invitations/" + token + "/accept").then().statusCode(201);
        Api.anonymous().body(Map.of("firstName", "Encore", "lastName", "Moi", "password", "Une-phrase-de-passe-solide",
                "locale", "fr", "charterVersion", 1, "acceptCharter", true))
                .post("/api/v1/invitations/" + token + "/accept").then().statusCode(404);

        String member = Api.anonymous().body(Map.of("email", email, "password", "Une-phrase-de-passe-solide"))
                .post("/api/v1/auth/login").then().statusCode(200).extract().path("accessToken");
        Api.as(member).get("/api/v1/me").then().body("organisation.id", equalTo(organisation.id.toString()))
                .body("organisation.role", equalTo("MEMBER"));
        Api.as(admin).get("/api/v1/organisations/" + organisation.id + "/invitations").then()
                .body("find { it.email == '" + email + "' }.status", equalTo("ACCEPTED"));
    }

    @Test
    void anInvitationToALookAlikeOfAMembersAddressIsRefused() {
        Organisation organisation = fixtures.activeOrganisation();
        String admin = fixtures.token(fixtures.orgAdmin(organisation.id));
        Person member = fixtures.member(fixtures.activeOrganisation().id);
        String invitations = "/api/v1/organisations/" + organisation.id + "/invitations";
        Api.as(admin).body(Map.of("email", LookAlikes.fullwidth(member.email), "role", "MEMBER")).post(invitations)
                .then().statusCode(409).body("violations.field", equalTo(List.of("email")));
        Api.as(admin).body(Map.of("email", LookAlikes.cyrillicA(member.email), "role", "MEMBER")).post(invitations)
                .then().statusCode(400).body("violations.field", equalTo(List.of("email")));
        Api.as(admin).body(Map.of("email", LookAlikes.with(LookAlikes.RIGHT_TO_LEFT_OVERRIDE, member.email), "role", "MEMBER"))
                .post(invitations).then().statusCode(400).body("violations.field", equalTo(List.of("email")));
    }

    @Test
    void invitationsAreForTheOrganisationsAdmins() {
        Organisation organisation = fixtures.activeOrganisation();
        String member = fixtures.token(fixtures.member(organisation.id));
        String otherAdmin = fixtures.token(fixtures.orgAdmin(fixtures.activeOrganisation().id));
        Map<String, String> body = Map.of("email", "x@test.example", "role", "MEMBER");
        Api.anonymous().body(body).post("/api/v1/organisations/" + organisation.id + "/invitations").then().statusCode(401);
        Api.as(member).body(body).post("/api/v1/organisations/" + organisation.id + "/invitations").then().statusCode(403);
        Api.as(otherAdmin).body(body).post("/api/v1/organisations/" + organisation.id + "/invitations").then().statusCode(403);
        Api.as(otherAdmin).get("/api/v1/organisations/" + organisation.id + "/invitations").then().statusCode(403);
        Api.as(otherAdmin).body(body).post("/api/v1/organisations/" + UUID.randomUUID() + "/invitations").then().statusCode(404);
        // an invitation of another organisation cannot be revoked through one's own
        String admin = fixtures.token(fixtures.orgAdmin(organisation.id));
        String invitation = Api.as(admin).body(Map.of("email", Fixtures.unique("x") + "@test.example", "role", "MEMBER"))
                .post("/api/v1/organisations/" + organisation.id + "/invitations").then().statusCode(201).extract().path("id");
        String otherOrganisation = Api.as(otherAdmin).get("/api/v1/me").path("organisation.id");
        Api.as(otherAdmin).delete("/api/v1/organisations/" + otherOrganisation + "/invitations/" + invitation).then().statusCode(404);
        Api.as(otherAdmin).delete("/api/v1/organisations/" + organisation.id + "/invitations/" + invitation).then().statusCode(403);
    }

    @Test
    void aRevokedInvitationNoLongerOpens() {
        Organisation organisation = fixtures.activeOrganisation();
        String admin = fixtures.token(fixtures.orgAdmin(organisation.id));
        String email = Fixtures.unique("revoked") + "@test.example";
        String id = Api.as(admin).body(Map.of("email", email, "role", "ORG_ADMIN"))
                .post("/api/v1/organisations/" + organisation.id + "/invitations").then().statusCode(201).extract().path("id");
        String token = mails.tokenFrom(email, "/invitations/");
        Api.as(admin).delete("/api/v1/organisations/" + organisation.id + "/invitations/" + id).then().statusCode(204);
        Api.anonymous().get("/api/v1/invitations/" + token).then().statusCode(404)
                .body("type", equalTo("https://elbasar.org/problems/invalid-token"));
    }

    @Test
    void adminsManageRolesButTheLastAdminStays() {
        Organisation organisation = fixtures.activeOrganisation();
        Person admin = fixtures.orgAdmin(organisation.id);
        Person member = fixtures.member(organisation.id);
        String adminToken = fixtures.token(admin);
        String base = "/api/v1/organisations/" + organisation.id + "/people/";

        Api.as(adminToken).body(Map.of("role", "MEMBER")).put(base + admin.id + "/role").then().statusCode(409)
                .body("type", equalTo("https://elbasar.org/problems/last-admin"));
        Api.as(adminToken).delete(base + admin.id).then().statusCode(409);
        Api.as(fixtures.token(member)).body(Map.of("role", "ORG_ADMIN")).put(base + member.id + "/role").then().statusCode(403);

        Api.as(adminToken).body(Map.of("role", "ORG_ADMIN")).put(base + member.id + "/role").then().statusCode(200)
                .body("role", equalTo("ORG_ADMIN"));
        Api.as(adminToken).body(Map.of("role", "MEMBER")).put(base + admin.id + "/role").then().statusCode(200);
        Api.as(adminToken).body(Map.of("role", "OWNER")).put(base + member.id + "/role").then().statusCode(400)
                .body("violations[0].field", equalTo("role"));
    }

    @Test
    void anAdminRemovesSomeoneWhoThenLosesMemberRights() {
        Organisation organisation = fixtures.activeOrganisation();
        String admin = fixtures.token(fixtures.orgAdmin(organisation.id));
        Person leaving = fixtures.member(organisation.id);
        Person stranger = fixtures.member(fixtures.activeOrganisation().id);
        String base = "/api/v1/organisations/" + organisation.id + "/people";

        Api.as(admin).delete(base + "/" + stranger.id).then().statusCode(404);
        Api.as(admin).delete(base + "/" + leaving.id).then().statusCode(204);
        Api.as(admin).get(base).then().statusCode(200).body("id", not(hasItem(leaving.id.toString())));
        Api.as(fixtures.token(leaving)).get("/api/v1/me").then().body("organisation", equalTo(null))
                .body("roles.size()", equalTo(0));
    }

    @Test
    void peopleListsAreForTheOrganisationAndStaff() {
        Organisation organisation = fixtures.activeOrganisation();
        fixtures.orgAdmin(organisation.id);
        String outsider = fixtures.token(fixtures.member(fixtures.activeOrganisation().id));
        Api.as(outsider).get("/api/v1/organisations/" + organisation.id + "/people").then().statusCode(403);
        Api.as(fixtures.token(fixtures.animator())).get("/api/v1/organisations/" + organisation.id + "/people")
                .then().statusCode(200).body("size()", equalTo(1));
        Api.anonymous().get("/api/v1/organisations/" + organisation.id + "/people").then().statusCode(401);
    }
}
