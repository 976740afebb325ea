package org.elbasar.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.elbasar.common.service.FrenchSearch;
import org.elbasar.member.domain.Organisation;
import org.elbasar.member.domain.OrganisationStatus;
import org.elbasar.testing.Api;
import org.elbasar.testing.Fixtures;
import org.elbasar.testing.Items;
import org.elbasar.testing.Sql;
import org.junit.jupiter.api.Test;

/**
 * The words search, the directory and matching take for one: French forms (plural, feminine,
 * accents, hyphens, elisions) and the network's synonyms (search_synonym), and words they must keep apart.
 */
@QuarkusTest
class FrenchWordsTest {

    /** Written one way, searched the other: each must find the other. */
    private static final List<List<String>> SAME = List.of(
            List.of("locaux", "local"), List.of("chevaux", "cheval"), List.of("journaux", "journal"),
            List.of("sociaux", "social"), List.of("végétaux", "végétal"), List.of("travaux", "travail"),
            List.of("matériaux", "matériau"), List.of("bateaux", "bateau"), List.of("noyaux", "noyau"),
            List.of("bijoux", "bijou"), List.of("vélos", "velo"), List.of("potirons", "potiron"),
            List.of("cuisinier", "cuisinière"), List.of("cuisiniers", "Cuisinières"), List.of("boulanger", "boulangère"),
            List.of("maraîcher", "maraichere"), List.of("épicier", "épicières"), List.of("animateur", "animatrice"),
            List.of("coopératif", "coopérative"), List.of("associatifs", "associative"), List.of("paysan", "paysanne"),
            List.of("ancien", "ancienne"), List.of("vélo-cargo", "vélo cargo"), List.of("porte-vélos", "porte vélo"),
            List.of("l'atelier", "ateliers"), List.of("l’atelier", "atelier"), List.of("d'occasion", "occasion"),
            List.of("PRÊT", "pret"),
            List.of("bicyclette", "vélo"), List.of("bicyclettes", "vélos"), List.of("utilitaire", "camion"),
            List.of("camionnette", "camion"), List.of("salle", "local"), List.of("salles", "locaux"),
            List.of("PC", "ordinateur"), List.of("bénévole", "volontaire"), List.of("bénévoles", "volontaires"));

    /** Close in spelling, different in meaning: neither finds the other. */
    private static final List<List<String>> APART = List.of(
            List.of("pots", "potiron"), List.of("local", "locomotive"), List.of("courge", "courgette"),
            List.of("camion", "camping"), List.of("chaux", "chaud"), List.of("vélo", "véloroute"),
            List.of("perceuse", "perceur"), List.of("salle", "sale"), List.of("bateaux", "batal"),
            List.of("travaux", "traval"), List.of("cargo", "vélo"));

    @Inject
    Fixtures fixtures;

    @Inject
    Sql sql;

    @Test
    void synonymsAreWrittenAsTheFoldingGivesThem() {
        assertEquals(List.of(), sql.list("""
                SELECT word || ' -> ' || canonical FROM search_synonym
                WHERE word <> elbasar_normalise(word) OR canonical <> elbasar_normalise(canonical)
                   OR canonical IN (SELECT word FROM search_synonym)"""));
    }

    /** Whether a text, stored as the catalogue stores it, is found by a query. */
    private boolean finds(String query, String text) {
        return sql.<Boolean>list("SELECT to_tsvector('elbasar_fr', elbasar_fold(:text)) @@ " + FrenchSearch.tsquery("q"),
                Map.of("text", text, "q", query)).get(0);
    }

    @Test
    void frenchFormsAndSynonymsMeetAndNeighboursStayApart() {
        List<String> wrong = new ArrayList<>();
        for (List<String> pair : SAME) {
            if (!finds(pair.get(0), pair.get(1)) || !finds(pair.get(1), pair.get(0))) {
                wrong.add(pair + " should meet");
            }
        }
        for (List<String> pair : APART) {
            if (finds(pair.get(0), pair.get(1)) || finds(pair.get(1), pair.get(0))) {
                wrong.add(pair + " should stay apart");
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theCatalogueFindsOtherFormsAndSynonymsOfItsWords() {
        String marker = "zq" + Fixtures.unique("").replace("-", "");
        String member = fixtures.token(fixtures.member(fixtures.activeOrganisation().id));
        String premises = Items.publish(member, "offers", Items.loan("Prêt de locaux " + marker, "Pour une cuisinière."));
        String bike = Items.publish(member, "offers", Items.loan("Prêt d'un vélo cargo " + marker, "Avec remorque."));
        for (String query : List.of("local", "salle", "cuisinier")) {
            assertEquals(List.of(premises), search(query + " " + marker), query);
        }
        for (String query : List.of("vélo-cargo", "bicyclette", "\"bicyclette cargo\"")) {
            assertEquals(List.of(bike), search(query + " " + marker), query);
        }
        assertEquals(List.of(), search("locomotive " + marker));
    }

    @Test
    void theDirectoryFindsSynonymsOfAnOrganisationsWords() {
        String marker = "zq" + Fixtures.unique("").replace("-", "");
        Organisation repairers = fixtures.described("Atelier " + marker, "Nous remettons en état des ordinateurs.",
                List.of("reconditionnement d'ordinateurs"), "commune:59350");
        Api.anonymous().queryParam("q", "PC " + marker).get("/api/v1/organisations").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.equalTo(List.of(repairers.id.toString())));
    }

    @Test
    void matchingSuggestsAnOfferWrittenWithASynonymOfTheRequest() {
        Organisation requester = fixtures.organisation("Demandeur " + Fixtures.unique("b"), OrganisationStatus.ACTIVE, "commune:59350");
        Organisation lender = fixtures.organisation("Prêteur " + Fixtures.unique("b"), OrganisationStatus.ACTIVE, "commune:59350");
        String asker = fixtures.token(fixtures.member(requester.id));
        String request = Items.publish(asker, "requests", Items.loan("Cherche une bicyclette", "Pour livrer le marché."));
        String offer = Items.publish(fixtures.token(fixtures.member(lender.id)), "offers", Items.loan("Prêt d'un vélo", "Disponible."));
        List<String> reasons = Api.as(asker).get("/api/v1/requests/" + request + "/suggestions").then().statusCode(200)
                .extract().jsonPath().getList("find { it.offer?.id == '" + offer + "' }.reasons.code");
        assertTrue(reasons != null && reasons.contains("WORDS_IN_COMMON"), "reasons: " + reasons);
    }

    private static List<String> search(String query) {
        return Api.anonymous().queryParam("q", query).get("/api/v1/offers").then().statusCode(200).extract().jsonPath()
                .getList("items.id");
    }
}
