package org.elbasar.newsletter.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.elbasar.common.service.Caller;
import org.elbasar.event.service.ParisTime;
import org.elbasar.impact.api.ImpactViews.ImpactSummary;
import org.elbasar.impact.service.ImpactFigures;
import org.elbasar.newsletter.domain.KeyFigures;
import org.elbasar.newsletter.domain.Section;

/**
 * Reads what an issue tells: the month's new members (with their offers), new offers and requests by
 * département, the coming events, the exchange story of the month and the month's key figures.
 */
@ApplicationScoped
public class Composition {

    /** A piece of news found for an issue, before the animators pin, remove or reorder it. */
    public record Candidate(Section section, String subjectKey, String title, String summary, String link, String territory,
            String imageUrl) {
    }

    static final int PER_TERRITORY = 6;
    static final int PER_SECTION = 30;
    static final int EVENTS = 15;
    private static final int SUMMARY_LENGTH = 280;

    private final EntityManager entityManager;
    private final ImpactFigures impact;
    private final Clock clock;
    private final String publicUrl;

    public Composition(EntityManager entityManager, ImpactFigures impact, Clock clock,
            @ConfigProperty(name = "elbasar.public-url") String publicUrl) {
        this.entityManager = entityManager;
        this.impact = impact;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    /** The news of the month before {@code publication}, in the order an issue shows them. */
    public List<Candidate> candidates(YearMonth publication) {
        YearMonth covered = publication.minusMonths(1);
        Instant from = ParisTime.startOf(covered.atDay(1));
        Instant until = ParisTime.startOf(publication.atDay(1));
        List<Candidate> found = new ArrayList<>(newMembers(from, until));
        found.addAll(items("OFFER", Section.OFFERS, from, until));
        found.addAll(items("REQUEST", Section.REQUESTS, from, until));
        found.addAll(events(publication));
        found.addAll(story(covered, from, until));
        return found;
    }

    public KeyFigures figures(YearMonth publication) {
        YearMonth covered = publication.minusMonths(1);
        ImpactSummary summary = impact.summary(ImpactFigures.Scope.network(), new ImpactFigures.Period(covered, covered),
                Caller.anonymous(Locale.FRENCH));
        long newMembers = ((Number) entityManager.createNativeQuery("""
                SELECT count(*) FROM organisation WHERE status = 'ACTIVE' AND joined_at >= :from AND joined_at < :until""")
                .setParameter("from", ParisTime.startOf(covered.atDay(1)))
                .setParameter("until", ParisTime.startOf(publication.atDay(1)))
                .getSingleResult()).longValue();
        return new KeyFigures(covered.toString(), summary.exchanges(), summary.totalEur(), summary.hours(),
                summary.organisationsInvolved(), newMembers, summary.events().held());
    }

    @SuppressWarnings("unchecked")
    private List<Candidate> newMembers(Instant from, Instant until) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT o.id, o.name, o.description, d.name AS departement,
                       (SELECT string_agg(t.title, ' · ') FROM (
                          SELECT i.title FROM catalog_item i
                          WHERE i.organisation_id = o.id AND i.kind = 'OFFER' AND i.status = 'PUBLISHED' AND i.hidden_at IS NULL
                          ORDER BY i.published_at DESC LIMIT 3) t) AS offers
                FROM organisation o
                JOIN territory c ON c.id = o.commune_id
                LEFT JOIN territory d ON d.id = c.departement_id
                WHERE o.status = 'ACTIVE' AND o.joined_at >= :from AND o.joined_at < :until
                ORDER BY d.name, o.joined_at, o.id
                LIMIT :limit""")
                .setParameter("from", from).setParameter("until", until).setParameter("limit", PER_SECTION)
                .getResultList();
        return rows.stream().map(row -> {
            String summary = shorten((String) row[2]);
            if (row[4] != null) {
                summary = summary.isEmpty() ? "→ " + row[4] : summary + "\n→ " + row[4];
            }
            return new Candidate(Section.NEW_MEMBERS, "organisation:" + row[0], (String) row[1], summary,
                    publicUrl + "/organisations/" + row[0], (String) row[3], null);
        }).toList();
    }

    /** The month's published items, at most a few per département so that every territory has its share. */
    @SuppressWarnings("unchecked")
    private List<Candidate> items(String kind, Section section, Instant from, Instant until) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT id, title, description, departement, photo_id FROM (
                  SELECT i.id, i.title, i.description, d.name AS departement, i.published_at,
                         (SELECT p.id FROM catalog_photo p WHERE p.item_id = i.id ORDER BY p.position LIMIT 1) AS photo_id,
                         row_number() OVER (PARTITION BY d.id ORDER BY i.published_at DESC, i.id) AS rank
                  FROM catalog_item i
                  JOIN organisation o ON o.id = i.organisation_id
                  JOIN territory c ON c.id = o.commune_id
                  LEFT JOIN territory d ON d.id = c.departement_id
                  WHERE i.kind = :kind AND i.status = 'PUBLISHED' AND i.hidden_at IS NULL
                    AND i.published_at >= :from AND i.published_at < :until AND o.status = 'ACTIVE'
                    -- new members' offers are told with them
                    AND NOT (i.kind = 'OFFER' AND o.joined_at >= :from AND o.joined_at < :until)
                ) ranked
                WHERE rank <= :perTerritory
                ORDER BY departement, published_at DESC, id
                LIMIT :limit""")
                .setParameter("kind", kind).setParameter("from", from).setParameter("until", until)
                .setParameter("perTerritory", PER_TERRITORY).setParameter("limit", PER_SECTION)
                .getResultList();
        String path = kind.equals("OFFER") ? "/offers/" : "/requests/";
        return rows.stream().map(row -> new Candidate(section, "item:" + row[0], (String) row[1], shorten((String) row[2]),
                publicUrl + path + row[0], (String) row[3], row[4] == null ? null : publicUrl + "/api/v1/photos/" + row[4] + "/thumbnail"))
                .toList();
    }

    /** Published events from now to the end of the month after the issue's. */
    @SuppressWarnings("unchecked")
    private List<Candidate> events(YearMonth publication) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT e.id, e.title, e.starts_at, e.ends_at, coalesce(e.venue, t.name), d.name, e.image_type IS NOT NULL
                FROM event e
                JOIN territory t ON t.id = e.territory_id
                LEFT JOIN territory d ON d.id = CASE WHEN t.kind = 'DEPARTEMENT' THEN t.id ELSE t.departement_id END
                WHERE e.status = 'PUBLISHED' AND e.starts_at >= :now AND e.starts_at < :horizon
                ORDER BY e.starts_at, e.id
                LIMIT :limit""")
                .setParameter("now", clock.instant())
                .setParameter("horizon", ParisTime.startOf(publication.plusMonths(2).atDay(1)))
                .setParameter("limit", EVENTS)
                .getResultList();
        return rows.stream().map(row -> new Candidate(Section.EVENTS, "event:" + row[0], (String) row[1],
                ParisTime.describe((Instant) row[2], (Instant) row[3], Locale.FRENCH) + " · " + row[4],
                publicUrl + "/events/" + row[0], (String) row[5],
                Boolean.TRUE.equals(row[6]) ? publicUrl + "/api/v1/events/" + row[0] + "/image" : null)).toList();
    }

    /** The month's published testimonial; without one, the month's confirmed exchange of the highest value. */
    @SuppressWarnings("unchecked")
    private List<Candidate> story(YearMonth covered, Instant from, Instant until) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT x.id, p.id, p.name, b.name, t.text FROM testimonial t
                JOIN exchange x ON x.id = t.exchange_id
                JOIN organisation p ON p.id = x.provider_id JOIN organisation b ON b.id = x.beneficiary_id
                WHERE t.published_at >= :from AND t.published_at < :until AND x.status = 'CONFIRMED'
                ORDER BY t.published_at DESC LIMIT 1""")
                .setParameter("from", from).setParameter("until", until).getResultList();
        if (rows.isEmpty()) {
            rows = entityManager.createNativeQuery("""
                    SELECT x.id, p.id, p.name, b.name, x.description FROM exchange x
                    JOIN organisation p ON p.id = x.provider_id JOIN organisation b ON b.id = x.beneficiary_id
                    WHERE x.status = 'CONFIRMED' AND x.occurred_on >= :first AND x.occurred_on < :after
                    ORDER BY coalesce(x.amount_eur, x.value_eur) DESC, x.id LIMIT 1""")
                    .setParameter("first", covered.atDay(1)).setParameter("after", covered.plusMonths(1).atDay(1))
                    .getResultList();
        }
        return rows.stream().map(row -> new Candidate(Section.STORY, "story:" + row[0], row[2] + " → " + row[3],
                shorten((String) row[4]), publicUrl + "/organisations/" + row[1], null, null)).toList();
    }

    static String shorten(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.strip();
        if (flat.length() <= SUMMARY_LENGTH) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', SUMMARY_LENGTH - 1);
        return flat.substring(0, cut > SUMMARY_LENGTH / 2 ? cut : SUMMARY_LENGTH - 1).stripTrailing() + "…";
    }



    static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ParisTime.ZONE));
    }
}
