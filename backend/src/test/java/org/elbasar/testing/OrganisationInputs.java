package org.elbasar.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Bodies for an organisation's profile and for the charter, shared by the tests that send them. */
public final class OrganisationInputs {

    private OrganisationInputs() {
    }

    /** A cooperative grocery's profile, as its admin sends it (PUT /api/v1/organisations/{id}). */
    public static Map<String, Object> profile(String name) {
        Map<String, Object> profile = new HashMap<>(Map.of(
                "name", name, "legalForm", "SCIC", "communeId", "commune:80021",
                "sectorCodes", List.of("food"), "description", "Épicerie coopérative et solidaire.",
                "activities", List.of("épicerie", "livraison"), "contactEmail", "bonjour@epicerie.example"));
        profile.put("siret", null);
        return profile;
    }

    /** The charter's current text as a new version (POST /api/v1/charter/versions), so that the charter other tests read stays the same. */
    public static Map<String, Object> charterAsItIs() {
        var fr = Api.anonymous().header("Accept-Language", "fr").get("/api/v1/charter").then().statusCode(200).extract().jsonPath();
        var en = Api.anonymous().header("Accept-Language", "en").get("/api/v1/charter").then().statusCode(200).extract().jsonPath();
        return Map.of("titleFr", fr.getString("title"), "bodyFr", fr.getString("body"), "titleEn", en.getString("title"),
                "bodyEn", en.getString("body"));
    }
}
