package org.elbasar.newsletter;

import static org.elbasar.testing.Newsletters.paris;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.elbasar.member.domain.Organisation;
import org.elbasar.member.domain.OrganisationStatus;
import org.elbasar.testing.Api;
import org.elbasar.testing.EventInputs;
import org.elbasar.testing.Fixtures;
import org.elbasar.testing.Items;
import org.elbasar.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** RSS and Atom feeds, read back by a feed parser as a feed reader would. */
@QuarkusTest
class FeedTest {

    @Inject
    Fixtures fixtures;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static SyndFeed read(String path, String mediaType) throws Exception {
        // What feed readers ask for.
        String xml = Api.anonymous().accept("application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.8").get(path).then().statusCode(200).contentType(mediaType)
                .header("Cache-Control", "public, max-age=300").extract().asString();
        return new SyndFeedInput().build(new StringReader(xml));
    }

    private static List<String> titles(SyndFeed feed) {
        return feed.getEntries().stream().map(SyndEntry::getTitle).toList();
    }

    @Test
    void offersRequestsAndEventsAreFeedsForTheNetworkAndEachTerritory() throws Exception {
        clock.setTo(paris(2032, 4, 10, 10));
        String marker = Fixtures.unique("Flux");
        Organisation lille = fixtures.organisation(marker + " Lille", OrganisationStatus.ACTIVE, "commune:59350");
        Organisation arras = fixtures.organisation(marker + " Arras", OrganisationStatus.ACTIVE, "commune:62041");
        String lilleOffer = Items.publish(fixtures.token(fixtures.member(lille.id)), "offers",
                Items.loan(marker + " Remorque & bâches", "Une remorque <b>solide</b>."));
        Items.publish(fixtures.token(fixtures.member(arras.id)), "offers", Items.service(marker + " Atelier vidéo", "Tournage."));
        Items.publish(fixtures.token(fixtures.member(arras.id)), "requests", Items.loan(marker + " Cherche chaises", "Cinquante."));
        Map<String, Object> event = EventInputs.apero(LocalDateTime.of(2032, 5, 6, 18, 30), null);
        event.put("title", marker + " Apéro de mai");
        Api.as(fixtures.token(fixtures.animator())).body(event).post("/api/v1/events").then().statusCode(201);

        SyndFeed rss = read("/api/v1/feeds/offers.rss", "application/rss+xml");
        assertEquals("rss_2.0", rss.getFeedType());
        assertTrue(rss.getTitle().contains("offres") && rss.getLink().endsWith("/offers"), rss.getTitle());
        assertTrue(titles(rss).containsAll(List.of(marker + " Remorque & bâches", marker + " Atelier vidéo")), titles(rss).toString());
        SyndEntry entry = rss.getEntries().stream().filter(e -> e.getTitle().startsWith(marker + " Remorque")).findFirst().orElseThrow();
        assertTrue(entry.getLink().endsWith("/offers/" + lilleOffer));
        assertEquals("Une remorque <b>solide</b>.", entry.getDescription().getValue());
        assertTrue(entry.getPublishedDate() != null);

        SyndFeed atom = read("/api/v1/feeds/offers.atom?territory=departement:59", "application/atom+xml");
        assertEquals("atom_1.0", atom.getFeedType());
        assertTrue(atom.getUri().endsWith("/api/v1/feeds/offers.atom?territory=departement:59"), "the feed's id: " + atom.getUri());
        assertTrue(atom.getTitle().contains("Nord"));
        assertTrue(titles(atom).contains(marker + " Remorque & bâches"));
        assertFalse(titles(atom).contains(marker + " Atelier vidéo"), "Arras is in the Pas-de-Calais");
        SyndEntry atomEntry = atom.getEntries().get(0);
        assertTrue(atomEntry.getUri() != null && atomEntry.getUpdatedDate() != null && atomEntry.getAuthor() != null);

        assertTrue(titles(read("/api/v1/feeds/requests.atom?territory=departement:62", "application/atom+xml"))
                .contains(marker + " Cherche chaises"));
        assertFalse(titles(read("/api/v1/feeds/requests.rss?territory=departement:59", "application/rss+xml"))
                .contains(marker + " Cherche chaises"));
        SyndFeed events = read("/api/v1/feeds/events.rss?territory=epci:200093201", "application/rss+xml");
        SyndEntry apero = events.getEntries().stream().filter(e -> e.getTitle().equals(marker + " Apéro de mai")).findFirst().orElseThrow();
        assertTrue(apero.getDescription().getValue().startsWith("jeudi 6 mai 2032"), apero.getDescription().getValue());
        assertFalse(titles(read("/api/v1/feeds/events.atom?territory=departement:62", "application/atom+xml")).contains(marker + " Apéro de mai"));

        Api.anonymous().accept("*/*").get("/api/v1/feeds/members.rss").then().statusCode(404);
        Api.anonymous().accept("*/*").get("/api/v1/feeds/offers.json").then().statusCode(404);
        Api.anonymous().accept("*/*").get("/api/v1/feeds/offers.rss?territory=commune:00000").then().statusCode(400);
    }
}
