package org.elbasar.member;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.elbasar.member.domain.Organisation;
import org.elbasar.member.domain.OrganisationStatus;
import org.elbasar.member.service.OrganisationService;
import org.elbasar.testing.Api;
import org.elbasar.testing.Fixtures;
import org.elbasar.testing.Statements;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DirectoryTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Statements statements;

    @Test
    void frenchSearchIgnoresAccentsCaseAndPlurals() {
        String marker = Fixtures.unique("zq").replace("-", "");
        String name = "Atelier Vélo " + marker;
        fixtures.described(name, "Réparation de vélos et prêt d'une remorque pour les associations.", List.of("vélo-école"), "commune:59512", "energy");
        for (String query : List.of("velo " + marker, "VÉLOS " + marker, marker + " remorques", marker + " pret reparations")) {
            Api.anonymous().queryParam("q", query).get("/api/v1/organisations").then().statusCode(200)
                    .body("total", equalTo(1)).body("items[0].name", equalTo(name));
        }
        Api.anonymous().queryParam("q", marker + " boulangerie").get("/api/v1/organisations").then().body("total", equalTo(0));
    }

    @Test
    void filtersBySectorLegalFormAndEnclosingTerritory() {
        String marker = Fixtures.unique("filtre").replace("-", "");
        fixtures.described("Roubaix " + marker, "x", List.of(), "commune:59512", "food");     // Roubaix, in the MEL, in the Nord
        fixtures.described("Amiens " + marker, "x", List.of(), "commune:80021", "food");      // Amiens, in the Somme
        fixtures.described("Lille textile " + marker, "x", List.of(), "commune:59350", "textile");

        Api.anonymous().queryParam("q", marker).queryParam("territory", "epci:200093201").get("/api/v1/organisations")
                .then().body("items.name", org.hamcrest.Matchers.containsInAnyOrder("Roubaix " + marker, "Lille textile " + marker));
        Api.anonymous().queryParam("q", marker).queryParam("territory", "departement:80").get("/api/v1/organisations")
                .then().body("items.name", org.hamcrest.Matchers.contains("Amiens " + marker));
        Api.anonymous().queryParam("q", marker).queryParam("territory", "commune:59512").get("/api/v1/organisations")
                .then().body("items.name", org.hamcrest.Matchers.contains("Roubaix " + marker));
        Api.anonymous().queryParam("q", marker).queryParam("sector", "food").get("/api/v1/organisations")
                .then().body("total", equalTo(2)).body("items.sectors.code.flatten()", not(hasItem("textile")));
        Api.anonymous().queryParam("q", marker).queryParam("legalForm", "SCOP").get("/api/v1/organisations")
                .then().body("total", equalTo(0));
        Api.anonymous().queryParam("q", marker).queryParam("legalForm", "ASSOCIATION").get("/api/v1/organisations")
                .then().body("total", equalTo(3));
        Api.anonymous().queryParam("legalForm", "PIRATE").get("/api/v1/organisations").then().statusCode(400);
    }

    @Test
    void newThisMonthAndNewestFirst() {
        String marker = Fixtures.unique("recent").replace("-", "");
        Organisation old = fixtures.described("Ancienne " + marker, "x", List.of(), "commune:59350");
        fixtures.described("Nouvelle " + marker, "x", List.of(), "commune:59350");
        fixtures.joinedDaysAgo(old.id, 70);
        Api.anonymous().queryParam("q", marker).queryParam("newThisMonth", true).get("/api/v1/organisations")
                .then().body("items.name", org.hamcrest.Matchers.contains("Nouvelle " + marker));
        Api.anonymous().queryParam("q", marker).queryParam("sort", "newest").get("/api/v1/organisations")
                .then().body("items.name", org.hamcrest.Matchers.contains("Nouvelle " + marker, "Ancienne " + marker));
        Api.anonymous().queryParam("sort", "oldest").get("/api/v1/organisations").then().statusCode(400)
                .body("violations[0].field", equalTo("sort"));
    }

    @Test
    void paginationGivesTheTotalInAtMostThreeStatementsWhateverThePageSize() {
        String marker = Fixtures.unique("page").replace("-", "");
        for (int i = 0; i < 12; i++) {
            fixtures.described("Structure " + marker + " " + i, "x", List.of(), "commune:59350", "reuse", "food");
        }
        Api.anonymous().queryParam("q", marker).queryParam("size", 5).queryParam("page", 2).get("/api/v1/organisations")
                .then().body("total", equalTo(12)).body("items.size()", equalTo(2)).body("page", equalTo(2));
        Api.anonymous().queryParam("q", marker).queryParam("size", 5).queryParam("page", 9).get("/api/v1/organisations")
                .then().body("total", equalTo(12)).body("items.size()", equalTo(0));
        // a full page needs a count (page, count, sectors); a last page knows its total (page, sectors)
        long full = statements.countDuring(() -> Api.anonymous().queryParam("size", 1).get("/api/v1/organisations").then().statusCode(200));
        long last = statements.countDuring(() -> Api.anonymous().queryParam("q", marker).queryParam("size", 100)
                .get("/api/v1/organisations").then().body("total", equalTo(12)));
        assertEquals(3, full);
        assertEquals(2, last);
        Api.anonymous().queryParam("size", 101).get("/api/v1/organisations").then().statusCode(400)
                .body("violations[0].field", equalTo("size"));
    }

    @Test
    void relevanceRanksTheNewestMatchesAndListsTheOthersAfterThemNewestFirst() {
        String marker = Fixtures.unique("fenetre").replace("-", "");
        Organisation copied = fixtures.described("Structure", "Nous parlons de " + marker + ".", List.of(), "commune:59350");
        fixtures.organisationCopies(copied.id, OrganisationService.RANKED_WINDOW + 5);
        Organisation oldNamed = fixtures.described("Ancien " + marker, "x", List.of(), "commune:59350");
        fixtures.joinedDaysAgo(oldNamed.id, 30);
        Organisation newNamed = fixtures.described("Nouveau " + marker, "x", List.of(), "commune:59350");
        int total = OrganisationService.RANKED_WINDOW + 8;

        // the name outranks the description among the newest matches; the oldest, past them, comes last
        // whatever its rank; pages of 70 (one across the window's end) give every match once
        List<String> ids = new ArrayList<>();
        for (int page = 0; page * 70 < total; page++) {
            ids.addAll(Api.anonymous().queryParam("q", marker).queryParam("size", 70).queryParam("page", page)
                    .get("/api/v1/organisations").then().statusCode(200).body("total", equalTo(total))
                    .extract().<List<String>>path("items.id"));
        }
        assertEquals(total, ids.size());
        assertEquals(total, new HashSet<>(ids).size());
        assertEquals(newNamed.id.toString(), ids.get(0));
        assertEquals(oldNamed.id.toString(), ids.get(total - 1));
        // a part of a name, which no French word matches, finds it
        Api.anonymous().queryParam("q", marker.substring(2, 10)).get("/api/v1/organisations").then()
                .body("items.id", containsInAnyOrder(newNamed.id.toString(), oldNamed.id.toString()));
    }

    @Test
    void contactDetailsAreForSignedInMembersOnly() {
        Organisation organisation = fixtures.activeOrganisation();
        fixtures.orgAdmin(organisation.id);
        Api.anonymous().get("/api/v1/organisations/" + organisation.id).then().statusCode(200)
                .header("ETag", notNullValue())
                .body("name", equalTo(organisation.name))
                .body("commune.name", equalTo("Lille"))
                .body("epci.id", equalTo("epci:200093201"))
                .body("departement.id", equalTo("departement:59"))
                .body("contact", nullValue());
        String member = fixtures.token(fixtures.member(fixtures.activeOrganisation().id));
        Api.as(member).get("/api/v1/organisations/" + organisation.id).then().statusCode(200)
                .body("contact.email", equalTo(organisation.contactEmail))
                .body("contact.people.size()", equalTo(1));
        // a person of a pending organisation is not yet a member
        Organisation pending = fixtures.organisation(Fixtures.unique("Pending"), OrganisationStatus.PENDING, "commune:59350");
        String applicant = fixtures.token(fixtures.orgAdmin(pending.id));
        Api.as(applicant).get("/api/v1/organisations/" + organisation.id).then().body("contact", nullValue());
        Api.as(applicant).get("/api/v1/organisations/" + pending.id).then().statusCode(200).body("status", equalTo("PENDING"));
        Api.anonymous().get("/api/v1/organisations/" + pending.id).then().statusCode(404);
        Api.anonymous().get("/api/v1/organisations/not-a-uuid").then().statusCode(404);
    }

    @Test
    void onlyActiveOrganisationsAreListed() {
        String marker = Fixtures.unique("statut").replace("-", "");
        fixtures.organisation("Attente " + marker, OrganisationStatus.PENDING, "commune:59350");
        fixtures.organisation("Refus " + marker, OrganisationStatus.REJECTED, "commune:59350");
        Api.anonymous().queryParam("q", marker).get("/api/v1/organisations").then().body("total", equalTo(0));
        Api.anonymous().get("/api/v1/organisations?size=100").then().body("items.summary", everyItem(notNullValue()));
    }
}
