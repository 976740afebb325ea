package org.elbasar.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;
import org.elbasar.testing.Api;
import org.elbasar.testing.Contract;
import org.elbasar.testing.Fixtures;
import org.elbasar.testing.Images;
import org.elbasar.testing.Items;
import org.junit.jupiter.api.Test;

/**
 * http.server.requests is counted by operation, not by address: ids, SPA routes and unknown paths
 * would each make a uri tag of their own, and past the registry's limit of uri tags the requests
 * are no longer counted at all.
 */
@QuarkusTest
class MetricsTest {

    private static final String REQUESTS = "http.server.requests";
    /** An item's template as RESTEasy gives it, with its path parameter's pattern. */
    private static final String ITEM = "/api/v1/{kind: offers|requests}/{id}";
    /** The uri tags that are no operation of the contract: the SPA's page routes, and what is neither. */
    private static final Set<String> OUTSIDE_THE_API = Set.of("/spa", "/assets/{file}", "NOT_FOUND", "REDIRECTION", "root");

    @Inject
    MeterRegistry registry;

    @Inject
    Fixtures fixtures;

    @Test
    void eachRequestIsTaggedWithItsTemplateAndPathsOutsideTheApiWithAFewTags() {
        String member = fixtures.token(fixtures.member(fixtures.activeOrganisation().id));
        List<String> offers = new ArrayList<>();
        List<String> photos = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String offer = Items.publish(member, "offers", Items.loan(Fixtures.unique("Remorque"), "Une remorque à prêter."));
            offers.add(offer);
            photos.add(RestAssured.given().auth().oauth2(member).multiPart("file", "photo.png", Images.png(40, 30), "image/png")
                    .post("/api/v1/offers/" + offer + "/photos").then().statusCode(201).extract().path("id"));
        }
        long itemsBefore = count(ITEM);
        long photosBefore = count("/api/v1/photos/{photoId}");

        List<String> ids = new ArrayList<>(offers);
        ids.addAll(List.of(UUID.randomUUID().toString(), "not-an-id"));
        for (String id : ids) {
            Api.anonymous().get("/api/v1/offers/" + id).then().statusCode(offers.contains(id) ? 200 : 404);
        }
        for (String photo : photos) {
            RestAssured.get("/api/v1/photos/" + photo).then().statusCode(200);
            RestAssured.get("/api/v1/photos/" + photo + "/thumbnail").then().statusCode(200);
        }
        for (String feed : List.of("offers.rss", "requests.atom", "events.rss")) {
            RestAssured.get("/api/v1/feeds/" + feed).then().statusCode(200);
        }
        // the SPA's routes, served its index.html, and paths that are nothing
        for (String page : List.of("/", "/directory", "/offers/" + offers.get(0), "/organisations/" + UUID.randomUUID())) {
            RestAssured.get(page).then().statusCode(200);
        }
        for (String nothing : List.of("/api/v1/nothing/" + UUID.randomUUID(), "/assets/" + UUID.randomUUID() + ".js",
                "/q/" + UUID.randomUUID())) {
            RestAssured.get(nothing).then().statusCode(404);
        }
        // a method the path does not have
        RestAssured.patch("/api/v1/offers/" + offers.get(0)).then().statusCode(404);

        assertEquals(itemsBefore + ids.size(), count(ITEM), "item reads, found or not, under their template");
        assertEquals(photosBefore + photos.size(), count("/api/v1/photos/{photoId}"), "photo reads under their template");
        assertTrue(count("/api/v1/photos/{photoId}/thumbnail") >= photos.size(), "thumbnails under their template");
        assertTrue(count("/api/v1/feeds/{topic}.{format}") >= 3, "feeds under their template");
        assertTrue(count("/spa") >= 3, "the SPA's routes under one tag");

        // whatever else ran in this JVM before, every tag is an operation's template or one of a few fixed ones
        Set<String> templates = Contract.served().operations().stream().map(Contract.Operation::path).collect(Collectors.toSet());
        Set<String> unexpected = uris().stream().map(uri -> uri.replaceAll("\\{(\\w+):[^}]*}", "{$1}"))
                .collect(Collectors.toCollection(TreeSet::new));
        unexpected.removeAll(templates);
        unexpected.removeAll(OUTSIDE_THE_API);
        unexpected.removeIf(uri -> uri.startsWith("/q/") && !uri.matches(".*[0-9a-f]{8}-.*"));
        assertEquals(Set.of(), unexpected, "uri tags that are neither an operation's template nor a fixed one");
        // and there is room for them all: past the limit, requests with a new tag are not counted
        int limit = ConfigProvider.getConfig().getValue("quarkus.micrometer.binder.http-server.max-uri-tags", Integer.class);
        assertTrue(templates.size() + OUTSIDE_THE_API.size() < limit, templates.size() + " templates for a limit of " + limit);
    }

    private long count(String uri) {
        return registry.find(REQUESTS).tag("uri", uri).timers().stream().mapToLong(Timer::count).sum();
    }

    private Set<String> uris() {
        return registry.find(REQUESTS).timers().stream().map(timer -> timer.getId().getTag("uri")).collect(Collectors.toSet());
    }
}
