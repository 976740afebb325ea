package org.elbasar.newsletter.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.mailer.Mail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.elbasar.common.service.MailCopies;
import org.elbasar.common.service.UnwrittenMarks;
import org.jboss.logging.Logger;

/**
 * Works through the deliveries of the issues being sent. Each worker claims one delivery (SKIP LOCKED,
 * so workers and instances share them) by pushing its next attempt a lease ahead in a committed
 * transaction, hands it to SMTP with no transaction open and marks it in its own (see
 * {@link UnwrittenMarks}): a database that goes away meanwhile repeats nothing; a process killed in
 * the instant between a send and its mark sends that message again once the lease ends, with the
 * same Message-ID so that receivers recognise it.
 * Failures are retried with backoff (1, 2, 4 … 60 minutes) up to {@value #MAX_ATTEMPTS} attempts.
 */
@ApplicationScoped
public class NewsletterSender {

    private static final Logger LOG = Logger.getLogger(NewsletterSender.class);
    static final int MAX_ATTEMPTS = 8;

    /** An issue as it is sent, per language. */
    private record Frozen(String subjectFr, String htmlFr, String textFr, String subjectEn, String htmlEn, String textEn) {
    }

    private final EntityManager entityManager;
    private final NewsletterTransport transport;
    private final NewsletterSending sending;
    private final MailCopies copies;
    private final Clock clock;
    private final SendingPace pace;
    private final int workers;
    private final ExecutorService executor;
    private final Cache<UUID, Frozen> frozen = Caffeine.newBuilder().maximumSize(4).build();
    private final Duration lease;
    private final UnwrittenMarks marks;

    public NewsletterSender(EntityManager entityManager, NewsletterTransport transport, NewsletterSending sending, MailCopies copies,
            Clock clock, @ConfigProperty(name = "elbasar.newsletter.rate-per-second") int ratePerSecond,
            @ConfigProperty(name = "elbasar.newsletter.workers") int workers, @ConfigProperty(name = "elbasar.delivery.lease") Duration lease,
            @ConfigProperty(name = "elbasar.delivery.marks-dir") Path marksDir) {
        this.lease = lease;
        this.marks = new UnwrittenMarks(marksDir.resolve("newsletter.marks"), this::markSent);
        this.entityManager = entityManager;
        this.transport = transport;
        this.sending = sending;
        this.copies = copies;
        this.clock = clock;
        this.pace = new SendingPace(ratePerSecond);
        this.workers = workers;
        this.executor = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "newsletter-sender");
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    @Scheduled(every = "${elbasar.outbox.poll}", executeWith = Scheduled.SIMPLE, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        int sent = sendDue();
        if (sent > 0) {
            LOG.infof("Sent %d newsletter emails", sent);
        }
    }

    /** Sends every delivery due now with all workers, then closes the issues that have none left; returns how many were sent. */
    public int sendDue() {
        AtomicInteger sent = new AtomicInteger();
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            running.add(executor.submit(() -> {
                while (sendOne(sent)) {
                    // next one
                }
            }));
        }
        try {
            for (Future<?> worker : running) {
                worker.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("A newsletter worker stopped", e.getCause());
        }
        QuarkusTransaction.requiringNew().run(this::closeFinishedIssues);
        return sent.get();
    }

