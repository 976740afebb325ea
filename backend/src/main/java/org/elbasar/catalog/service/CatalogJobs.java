package org.elbasar.catalog.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.quartz.Nonconcurrent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.elbasar.account.domain.Person;
import org.elbasar.catalog.api.ItemViews.ItemSummary;
import org.elbasar.catalog.domain.CatalogItem;
import org.elbasar.catalog.domain.ExtensionLink;
import org.elbasar.catalog.domain.ItemStatus;
import org.elbasar.catalog.domain.SavedSearch;
import org.elbasar.common.service.MailOutbox;
import org.elbasar.common.service.SecretTokens;

/**
 * The catalogue's periodic work: expiring items and warning their authors 7 days before, the
 * daily digest of saved searches, and the vocabulary behind spelling suggestions.
 * Each step is idempotent, so running it late or twice does no harm.
 */
@ApplicationScoped
public class CatalogJobs {

    static final Duration REMIND_BEFORE = Duration.ofDays(7);
    static final Duration LINK_GRACE = Duration.ofDays(30);
    static final int DIGEST_SIZE = 20;

    private final EntityManager entityManager;
    private final CatalogSearch search;
    private final MailOutbox mail;
    private final Clock clock;
    private final String publicUrl;

    public CatalogJobs(EntityManager entityManager, CatalogSearch search, MailOutbox mail, Clock clock,
            @ConfigProperty(name = "elbasar.public-url") String publicUrl) {
        this.entityManager = entityManager;
        this.search = search;
        this.mail = mail;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    @Nonconcurrent
    @Scheduled(identity = "catalogue-maintenance", every = "${elbasar.catalog.maintenance-every}", delayed = "1m",
            executeWith = Scheduled.QUARTZ)
    void maintain() {
        expire();
        remindExpiring();
    }

    @Nonconcurrent
    @Scheduled(identity = "saved-search-digest", cron = "${elbasar.catalog.digest-cron}", timeZone = "Europe/Paris",
            executeWith = Scheduled.QUARTZ)
    void dailyDigest() {
        sendDigests();
    }

    @Nonconcurrent
    @Scheduled(identity = "catalogue-vocabulary", every = "${elbasar.catalog.maintenance-every}", delayed = "20s",
            executeWith = Scheduled.QUARTZ)
    void vocabulary() {
        refreshVocabulary();
    }

    /** Published items past their expiry leave the catalogue; returns how many. */
    public int expire() {
        Timestamp now = Timestamp.from(clock.instant());
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                WITH expired AS (
                  UPDATE catalog_item SET status = 'EXPIRED', updated_at = :now, version = version + 1
                  WHERE status = 'PUBLISHED' AND expires_at <= :now RETURNING id)
                INSERT INTO catalog_item_change (item_id, actor_id, occurred_at, action, changes)
                SELECT id, NULL, :now, 'expired', '{}' FROM expired""")
                .setParameter("now", now)
                .executeUpdate());
    }

    /** Authors of items expiring within 7 days get one email with a one-click extension link. */
    public int remindExpiring() {
        Instant now = clock.instant();
        return QuarkusTransaction.requiringNew().call(() -> {
            List<CatalogItem> expiring = CatalogItem.list("""
                    status = ?1 and hiddenAt is null and expiryRemindedAt is null and expiresAt <= ?2""",
                    ItemStatus.PUBLISHED, now.plus(REMIND_BEFORE));
            for (CatalogItem item : expiring) {
                String token = SecretTokens.generate();
                ExtensionLink link = new ExtensionLink();
                link.tokenHash = SecretTokens.hash(token);
                link.itemId = item.id;
                link.expiresAt = item.expiresAt.plus(LINK_GRACE);
                link.persist();
                for (Person person : ItemService.recipients(item)) {
                    mail.enqueue(new MailOutbox.Message("item-expiring", person.email, person.preferredLocale(),
                            Map.of("person", person, "item", item, "token", token,
                                    "path", item.kind.name().equals("OFFER") ? "offers" : "requests"),
                            item.title));
                }
                item.expiryRemindedAt = now;
            }
            return expiring.size();
        });
    }

    /** Each active saved search with new matches since its last digest gets one email; returns how many were sent. */
    public int sendDigests() {
        Instant now = clock.instant();
        List<SavedSearch> searches = QuarkusTransaction.requiringNew().call(() -> SavedSearch.list("active", true));
        int sent = 0;
        for (SavedSearch saved : searches) {
            sent += QuarkusTransaction.requiringNew().call(() -> digest(saved.id, now));
        }
        return sent;
    }

    private int digest(java.util.UUID id, Instant now) {
        SavedSearch saved = SavedSearch.findById(id);
        Person person = Person.findById(saved.personId);
        if (person == null || !person.active) {
            return 0;
        }
        List<ItemSummary> items = search.publishedSince(saved.kind, saved.criteria, saved.lastDigestAt, DIGEST_SIZE,
                person.preferredLocale());
        saved.lastDigestAt = now;
        if (items.isEmpty()) {
            return 0;
        }
        String unsubscribe = publicUrl + "/api/v1/saved-searches/unsubscribe?token=" + saved.unsubscribeToken;
        mail.enqueue(new MailOutbox.Message("saved-search-digest", person.email, person.preferredLocale(),
                Map.of("person", person, "search", saved, "items", items,
                        "path", saved.kind.name().equals("OFFER") ? "offers" : "requests",
                        "unsubscribeUrl", publicUrl + "/saved-searches/unsubscribe?token=" + saved.unsubscribeToken),
                saved.name),
                Map.of("List-Unsubscribe", "<" + unsubscribe + ">", "List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
        return 1;
    }

    /**
     * The words of listed items, folded as search folds them (so "courges" is kept as "courge"), for
     * "did you mean" suggestions; synonyms are not applied, so that a misspelt "bicylette" still finds
     * "bicyclette".
     */
    public void refreshVocabulary() {
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("DELETE FROM catalog_vocabulary").executeUpdate();
            entityManager.createNativeQuery("""
                    INSERT INTO catalog_vocabulary (word, occurrences)
                    SELECT w, count(*) FROM catalog_item i,
                         regexp_split_to_table(elbasar_normalise(i.title || ' ' || i.description), '[^a-z0-9]+') AS w
                    WHERE i.status = 'PUBLISHED' AND i.hidden_at IS NULL AND i.expires_at > :now AND length(w) >= 3
                    GROUP BY w""").setParameter("now", Timestamp.from(clock.instant())).executeUpdate();
        });
    }
}
