package org.elbasar.catalog;

import static org.elbasar.testing.Images.png;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.elbasar.testing.Api;
import org.elbasar.testing.Fixtures;
import org.elbasar.testing.Items;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PhotoTest {

    @Inject
    Fixtures fixtures;

    private static io.restassured.response.Response upload(String token, String itemId, String name, byte[] bytes, String type) {
        return Api.as(token).contentType("multipart/form-data").multiPart("file", name, bytes, type)
                .post("/api/v1/offers/" + itemId + "/photos");
    }

    @Test
    void photosAreResizedWithAThumbnailAndShownOnTheItem() throws IOException {
        String token = fixtures.token(fixtures.member(fixtures.activeOrganisation().id));
        String id = Items.publish(token, "offers", Items.loan("Remorque " + Fixtures.unique("ph"), "x"));
        String photo = upload(token, id, "remorque.png", png(2400, 1200), "image/png").then().statusCode(201)
                .body("width", equalTo(1600)).body("height", equalTo(800)).extract().path("id");
        given().get("/api/v1/photos/" + photo).then().statusCode(200).contentType("image/png")
                .header("Cache-Control", containsString("immutable"));
        byte[] thumbnail = given().get("/api/v1/photos/" + photo + "/thumbnail").then().statusCode(200)
                .contentType("image/jpeg").extract().asByteArray();
        org.junit.jupiter.api.Assertions.assertEquals(480, ImageIO.read(new java.io.ByteArrayInputStream(thumbnail)).getWidth());
        Api.anonymous().get("/api/v1/offers/" + id).then().body("photos[0].id", equalTo(photo));
        String organisation = Api.anonymous().get("/api/v1/offers/" + id).path("organisation.id");
        Api.anonymous().queryParam("organisation", organisation).get("/api/v1/offers").then().body("items[0].thumbnailUrl", equalTo("/api/v1/photos/" + photo + "/thumbnail"));

        String stranger = fixtures.token(fixtures.member(fixtures.activeOrganisation().id));
        Api.as(stranger).delete("/api/v1/offers/" + id + "/photos/" + photo).then().statusCode(403);
        String otherItem = Items.publish(stranger, "offers", Items.loan("Autre " + Fixtures.unique("ph"), "x"));
        Api.as(stranger).delete("/api/v1/offers/" + otherItem + "/photos/" + photo).then().statusCode(404);
        Api.as(token).delete("/api/v1/offers/" + id + "/photos/" + photo).then().statusCode(204);
        given().get("/api/v1/photos/" + photo).then().statusCode(404);
    }

    @Test
    void wrongTypesTooLargeFilesAndTooManyPhotosAreRefused() throws IOException {
        String token = fixtures.token(fixtures.member(fixtures.activeOrganisation().id));
        String id = Items.publish(token, "offers", Items.loan("Remorque " + Fixtures.unique("ph"), "x"));
        upload(token, id, "notes.png", "pas une image".getBytes(), "image/png").then().statusCode(415)
                .contentType("application/problem+json").body("violations[0].field", equalTo("file"));
        byte[] large = new byte[6 * 1024 * 1024];
        System.arraycopy(png(10, 10), 0, large, 0, png(10, 10).length);
        upload(token, id, "large.png", large, "image/png").then().statusCode(413).body("violations[0].field", equalTo("file"));
        for (int i = 0; i < 5; i++) {
            upload(token, id, "p" + i + ".png", png(20, 20), "image/png").then().statusCode(201);
        }
        upload(token, id, "sixth.png", png(20, 20), "image/png").then().statusCode(400).body("violations[0].field", equalTo("file"));

        String stranger = fixtures.token(fixtures.member(fixtures.activeOrganisation().id));
        upload(stranger, id, "x.png", png(20, 20), "image/png").then().statusCode(403);
        Api.anonymous().contentType("multipart/form-data").multiPart("file", "x.png", png(20, 20), "image/png")
                .post("/api/v1/offers/" + id + "/photos").then().statusCode(401);
    }
}
