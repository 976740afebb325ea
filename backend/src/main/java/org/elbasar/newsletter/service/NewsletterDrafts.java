package org.elbasar.newsletter.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.elbasar.common.api.ApiException;
import org.elbasar.common.api.Page;
import org.elbasar.common.service.Caller;
import org.elbasar.event.service.ParisTime;
import org.elbasar.newsletter.api.NewsletterViews.Action;
import org.elbasar.newsletter.api.NewsletterViews.FiguresView;
import org.elbasar.newsletter.api.NewsletterViews.ItemPlace;
import org.elbasar.newsletter.api.NewsletterViews.ItemView;
import org.elbasar.newsletter.api.NewsletterViews.NewsletterEdit;
import org.elbasar.newsletter.api.NewsletterViews.NewsletterSummary;
import org.elbasar.newsletter.api.NewsletterViews.NewsletterView;
import org.elbasar.newsletter.api.NewsletterViews.Progress;
import org.elbasar.newsletter.api.NewsletterViews.Rendered;
import org.elbasar.newsletter.domain.Newsletter;
import org.elbasar.newsletter.domain.NewsletterItem;
import org.elbasar.newsletter.domain.NewsletterStatus;
import org.elbasar.newsletter.service.Composition.Candidate;
import org.elbasar.newsletter.service.NewsletterRenderer.Content;
import org.elbasar.newsletter.service.NewsletterRenderer.Piece;

/** Monthly issues: composing the draft, the animators' edits, previews and the public archive. */
@ApplicationScoped
public class NewsletterDrafts {

    private final EntityManager entityManager;
    private final Composition composition;
    private final NewsletterRenderer renderer;
    private final Clock clock;

    public NewsletterDrafts(EntityManager entityManager, Composition composition, NewsletterRenderer renderer, Clock clock) {
        this.entityManager = entityManager;
        this.composition = composition;
        this.renderer = renderer;
        this.clock = clock;
    }

    /** The draft of a month of publication, composed from what the network did the month before. */
    @Transactional
    public NewsletterView compose(YearMonth asked, Caller caller) {
        staffOnly(caller);
        YearMonth month = asked != null ? asked : currentMonth(clock);
        if (Newsletter.count("month", month.atDay(1)) > 0) {
            throw new ApiException(Status.CONFLICT, "newsletter-exists", month.toString());
        }
        return view(composeDraft(month), caller);
    }

    /** Composes the month's draft unless it exists; false when it did. */
    @Transactional
    public boolean composeIfMissing(YearMonth month) {
        if (Newsletter.count("month", month.atDay(1)) > 0) {
            return false;
        }
        composeDraft(month);
        return true;
    }

    private Newsletter composeDraft(YearMonth month) {
        Instant now = clock.instant();
        Newsletter newsletter = new Newsletter();
        newsletter.id = UUID.randomUUID();
        newsletter.month = month.atDay(1);
        newsletter.status = NewsletterStatus.DRAFT;
        newsletter.editorialFr = "";
        newsletter.editorialEn = "";
        newsletter.figures = composition.figures(month);
        newsletter.createdAt = now;
        newsletter.updatedAt = now;
        newsletter.persist();
        int position = 0;
        for (Candidate candidate : composition.candidates(month)) {
            NewsletterItem item = new NewsletterItem();
            item.id = UUID.randomUUID();
            item.newsletterId = newsletter.id;
            item.subjectKey = candidate.subjectKey();
            item.position = position++;
            fill(item, candidate);
            item.persist();
        }
        return newsletter;
    }

    /**
     * Reads the month's news again: items still there are updated in place, new ones come last in
     * their section, vanished ones go unless pinned; the editorial, pins and removals are kept.
     */
    @Transactional
    public NewsletterView refresh(UUID id, Caller caller) {
        staffOnly(caller);
        Newsletter newsletter = draft(id);
        Map<String, NewsletterItem> existing = items(id).stream().collect(Collectors.toMap(item -> item.subjectKey, Function.identity()));
        int position = existing.values().stream().mapToInt(item -> item.position).max().orElse(-1) + 1;
        Set<String> found = new HashSet<>();
        for (Candidate candidate : composition.candidates(YearMonth.from(newsletter.month))) {
            found.add(candidate.subjectKey());
            NewsletterItem item = existing.get(candidate.subjectKey());
            if (item == null) {
                item = new NewsletterItem();
                item.id = UUID.randomUUID();
                item.newsletterId = id;
                item.subjectKey = candidate.subjectKey();
                item.position = position++;
                fill(item, candidate);
                item.persist();
            } else {
                fill(item, candidate);
            }
        }
        existing.values().stream().filter(item -> !found.contains(item.subjectKey) && !item.pinned).forEach(NewsletterItem::delete);
        newsletter.figures = composition.figures(YearMonth.from(newsletter.month));
        newsletter.updatedAt = clock.instant();
        entityManager.flush();
        return view(newsletter, caller);
    }

