package org.elbasar.newsletter.service;

import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.elbasar.common.api.ApiException;
import org.elbasar.common.api.Messages;
import org.elbasar.common.service.Replica;
import org.elbasar.common.service.ReplicaReads;
import org.elbasar.event.service.Events;
import org.elbasar.event.service.ParisTime;
import org.elbasar.member.domain.Territory;

/** RSS 2.0 and Atom 1.0 feeds of new offers, new requests and coming events, for the network or one territory. */
@ApplicationScoped
public class Feeds {

    public enum Topic {
        OFFERS, REQUESTS, EVENTS
    }

    public enum Format {
        RSS("rss_2.0", "application/rss+xml; charset=utf-8"), ATOM("atom_1.0", "application/atom+xml; charset=utf-8");

        final String romeType;
        public final String mediaType;

        Format(String romeType, String mediaType) {
            this.romeType = romeType;
            this.mediaType = mediaType;
        }
    }

    static final int ENTRIES = 50;

    private final EntityManager entityManager;
    private final ReplicaReads reads;
    private final Messages messages;
    private final Clock clock;
    private final String publicUrl;

    public Feeds(@Replica EntityManager entityManager, ReplicaReads reads, Messages messages, Clock clock,
            @ConfigProperty(name = "elbasar.public-url") String publicUrl) {
        this.entityManager = entityManager;
        this.reads = reads;
        this.messages = messages;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    @Transactional
    public String feed(Topic topic, Format format, String territoryId) {
        Territory territory = null;
        if (territoryId != null) {
            territory = Territory.findById(territoryId);
            if (territory == null) {
                throw ApiException.invalid("territory", "validation.unknown-territory");
            }
        }
        // anonymous readers, on the read replica when there is one
        List<SyndEntry> entries = reads.read(null, () -> topic == Topic.EVENTS ? events(territoryId) : items(topic, territoryId));
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(format.romeType);
        String where = territory == null ? messages.get(Locale.FRENCH, "feed.network") : territory.name;
        feed.setTitle(messages.get(Locale.FRENCH, "feed.title." + topic.name(), where));
        feed.setDescription(messages.get(Locale.FRENCH, "feed.description." + topic.name(), where));
        String page = publicUrl + switch (topic) {
            case OFFERS -> "/offers";
            case REQUESTS -> "/requests";
            case EVENTS -> "/events";
        };
        feed.setLink(page);
        String self = publicUrl + "/api/v1/feeds/" + topic.name().toLowerCase(Locale.ROOT) + "." + format.name().toLowerCase(Locale.ROOT)
                + (territoryId == null ? "" : "?territory=" + territoryId);
        feed.setUri(self);
        SyndLink selfLink = new SyndLinkImpl();
        selfLink.setRel("self");
        selfLink.setHref(self);
        selfLink.setType(format.mediaType.substring(0, format.mediaType.indexOf(';')));
        SyndLink alternate = new SyndLinkImpl();
        alternate.setRel("alternate");
        alternate.setHref(page);
        alternate.setType("text/html");
        feed.setLinks(List.of(alternate, selfLink));
        feed.setLanguage("fr");
        feed.setAuthor("elBasar");
        feed.setPublishedDate(entries.stream().map(SyndEntry::getPublishedDate).max(Date::compareTo)
                .orElse(Date.from(clock.instant())));
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("Cannot write the feed", e);
        }
    }

    @SuppressWarnings("unchecked")
    private List<SyndEntry> items(Topic topic, String territoryId) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT i.id, i.title, i.description, o.name, i.published_at, i.updated_at, c.name_fr
                FROM catalog_item i
                JOIN organisation o ON o.id = i.organisation_id
                JOIN category c ON c.code = i.category_code
                WHERE i.kind = :kind AND i.status = 'PUBLISHED' AND i.hidden_at IS NULL
                  AND (CAST(:territory AS text) IS NULL OR o.commune_id IN
                       (SELECT id FROM territory WHERE id = :territory OR parent_ids @> ARRAY[CAST(:territory AS text)]))
                ORDER BY i.published_at DESC, i.id LIMIT :limit""")
                .setParameter("kind", topic == Topic.OFFERS ? "OFFER" : "REQUEST")
                .setParameter("territory", territoryId).setParameter("limit", ENTRIES).getResultList();
        String path = topic == Topic.OFFERS ? "/offers/" : "/requests/";
        List<SyndEntry> entries = new ArrayList<>();
        for (Object[] row : rows) {
            SyndEntry entry = entry(publicUrl + path + row[0], (String) row[1], (String) row[2], (String) row[3],
                    (Instant) row[4], (Instant) row[5]);
            SyndCategoryImpl category = new SyndCategoryImpl();
            category.setName((String) row[6]);
            entry.setCategories(List.of(category));
            entries.add(entry);
        }
        return entries;
    }

    @SuppressWarnings("unchecked")
    private List<SyndEntry> events(String territoryId) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT e.id, e.title, e.description, coalesce(o.name, 'elBasar'), e.created_at, e.updated_at, e.starts_at, e.ends_at,
                       coalesce(e.venue, e.online_url)
                FROM event e LEFT JOIN organisation o ON o.id = e.host_organisation_id
                WHERE e.status = 'PUBLISHED' AND e.ends_at > :now
                  AND (CAST(:territory AS text) IS NULL OR\s""" + Events.IN_TERRITORY + """
                )
                ORDER BY e.starts_at, e.id LIMIT :limit""")
                .setParameter("now", clock.instant()).setParameter("territory", territoryId).setParameter("limit", ENTRIES)
                .getResultList();
        List<SyndEntry> entries = new ArrayList<>();
        for (Object[] row : rows) {
            String when = ParisTime.describe((Instant) row[6], (Instant) row[7], Locale.FRENCH) + " · " + row[8];
            entries.add(entry(publicUrl + "/events/" + row[0], (String) row[1], when + "\n\n" + row[2], (String) row[3],
                    (Instant) row[4], (Instant) row[5]));
        }
        return entries;
    }

    private static SyndEntry entry(String link, String title, String text, String author, Instant published, Instant updated) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri(link);
        entry.setLink(link);
        entry.setTitle(title);
        entry.setAuthor(author);
        SyndContentImpl description = new SyndContentImpl();
        description.setType("text/plain");
        description.setValue(text == null ? "" : text);
        entry.setDescription(description);
        entry.setPublishedDate(Date.from(published));
        entry.setUpdatedDate(Date.from(updated == null ? published : updated));
        return entry;
    }
}
