package org.elbasar.newsletter.service;

import io.quarkus.quartz.Nonconcurrent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.elbasar.common.api.ApiException;
import org.elbasar.common.api.Messages;
import org.elbasar.common.api.Page;
import org.elbasar.common.service.Caller;
import org.elbasar.event.service.ParisTime;
import org.elbasar.newsletter.api.NewsletterViews.PostSubject;
import org.elbasar.newsletter.api.NewsletterViews.PostView;
import org.elbasar.newsletter.domain.PostOfTheDay;
import org.jboss.logging.Logger;

/**
 * The post of the day: each day one offer, request or event for the network's social media, never
 * one featured in the last {@value #ROTATION_DAYS} days. Among the others the proposal goes to the
 * territory, the mode and the organisation featured longest ago, new members first; animators
 * accept, edit or skip it (a skip proposes the next best), and the history attributes exchanges.
 */
@ApplicationScoped
public class PostsOfTheDay {

    private static final Logger LOG = Logger.getLogger(PostsOfTheDay.class);
    static final int ROTATION_DAYS = 30;
    static final int MAX_LENGTH = 500;
    /** Organisations that joined this recently are "new members". */
    static final int NEW_MEMBER_DAYS = 90;
    private static final int CANDIDATES = 300;

    /** Something that could be posted, with what the rotation looks at. */
    record Candidate(PostOfTheDay.Kind kind, UUID id, String title, String description, String mode, UUID organisationId,
            String organisation, String departementId, String departement, Instant joinedAt, Instant publishedAt, String imageUrl,
            String when) {

        /** Events rotate as a mode of their own. */
        String rotationMode() {
            return mode != null ? mode : "EVENT";
        }
    }

    private final EntityManager entityManager;
    private final Messages messages;
    private final Clock clock;
    private final String publicUrl;