    private static void fill(NewsletterItem item, Candidate candidate) {
        item.section = candidate.section();
        item.title = candidate.title();
        item.summary = candidate.summary();
        item.link = candidate.link();
        item.territory = candidate.territory();
        item.imageUrl = candidate.imageUrl();
    }

    @Transactional
    public NewsletterView edit(UUID id, Integer expectedVersion, NewsletterEdit edit, Caller caller) {
        staffOnly(caller);
        Newsletter newsletter = draft(id, expectedVersion);
        List<NewsletterItem> items = items(id);
        apply(edit, items);
        newsletter.editorialFr = edit.editorialFr();
        newsletter.editorialEn = edit.editorialEn();
        newsletter.updatedAt = clock.instant();
        entityManager.flush();
        return view(newsletter, caller);
    }

    /** Sets pins, removals and order from an edit naming every item once. */
    private static void apply(NewsletterEdit edit, List<NewsletterItem> items) {
        Map<UUID, NewsletterItem> byId = items.stream().collect(Collectors.toMap(item -> item.id, Function.identity()));
        Set<UUID> named = edit.items().stream().map(ItemPlace::id).collect(Collectors.toSet());
        if (named.size() != edit.items().size() || !named.equals(byId.keySet())) {
            throw ApiException.invalid("items", "validation.newsletter-items");
        }
        int position = 0;
        for (ItemPlace place : edit.items()) {
            NewsletterItem item = byId.get(place.id());
            item.pinned = place.pinned();
            item.removed = place.removed();
            item.position = position++;
        }
    }

    /** The issue as it would be sent with this edit, saved or not. */
    @Transactional
    public Rendered preview(UUID id, NewsletterEdit edit, Locale locale, Caller caller) {
        staffOnly(caller);
        Newsletter newsletter = find(id);
        List<NewsletterItem> items = items(id);
        items.forEach(entityManager::detach);
        apply(edit, items);
        items.sort(Comparator.comparingInt(item -> item.position));
        String editorial = locale.getLanguage().equals("en") ? edit.editorialEn() : edit.editorialFr();
        return renderer.render(content(newsletter, editorial, items), locale);
    }

    /** The saved draft, or the issue as sent. */
    @Transactional
    public Rendered rendered(UUID id, Locale locale, Caller caller) {
        Newsletter newsletter = find(id);
        // an issue not sent is the staff's only: to others it does not exist, as in detail()
        if (newsletter.status != NewsletterStatus.SENT && !caller.isStaff()) {
            throw ApiException.notFound();
        }
        if (newsletter.status == NewsletterStatus.DRAFT) {
            return render(newsletter, locale);
        }
        boolean en = locale.getLanguage().equals("en");
        // Readers of the archive have no unsubscribe token: the link leads to the newsletter page.
        String archive = renderer.publicNewsletterPage();
        return new Rendered(en ? newsletter.subjectEn : newsletter.subjectFr,
                (en ? newsletter.htmlEn : newsletter.htmlFr).replace(NewsletterRenderer.UNSUBSCRIBE_PLACEHOLDER, archive),
                (en ? newsletter.textEn : newsletter.textFr).replace(NewsletterRenderer.UNSUBSCRIBE_PLACEHOLDER, archive));
    }

    Rendered render(Newsletter newsletter, Locale locale) {
        String editorial = locale.getLanguage().equals("en") ? newsletter.editorialEn : newsletter.editorialFr;
        return renderer.render(content(newsletter, editorial, items(newsletter.id)), locale);
    }

