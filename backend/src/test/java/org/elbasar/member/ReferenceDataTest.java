package org.elbasar.member;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.elbasar.testing.Api;
import org.elbasar.testing.Fixtures;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReferenceDataTest {

    @Inject
    Fixtures fixtures;

    @Test
    void anyoneLearnsWhichVersionOfTheContractIsServed() {
        Api.anonymous().get("/api/v1/about").then().statusCode(200)
                .body("name", equalTo("elBasar")).body("apiVersion", equalTo("1.0.0"));
    }

    @Test
    void territoriesAreFoundByNameWithoutAccentsOrHyphensAndByPostalCode() {
        Api.anonymous().queryParam("q", "villeneuve d ascq").get("/api/v1/territories").then().statusCode(200)
                .body("[0].id", equalTo("commune:59009")).body("[0].name", equalTo("Villeneuve-d'Ascq"));
        Api.anonymous().queryParam("q", "compiegne").queryParam("kind", "COMMUNE").get("/api/v1/territories").then()
                .body("[0].name", equalTo("Compiègne"));
        Api.anonymous().queryParam("q", "59000").get("/api/v1/territories").then().body("name", hasItem("Lille"));
        Api.anonymous().queryParam("q", "metropole europeenne").queryParam("kind", "EPCI").get("/api/v1/territories").then()
                .body("[0].id", equalTo("epci:200093201")).body("kind", everyItem(equalTo("EPCI")));
        Api.anonymous().queryParam("kind", "DEPARTEMENT").get("/api/v1/territories").then().body("size()", equalTo(5));
        Api.anonymous().get("/api/v1/territories/commune:80021").then().body("name", equalTo("Amiens"))
                .body("departementCode", equalTo("80"));
        Api.anonymous().get("/api/v1/territories/commune:75056").then().statusCode(404);
    }

    @Test
    void sectorsAreListedInTheCallersLanguageAndEditedByAdmins() {
        Api.anonymous().header("Accept-Language", "en").get("/api/v1/sectors").then().statusCode(200)
                .body("size()", greaterThanOrEqualTo(8)).body("find { it.code == 'reuse' }.name", containsString("Reuse"));
        Api.anonymous().get("/api/v1/sectors").then().body("find { it.code == 'reuse' }.name", containsString("Réemploi"));

        String code = Fixtures.unique("sector").toLowerCase();
        Map<String, Object> sector = Map.of("code", code, "nameFr", "Apiculture", "nameEn", "Beekeeping", "position", 500);
        Api.as(fixtures.token(fixtures.animator())).body(sector).put("/api/v1/sectors/" + code).then().statusCode(403);
        String admin = fixtures.token(fixtures.admin());
        Api.as(admin).body(sector).put("/api/v1/sectors/" + code).then().statusCode(200).body("name", equalTo("Apiculture"));
        Api.anonymous().get("/api/v1/sectors").then().body("code", hasItem(code));
        Api.as(admin).delete("/api/v1/sectors/" + code).then().statusCode(204);
        Api.as(admin).delete("/api/v1/sectors/reuse").then().statusCode(409);
        Api.as(admin).body(Map.of("code", "Bad Code!", "nameFr", "x", "nameEn", "x", "position", 1))
                .put("/api/v1/sectors/bad").then().statusCode(400).body("violations[0].field", equalTo("code"));
    }

    @Test
    void theCharterHasVersionsPublishedByAdminsAndAcceptancesAreKept() {
        Api.anonymous().get("/api/v1/charter").then().statusCode(200).body("title", containsString("Charte"));
        Api.anonymous().header("Accept-Language", "en").get("/api/v1/charter").then().body("title", containsString("charter"));
        Api.as(fixtures.token(fixtures.member(fixtures.activeOrganisation().id))).get("/api/v1/charter/acceptances")
                .then().statusCode(403);
        Api.as(fixtures.token(fixtures.animator())).get("/api/v1/charter/acceptances").then().statusCode(200);
        Map<String, String> version = Map.of("titleFr", "Charte v2", "bodyFr", "Texte", "titleEn", "Charter v2", "bodyEn", "Text");
        Api.as(fixtures.token(fixtures.animator())).body(version).post("/api/v1/charter/versions").then().statusCode(403);
        int published = Api.as(fixtures.token(fixtures.admin())).body(version).post("/api/v1/charter/versions")
                .then().statusCode(201).extract().path("version");
        Api.anonymous().get("/api/v1/charter").then().body("version", equalTo(published));
        Api.anonymous().get("/api/v1/charter/versions").then().body("version", hasItem(1));
    }
}