    public PostsOfTheDay(EntityManager entityManager, Messages messages, Clock clock,
            @ConfigProperty(name = "elbasar.public-url") String publicUrl) {
        this.entityManager = entityManager;
        this.messages = messages;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    /** Ready for the animators when they arrive. */
    @Nonconcurrent
    @Scheduled(identity = "post-of-the-day", cron = "{elbasar.newsletter.post-of-the-day-cron}", timeZone = "Europe/Paris",
            executeWith = Scheduled.QUARTZ)
    void proposeEachMorning() {
        try {
            today();
        } catch (ApiException e) {
            LOG.info("Nothing to propose as post of the day");
        }
    }

    /** The day's accepted post, or its current proposal, made now if there is none. */
    @Transactional
    public PostView today(Caller caller) {
        NewsletterDrafts.staffOnly(caller);
        return view(today(), caller.locale());
    }

    PostOfTheDay today() {
        LocalDate day = LocalDate.now(clock.withZone(ParisTime.ZONE));
        return PostOfTheDay.<PostOfTheDay>find("day = ?1 and status = ?2", day, PostOfTheDay.Status.ACCEPTED).firstResultOptional()
                .or(() -> PostOfTheDay.<PostOfTheDay>find("day = ?1 and status = ?2", day, PostOfTheDay.Status.PROPOSED).firstResultOptional())
                .or(() -> propose(day))
                .orElseThrow(() -> new ApiException(Status.NOT_FOUND, "nothing-to-post"));
    }

    @Transactional
    public PostView accept(UUID id, Caller caller) {
        NewsletterDrafts.staffOnly(caller);
        PostOfTheDay post = find(id);
        if (post.status == PostOfTheDay.Status.SKIPPED) {
            throw new ApiException(Status.CONFLICT, "post-skipped");
        }
        if (post.status == PostOfTheDay.Status.PROPOSED) {
            post.status = PostOfTheDay.Status.ACCEPTED;
            post.decidedBy = caller.personId();
            post.decidedAt = clock.instant();
        }
        return view(post, caller.locale());
    }

    /** Skips a proposal and answers the next one for the same day, or the skipped one when nothing else is left. */
    @Transactional
    public PostView skip(UUID id, Caller caller) {
        NewsletterDrafts.staffOnly(caller);
        PostOfTheDay post = find(id);
        if (post.status != PostOfTheDay.Status.PROPOSED) {
            throw new ApiException(Status.CONFLICT, "post-decided");
        }
        post.status = PostOfTheDay.Status.SKIPPED;
        post.decidedBy = caller.personId();
        post.decidedAt = clock.instant();
        entityManager.flush();
        return view(propose(post.day).orElse(post), caller.locale());
    }

    @Transactional
    public PostView rewrite(UUID id, String text, Caller caller) {
        NewsletterDrafts.staffOnly(caller);
        PostOfTheDay post = find(id);
        if (post.status == PostOfTheDay.Status.SKIPPED) {
            throw new ApiException(Status.CONFLICT, "post-skipped");
        }
        post.text = text.strip();
        return view(post, caller.locale());
    }

    /** Every proposal, newest first, with the exchanges declared from it since its day. */
    @Transactional
    public Page<PostView> history(int page, int size, Caller caller) {
        NewsletterDrafts.staffOnly(caller);
        List<PostOfTheDay> posts = PostOfTheDay.find("order by day desc, createdAt desc").page(page, size).list();
        return new Page<>(views(posts, caller.locale()), PostOfTheDay.count(), page, size);
    }

    private PostOfTheDay find(UUID id) {
        PostOfTheDay post = PostOfTheDay.findById(id);
        if (post == null) {
            throw ApiException.notFound();
        }
        return post;
    }

    /** The best candidate for the day that was neither featured in the rotation window nor already proposed that day. */
    Optional<PostOfTheDay> propose(LocalDate day) {
        List<Candidate> candidates = candidates(day);
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Map<String, LocalDate> lastFeatured = lastFeatured(day);
        Candidate best = candidates.stream()
                .max(Comparator.comparingDouble((Candidate candidate) -> score(candidate, day, lastFeatured))
                        .thenComparing(Candidate::publishedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(candidate -> candidate.id().toString()))
                .orElseThrow();
        PostOfTheDay post = new PostOfTheDay();
        post.id = UUID.randomUUID();
        post.day = day;
        post.status = PostOfTheDay.Status.PROPOSED;
        post.kind = best.kind();
        post.itemId = best.kind() == PostOfTheDay.Kind.EVENT ? null : best.id();
        post.eventId = best.kind() == PostOfTheDay.Kind.EVENT ? best.id() : null;
        post.organisationId = best.organisationId();
        post.departementId = best.departementId();
        post.mode = best.rotationMode();
        post.text = text(best);
        post.imageUrl = best.imageUrl();
        post.createdAt = clock.instant();
        post.persist();
        return Optional.of(post);
    }

    /**
     * Higher is better. Each of territory, organisation and mode counts for how long ago it was last
     * featured (never, or {@value #ROTATION_DAYS} days and more, is best); a new member and a fresh
     * publication add to it.
     */
    static double score(Candidate candidate, LocalDate day, Map<String, LocalDate> lastFeatured) {
        double score = 4 * freshness(lastFeatured.get("organisation:" + candidate.organisationId()), day)
                + 3 * freshness(lastFeatured.get("territory:" + candidate.departementId()), day)
                + 2 * freshness(lastFeatured.get("mode:" + candidate.rotationMode()), day);
        if (candidate.joinedAt() != null && candidate.joinedAt().isAfter(ParisTime.startOf(day.minusDays(NEW_MEMBER_DAYS)))) {
            score += 3;
        }
        if (candidate.publishedAt() != null && candidate.publishedAt().isAfter(ParisTime.startOf(day.minusDays(7)))) {
            score += 1;
        }
        return score;
    }

    private static double freshness(LocalDate last, LocalDate day) {
        if (last == null) {
            return 1;
        }
        return Math.min(ROTATION_DAYS, ChronoUnit.DAYS.between(last, day)) / (double) ROTATION_DAYS;
    }

    /** When each organisation, territory and mode was last in an accepted post of the rotation window. */
    @SuppressWarnings("unchecked")
    private Map<String, LocalDate> lastFeatured(LocalDate day) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT organisation_id, departement_id, mode, day FROM post_of_the_day
                WHERE status = 'ACCEPTED' AND day > :since AND day < :day ORDER BY day DESC""")
                .setParameter("since", day.minusDays(ROTATION_DAYS)).setParameter("day", day).getResultList();
        Map<String, LocalDate> last = new HashMap<>();
        for (Object[] row : rows) {
            LocalDate when = (LocalDate) row[3];
            last.putIfAbsent("organisation:" + row[0], when);
            last.putIfAbsent("territory:" + row[1], when);
            last.putIfAbsent("mode:" + row[2], when);
        }
        return last;
    }

    /** Listed items and coming events, the most recent first, that are neither in the rotation window nor already proposed that day. */
    @SuppressWarnings("unchecked")
    private List<Candidate> candidates(LocalDate day) {
        Instant now = clock.instant();
        List<Candidate> found = new ArrayList<>();
        List<Object[]> items = entityManager.createNativeQuery("""
                SELECT i.kind, i.id, i.title, i.description, i.mode, o.id AS organisation_id, o.name, d.id AS departement_id, d.name AS departement,
                       o.joined_at, i.published_at,
                       (SELECT p.id FROM catalog_photo p WHERE p.item_id = i.id ORDER BY p.position LIMIT 1)
                FROM catalog_item i
                JOIN organisation o ON o.id = i.organisation_id
                JOIN territory c ON c.id = o.commune_id
                LEFT JOIN territory d ON d.id = c.departement_id
                WHERE i.status = 'PUBLISHED' AND i.hidden_at IS NULL AND i.expires_at > :now AND o.status = 'ACTIVE'
                  AND NOT EXISTS (SELECT 1 FROM post_of_the_day p WHERE p.item_id = i.id
                                  AND (p.day = :day OR (p.status = 'ACCEPTED' AND p.day > :since)))
                ORDER BY i.published_at DESC LIMIT :limit""")
                .setParameter("now", now).setParameter("day", day).setParameter("since", day.minusDays(ROTATION_DAYS))
                .setParameter("limit", CANDIDATES).getResultList();
        for (Object[] row : items) {
            found.add(new Candidate(PostOfTheDay.Kind.valueOf((String) row[0]), (UUID) row[1], (String) row[2], (String) row[3],
                    (String) row[4], (UUID) row[5], (String) row[6], (String) row[7], (String) row[8], (Instant) row[9],
                    (Instant) row[10], row[11] == null ? null : publicUrl + "/api/v1/photos/" + row[11], null));
        }
        List<Object[]> events = entityManager.createNativeQuery("""
                SELECT e.id, e.title, e.description, o.id, coalesce(o.name, ''), d.id, d.name, o.joined_at, e.created_at,
                       e.image_type IS NOT NULL, e.starts_at, e.ends_at, coalesce(e.venue, t.name)
                FROM event e
                JOIN territory t ON t.id = e.territory_id
                LEFT JOIN territory d ON d.id = CASE WHEN t.kind = 'DEPARTEMENT' THEN t.id ELSE t.departement_id END
                LEFT JOIN organisation o ON o.id = coalesce(e.host_organisation_id, (SELECT organisation_id FROM person WHERE id = e.organiser_id))
                WHERE e.status = 'PUBLISHED' AND e.starts_at > :now
                  AND NOT EXISTS (SELECT 1 FROM post_of_the_day p WHERE p.event_id = e.id
                                  AND (p.day = :day OR (p.status = 'ACCEPTED' AND p.day > :since)))
                ORDER BY e.starts_at LIMIT :limit""")
                .setParameter("now", now).setParameter("day", day).setParameter("since", day.minusDays(ROTATION_DAYS))
                .setParameter("limit", CANDIDATES).getResultList();
        for (Object[] row : events) {
            found.add(new Candidate(PostOfTheDay.Kind.EVENT, (UUID) row[0], (String) row[1], (String) row[2], null, (UUID) row[3],
                    (String) row[4], (String) row[5], (String) row[6], (Instant) row[7], (Instant) row[8],
                    Boolean.TRUE.equals(row[9]) ? publicUrl + "/api/v1/events/" + row[0] + "/image" : null,
                    ParisTime.describe((Instant) row[10], (Instant) row[11], Locale.FRENCH) + " · " + row[12]));
        }
        return found;
    }

    /** The ready-to-copy text, in French (the network's accounts are), cut so that with its link it fits in 500 characters. */
    private String text(Candidate candidate) {
        String link = link(candidate.kind(), candidate.id());
        String head = messages.get(Locale.FRENCH, "post-of-the-day.lead." + candidate.kind().name(), candidate.title(),
                candidate.organisation().isEmpty() ? "elBasar" : candidate.organisation(),
                candidate.departement() == null ? "" : " (" + candidate.departement() + ")");
        if (candidate.when() != null) {
            head += "\n" + candidate.when();
        }
        String body = candidate.description() == null ? "" : candidate.description().strip().replaceAll("\\s+", " ");
        int room = MAX_LENGTH - head.length() - link.length() - 4;
        if (room < 20) {
            head = head.substring(0, Math.max(0, MAX_LENGTH - link.length() - 3)) + "…";
            return head + "\n" + link;
        }
        if (body.length() > room) {
            int cut = body.lastIndexOf(' ', room - 1);
            body = body.substring(0, cut > room / 2 ? cut : room - 1).stripTrailing() + "…";
        }
        return (body.isEmpty() ? head : head + "\n" + body) + "\n" + link;
    }

    private String link(PostOfTheDay.Kind kind, UUID id) {
        return publicUrl + switch (kind) {
            case OFFER -> "/offers/";
            case REQUEST -> "/requests/";
            case EVENT -> "/events/";
        } + id;
    }

    private PostView view(PostOfTheDay post, Locale locale) {
        return views(List.of(post), locale).get(0);
    }

    /** One statement for the subjects, the deciders and the attributed exchanges of a page. */
    @SuppressWarnings("unchecked")
    private List<PostView> views(List<PostOfTheDay> posts, Locale locale) {
        if (posts.isEmpty()) {
            return List.of();
        }
        entityManager.flush();
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT p.id, coalesce(i.title, e.title), coalesce(o.name, ''), d.name, i.mode,
                       CASE WHEN dp.id IS NULL THEN NULL ELSE dp.first_name || ' ' || dp.last_name END,
                       (SELECT count(*) FROM exchange x WHERE x.channel = 'POST_OF_THE_DAY' AND x.status IN ('PENDING', 'CONFIRMED')
                          AND x.occurred_on >= p.day
                          AND (x.offer_id = p.item_id OR x.request_id = p.item_id OR x.event_id = p.event_id))
                FROM post_of_the_day p
                LEFT JOIN catalog_item i ON i.id = p.item_id
                LEFT JOIN event e ON e.id = p.event_id
                LEFT JOIN organisation o ON o.id = p.organisation_id
                LEFT JOIN territory d ON d.id = p.departement_id
                LEFT JOIN person dp ON dp.id = p.decided_by
                WHERE p.id IN (:ids)""")
                .setParameter("ids", posts.stream().map(post -> post.id).toList()).getResultList();
        Map<UUID, Object[]> byId = new HashMap<>();
        rows.forEach(row -> byId.put((UUID) row[0], row));
        return posts.stream().map(post -> {
            Object[] row = byId.get(post.id);
            PostSubject subject = new PostSubject(post.kind, post.subjectId(), (String) row[1], (String) row[2], (String) row[3],
                    (String) row[4], link(post.kind, post.subjectId()));
            return new PostView(post.id, post.day, post.status, subject, post.text, post.imageUrl, (String) row[5], post.decidedAt,
                    ((Number) row[6]).longValue());
        }).toList();
    }
}