    private static Content content(Newsletter newsletter, String editorial, List<NewsletterItem> items) {
        List<Piece> pieces = items.stream().filter(item -> !item.removed)
                .map(item -> new Piece(item.section, item.title, item.summary, item.link, item.territory, item.imageUrl, item.pinned))
                .toList();
        return new Content(YearMonth.from(newsletter.month), editorial, newsletter.figures, pieces);
    }

    /** Staff see every issue; everyone else the archive of sent issues. */
    @Transactional
    public Page<NewsletterSummary> list(int page, int size, Caller caller) {
        String where = caller.isStaff() ? "" : " where status = 'SENT'";
        List<Newsletter> found = Newsletter.find("from Newsletter" + where + " order by month desc")
                .page(page, size).list();
        long total = Newsletter.count("from Newsletter" + where);
        return new Page<>(found.stream().map(newsletter -> summary(newsletter, caller.locale())).toList(), total, page, size);
    }

    @Transactional
    public NewsletterView detail(UUID id, Caller caller) {
        Newsletter newsletter = find(id);
        if (newsletter.status != NewsletterStatus.SENT && !caller.isStaff()) {
            throw ApiException.notFound();
        }
        return view(newsletter, caller);
    }

    NewsletterView view(Newsletter newsletter, Caller caller) {
        List<ItemView> items = items(newsletter.id).stream()
                .map(item -> new ItemView(item.id, item.section, item.title, item.summary, item.link, item.territory, item.imageUrl,
                        item.pinned, item.removed))
                .toList();
        List<Action> actions = new ArrayList<>();
        if (caller.isStaff() && newsletter.status == NewsletterStatus.DRAFT) {
            actions.addAll(List.of(Action.EDIT, Action.REFRESH, Action.TEST, Action.SEND));
        }
        return new NewsletterView(newsletter.id, YearMonth.from(newsletter.month).toString(),
                renderer.title(YearMonth.from(newsletter.month), caller.locale()), newsletter.status, newsletter.sentAt, newsletter.version,
                newsletter.editorialFr, newsletter.editorialEn, items, FiguresView.of(newsletter.figures), progress(newsletter), actions);
    }

    private NewsletterSummary summary(Newsletter newsletter, Locale locale) {
        return new NewsletterSummary(newsletter.id, YearMonth.from(newsletter.month).toString(),
                renderer.title(YearMonth.from(newsletter.month), locale), newsletter.status, newsletter.sentAt, newsletter.version);
    }

    Progress progress(Newsletter newsletter) {
        if (newsletter.status == NewsletterStatus.DRAFT) {
            return null;
        }
        Map<String, Long> counts = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                "SELECT status, count(*) FROM newsletter_delivery WHERE newsletter_id = :id GROUP BY status")
                .setParameter("id", newsletter.id).getResultList();
        rows.forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        long sent = counts.getOrDefault("SENT", 0L);
        long failed = counts.getOrDefault("FAILED", 0L);
        long pending = counts.getOrDefault("PENDING", 0L);
        return new Progress(sent + failed + pending, sent, failed, pending);
    }

    List<NewsletterItem> items(UUID newsletterId) {
        return NewsletterItem.list("newsletterId = ?1 order by position", newsletterId);
    }

    Newsletter find(UUID id) {
        Newsletter newsletter = Newsletter.findById(id);
        if (newsletter == null) {
            throw ApiException.notFound();
        }
        return newsletter;
    }

    Newsletter draft(UUID id) {
        Newsletter newsletter = Newsletter.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (newsletter == null) {
            throw ApiException.notFound();
        }
        if (newsletter.status != NewsletterStatus.DRAFT) {
            throw new ApiException(Status.CONFLICT, "newsletter-not-draft");
        }
        return newsletter;
    }

    /** The draft, locked, if the caller read its latest version (428 without a version, 412 with an older one). */
    Newsletter draft(UUID id, Integer expectedVersion) {
        Newsletter newsletter = draft(id);
        ApiException.requireVersion(expectedVersion, newsletter.version);
        return newsletter;
    }

    static void staffOnly(Caller caller) {
        if (!caller.isStaff()) {
            throw ApiException.forbidden();
        }
    }

    static YearMonth currentMonth(Clock clock) {
        return YearMonth.now(clock.withZone(ParisTime.ZONE));
    }

}
