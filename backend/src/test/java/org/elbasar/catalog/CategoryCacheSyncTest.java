package org.elbasar.catalog;

import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.elbasar.catalog.service.CategoryCacheSync;
import org.elbasar.testing.Api;
import org.elbasar.testing.Fixtures;
import org.elbasar.testing.Items;
import org.junit.jupiter.api.Test;

/** A category renamed through another instance reaches this one's item views at its next check. */
@QuarkusTest
class CategoryCacheSyncTest {

    @Inject
    Fixtures fixtures;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    CategoryCacheSync sync;

    @Test
    void aCategoryRenamedElsewhereIsShownOnceThisInstanceCheckedAgain() throws SQLException {
        String code = "test-" + Fixtures.unique("c").toLowerCase();
        String admin = fixtures.token(fixtures.admin());
        Api.as(admin).body(Map.of("parentCode", "transport", "nameFr", "Vélos cargos", "nameEn", "Cargo bikes", "position", 99))
                .put("/api/v1/categories/" + code).then().statusCode(200);
        sync.check();
        Map<String, Object> offer = new HashMap<>(Items.loan("Vélo cargo " + Fixtures.unique("v"), "Biporteur électrique."));
        offer.put("categoryCode", code);
        String id = Items.publish(fixtures.token(fixtures.member(fixtures.activeOrganisation().id)), "offers", offer);
        Api.anonymous().get("/api/v1/offers/" + id).then().statusCode(200).body("category.name", equalTo("Vélos cargos"));

        // another instance renames it (through JDBC: Hibernate empties its cache after its own native updates)
        try (Connection connection = dataSource.getConnection();
                PreparedStatement rename = connection.prepareStatement("UPDATE category SET name_fr = 'Biporteurs' WHERE code = ?")) {
            rename.setString(1, code);
            rename.executeUpdate();
        }
        // this one's cache still holds the old name
        Api.anonymous().get("/api/v1/offers/" + id).then().body("category.name", equalTo("Vélos cargos"));

        sync.check();
        Api.anonymous().get("/api/v1/offers/" + id).then().body("category.name", equalTo("Biporteurs"));
    }
}
