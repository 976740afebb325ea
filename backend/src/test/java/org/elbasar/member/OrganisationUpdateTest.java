package org.elbasar.member;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.elbasar.member.domain.Organisation;
import org.elbasar.testing.Api;
import org.elbasar.testing.Fixtures;
import org.elbasar.testing.OrganisationInputs;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganisationUpdateTest {

    @Inject
    Fixtures fixtures;

    private static String etag(String token, UUID id) {
        return Api.as(token).get("/api/v1/organisations/" + id).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void anOrganisationAdminEditsTheProfileWithTheVersionTheyRead() {
        Organisation organisation = fixtures.activeOrganisation();
        String admin = fixtures.token(fixtures.orgAdmin(organisation.id));
        String etag = etag(admin, organisation.id);
        String newEtag = Api.as(admin).header("If-Match", etag).body(OrganisationInputs.profile("Épicerie du Coin"))
                .put("/api/v1/organisations/" + organisation.id).then().statusCode(200)
                .body("name", equalTo("Épicerie du Coin"))
                .body("legalForm", equalTo("SCIC"))
                .body("commune.name", equalTo("Amiens"))
                .body("sectors[0].code", equalTo("food"))
                .body("contact.email", equalTo("bonjour@epicerie.example"))
                .extract().header("ETag");
        org.junit.jupiter.api.Assertions.assertNotEquals(etag, newEtag);

        // a second editor who read the old version is stopped instead of overwriting
        Api.as(admin).header("If-Match", etag).body(OrganisationInputs.profile("Écrasement"))
                .put("/api/v1/organisations/" + organisation.id).then().statusCode(412)
                .contentType("application/problem+json").body("type", equalTo("https://elbasar.org/problems/stale"));
        Api.as(admin).body(OrganisationInputs.profile("Sans version")).put("/api/v1/organisations/" + organisation.id).then().statusCode(428);
    }

    @Test
    void invalidProfilesNameTheirFields() {
        Organisation organisation = fixtures.activeOrganisation();
        String admin = fixtures.token(fixtures.orgAdmin(organisation.id));
        Map<String, Object> profile = OrganisationInputs.profile("Nom");
        profile.put("siret", "12345678901234");
        profile.put("website", "ftp://nope");
        profile.put("sectorCodes", List.of());
        Api.as(admin).header("If-Match", etag(admin, organisation.id)).body(profile)
                .put("/api/v1/organisations/" + organisation.id).then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("sectorCodes", "siret", "website"));
    }

    @Test
    void onlyItsAdminsAndStaffMayEditAnOrganisation() {
        Organisation organisation = fixtures.activeOrganisation();
        String etag = etag(fixtures.token(fixtures.orgAdmin(organisation.id)), organisation.id);
        String plainMember = fixtures.token(fixtures.member(organisation.id));
        String otherAdmin = fixtures.token(fixtures.orgAdmin(fixtures.activeOrganisation().id));

        Api.anonymous().header("If-Match", etag).body(OrganisationInputs.profile("X")).put("/api/v1/organisations/" + organisation.id)
                .then().statusCode(401);
        Api.as(plainMember).header("If-Match", etag).body(OrganisationInputs.profile("X")).put("/api/v1/organisations/" + organisation.id)
                .then().statusCode(403);
        Api.as(otherAdmin).header("If-Match", etag).body(OrganisationInputs.profile("X")).put("/api/v1/organisations/" + organisation.id)
                .then().statusCode(403).contentType("application/problem+json");
        Api.as(otherAdmin).header("If-Match", etag).body(OrganisationInputs.profile("X")).put("/api/v1/organisations/" + UUID.randomUUID())
                .then().statusCode(404);
        Api.as(fixtures.token(fixtures.animator())).header("If-Match", etag).body(OrganisationInputs.profile("Corrigé par l'animation"))
                .put("/api/v1/organisations/" + organisation.id).then().statusCode(200);
    }

    @Test
    void aSiretAlreadyUsedByAMemberIsRefused() {
        Organisation first = fixtures.activeOrganisation();
        String firstAdmin = fixtures.token(fixtures.orgAdmin(first.id));
        Map<String, Object> profile = OrganisationInputs.profile("Première");
        String siret = luhnSiret();
        profile.put("siret", siret);
        Api.as(firstAdmin).header("If-Match", etag(firstAdmin, first.id)).body(profile)
                .put("/api/v1/organisations/" + first.id).then().statusCode(200).body("siret", equalTo(siret));
        Organisation second = fixtures.activeOrganisation();
        String secondAdmin = fixtures.token(fixtures.orgAdmin(second.id));
        Api.as(secondAdmin).header("If-Match", etag(secondAdmin, second.id)).body(profile)
                .put("/api/v1/organisations/" + second.id).then().statusCode(409)
                .body("violations[0].field", equalTo("siret"));
    }

    /** A random SIRET with a valid Luhn key. */
    private static String luhnSiret() {
        String body = String.format("%013d", (long) (Math.random() * 1e13));
        for (int key = 0; key < 10; key++) {
            if (org.elbasar.common.validation.SiretValidator.isValid(body + key)) {
                return body + key;
            }
        }
        throw new IllegalStateException();
    }
}
