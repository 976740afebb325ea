package org.elbasar.catalog;

import static org.elbasar.testing.Images.png;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Map;
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
                .header("Cache-Control", equalTo("public, max-age=300, must-revalidate"));
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
    void aPhotoIsSeenByWhoeverSeesItsItemAndCachesDoNotOutliveThat() {
        String owner = fixtures.token(fixtures.member(fixtures.activeOrganisation().id));
        String stranger = fixtures.token(fixtures.member(fixtures.activeOrganisation().id));
        String animator = fixtures.token(fixtures.animator());
        String id = Api.as(owner).body(Items.loan("Remorque " + Fixtures.unique("ph"), "x")).post("/api/v1/offers").then().statusCode(201)
                .extract().path("id");
        String photo = "/api/v1/photos/" + upload(owner, id, "remorque.png", png(40, 30), "image/png").then().statusCode(201).extract().path("id");

        // a draft's photo: its organisation's and the staff's, kept by no shared cache
        seenOnlyByItsOrganisationAndTheStaff(photo, owner, stranger, animator);
        Api.as(owner).post("/api/v1/offers/" + id + "/publish").then().statusCode(200);
        for (String path : new String[] { photo, photo + "/thumbnail" }) {
            String etag = given().get(path).then().statusCode(200).header("Cache-Control", equalTo("public, max-age=300, must-revalidate"))
                    .extract().header("ETag");
            given().header("If-None-Match", etag).get(path).then().statusCode(304);
        }
        String etag = given().get(photo).then().extract().header("ETag");

        // hidden for its picture: the picture is hidden with it, and a cache asking again is not told it is unchanged
        Api.as(animator).body(Map.of("reason", "Photo inappropriée")).post("/api/v1/offers/" + id + "/hide").then().statusCode(200);
        seenOnlyByItsOrganisationAndTheStaff(photo, owner, stranger, animator);
        given().header("If-None-Match", etag).get(photo).then().statusCode(404);
        Api.as(animator).post("/api/v1/offers/" + id + "/restore").then().statusCode(200);
        given().get(photo).then().statusCode(200);

        Api.as(owner).post("/api/v1/offers/" + id + "/withdraw").then().statusCode(200);
        seenOnlyByItsOrganisationAndTheStaff(photo, owner, stranger, animator);
    }

    private static void seenOnlyByItsOrganisationAndTheStaff(String photo, String owner, String stranger, String animator) {
        for (String path : new String[] { photo, photo + "/thumbnail" }) {
            given().get(path).then().statusCode(404);
            given().auth().oauth2(stranger).get(path).then().statusCode(404);
            for (String insider : new String[] { owner, animator }) {
                given().auth().oauth2(insider).get(path).then().statusCode(200).header("Cache-Control", equalTo("private, no-cache"));
            }
        }
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