    /** Sends the next due delivery; false when there is none. */
    private boolean sendOne(AtomicInteger sent) {
        pace.await();
        marks.writeKept();
        Object[] row = QuarkusTransaction.requiringNew().call(this::claimNext);
        if (row == null) {
            return false;
        }
        long id = ((Number) row[0]).longValue();
        UUID newsletterId = (UUID) row[1];
        String email = (String) row[2];
        boolean english = "en".equals(row[3]);
        String token = (String) row[4];
        int attempts = ((Number) row[5]).intValue() + 1;
        Frozen issue = frozen.get(newsletterId, key -> QuarkusTransaction.requiringNew().call(() -> load(key)));
        String subject = english ? issue.subjectEn() : issue.subjectFr();
        String html = sending.personal(english ? issue.htmlEn() : issue.htmlFr(), token);
        String text = sending.personal(english ? issue.textEn() : issue.textFr(), token);
        Mail mail = Mail.withHtml(email, subject, html).setText(text)
                .addHeader("Message-ID", "<newsletter-" + id + "@elbasar.org>");
        sending.unsubscribeHeaders(token).forEach(mail::addHeader);
        Instant now = clock.instant();
        try {
            transport.send(mail);
        } catch (RuntimeException e) {
            boolean last = attempts >= MAX_ATTEMPTS;
            String error = String.valueOf(e.getMessage());
            LOG.warnf("Newsletter email %d to %s failed (attempt %d): %s", id, email, attempts, error);
            UnwrittenMarks.writeIfPossible(() -> entityManager.createNativeQuery("""
                    UPDATE newsletter_delivery SET attempts = :attempts, status = :status, next_attempt_at = :next, last_error = :error
                    WHERE id = :id""")
                    .setParameter("attempts", attempts).setParameter("status", last ? "FAILED" : "PENDING")
                    .setParameter("next", now.plus(Duration.ofMinutes(Math.min(60, 1L << (attempts - 1)))))
                    .setParameter("error", error).setParameter("id", id).executeUpdate());
            return true;
        }
        marks.write(id + " " + attempts + " " + now.toEpochMilli());
        copies.write(String.format("nl-%06d", id), email, subject, text, html);
        sent.incrementAndGet();
        return true;
    }

    /** Writes "id attempts sent-at-epoch-ms". */
    private void markSent(String mark) {
        String[] fields = mark.split(" ");
        entityManager.createNativeQuery("""
                UPDATE newsletter_delivery SET attempts = :attempts, status = 'SENT', sent_at = :sentAt, last_error = NULL
                WHERE id = :id AND status <> 'SENT'""")
                .setParameter("attempts", Integer.parseInt(fields[1])).setParameter("sentAt", Instant.ofEpochMilli(Long.parseLong(fields[2])))
                .setParameter("id", Long.parseLong(fields[0])).executeUpdate();
    }

    /** Claims the next due delivery for a lease; null when there is none. */
    private Object[] claimNext() {
        @SuppressWarnings("unchecked")
        List<Object[]> due = entityManager.createNativeQuery("""
                UPDATE newsletter_delivery SET next_attempt_at = :leaseEnd
                WHERE id = (SELECT id FROM newsletter_delivery WHERE status = 'PENDING' AND next_attempt_at <= :now
                            ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)
                RETURNING id, newsletter_id, email, locale, token, attempts""")
                .setParameter("now", clock.instant()).setParameter("leaseEnd", clock.instant().plus(lease)).getResultList();
        return due.isEmpty() ? null : due.get(0);
    }

    private Frozen load(UUID newsletterId) {
        Object[] row = (Object[]) entityManager.createNativeQuery(
                "SELECT subject_fr, html_fr, text_fr, subject_en, html_en, text_en FROM newsletter WHERE id = :id")
                .setParameter("id", newsletterId).getSingleResult();
        return new Frozen((String) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[4], (String) row[5]);
    }

    /** An issue with no delivery left to try is sent. */
    private void closeFinishedIssues() {
        entityManager.createNativeQuery("""
                UPDATE newsletter n SET status = 'SENT', version = version + 1,
                       sent_at = coalesce((SELECT max(d.sent_at) FROM newsletter_delivery d WHERE d.newsletter_id = n.id), :now)
                WHERE n.status = 'SENDING'
                  AND NOT EXISTS (SELECT 1 FROM newsletter_delivery d WHERE d.newsletter_id = n.id AND d.status = 'PENDING')""")
                .setParameter("now", clock.instant()).executeUpdate();
    }
}
