package org.elbasar.newsletter.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.elbasar.account.domain.Person;
import org.elbasar.common.domain.AuditAction;
import org.elbasar.common.service.AuditLog;
import org.elbasar.common.service.Caller;
import org.elbasar.common.service.MailOutbox;
import org.elbasar.newsletter.api.NewsletterViews.NewsletterView;
import org.elbasar.newsletter.api.NewsletterViews.Rendered;
import org.elbasar.newsletter.domain.Newsletter;
import org.elbasar.newsletter.domain.NewsletterStatus;

/**
 * Sending an issue: the test copy to the animator, and the real thing, which freezes the issue and
 * writes one delivery per recipient in the same transaction; {@link NewsletterSender} then works
 * through them.
 */
@ApplicationScoped
public class NewsletterSending {

    private final EntityManager entityManager;
    private final NewsletterDrafts drafts;
    private final MailOutbox outbox;
    private final AuditLog auditLog;
    private final Clock clock;
    private final String publicUrl;

    public NewsletterSending(EntityManager entityManager, NewsletterDrafts drafts, MailOutbox outbox, AuditLog auditLog, Clock clock,
            @ConfigProperty(name = "elbasar.public-url") String publicUrl) {
        this.entityManager = entityManager;
        this.drafts = drafts;
        this.outbox = outbox;
        this.auditLog = auditLog;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    /** The saved draft, to the caller's own address and in their language, as a recipient would get it. */
    @Transactional
    public void sendTest(UUID id, Caller caller) {
        NewsletterDrafts.staffOnly(caller);
        Newsletter newsletter = drafts.find(id);
        Person me = Person.findById(caller.personId());
        Rendered rendered = drafts.render(newsletter, me.preferredLocale());
        outbox.enqueueRendered(me.email, "[Test] " + rendered.subject(), personal(rendered.html(), me.newsletterToken),
                personal(rendered.text(), me.newsletterToken), unsubscribeHeaders(me.newsletterToken));
    }

    /**
     * Freezes the issue in both languages and lists its recipients: people of active organisations and
     * the network's staff who did not opt out, and confirmed public subscribers, each address once.
     */
    @Transactional
    public NewsletterView send(UUID id, Integer expectedVersion, Caller caller) {
        NewsletterDrafts.staffOnly(caller);
        Newsletter newsletter = drafts.draft(id, expectedVersion);
        Rendered french = drafts.render(newsletter, Locale.FRENCH);
        Rendered english = drafts.render(newsletter, Locale.ENGLISH);
        Instant now = clock.instant();
        newsletter.subjectFr = french.subject();
        newsletter.htmlFr = french.html();
        newsletter.textFr = french.text();
        newsletter.subjectEn = english.subject();
        newsletter.htmlEn = english.html();
        newsletter.textEn = english.text();
        newsletter.status = NewsletterStatus.SENDING;
        newsletter.sendStartedAt = now;
        newsletter.sentBy = caller.personId();
        newsletter.updatedAt = now;
        int recipients = entityManager.createNativeQuery("""
                INSERT INTO newsletter_delivery (newsletter_id, email, locale, token, status, next_attempt_at)
                SELECT CAST(:id AS uuid), p.email, p.locale, p.newsletter_token, 'PENDING', CAST(:now AS timestamptz)
                FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id
                WHERE p.active AND p.newsletter AND (o.status = 'ACTIVE' OR p.platform_role IS NOT NULL)
                UNION ALL
                SELECT CAST(:id AS uuid), s.email, s.locale, s.token, 'PENDING', CAST(:now AS timestamptz)
                FROM newsletter_subscriber s WHERE s.status = 'CONFIRMED'
                ON CONFLICT DO NOTHING""")
                .setParameter("id", id).setParameter("now", now).executeUpdate();
        auditLog.record(caller.personId(), AuditAction.NEWSLETTER_SENT, "newsletter", id, Map.of("recipients", recipients));
        entityManager.flush();
        return drafts.view(newsletter, caller);
    }

    /** The recipient's own unsubscribe page in place of the placeholder. */
    String personal(String body, String token) {
        return body.replace(NewsletterRenderer.UNSUBSCRIBE_PLACEHOLDER, publicUrl + "/newsletter/unsubscribe/" + token);
    }

    /** RFC 2369 and RFC 8058: mail clients offer "unsubscribe" and POST to it in one click. */
    Map<String, String> unsubscribeHeaders(String token) {
        return Map.of("List-Unsubscribe", "<" + publicUrl + "/api/v1/newsletter/unsubscribe/" + token + ">",
                "List-Unsubscribe-Post", "List-Unsubscribe=One-Click",
                "List-Id", "elBasar <newsletter.elbasar.org>");
    }
}
