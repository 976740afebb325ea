package org.elbasar.common.service;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.elbasar.common.domain.OutboxEmail;
import org.hibernate.jpa.SpecHints;
import org.jboss.logging.Logger;

/**
 * Sends what the outbox holds. Each email is locked (SKIP LOCKED, so several instances can share
 * the work), sent, and marked sent in one transaction: a crash before the commit leaves it pending
 * and it is sent again, with the same Message-ID so that receivers can drop the duplicate.
 * Failures are retried with exponential backoff (1 min, 2, 4 … capped at 6 h), up to 12 attempts.
 */
@ApplicationScoped
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class);
    private static final int BATCH = 20;
    private static final int MAX_ATTEMPTS = 12;

    private final EntityManager entityManager;
    private final Mailer mailer;
    private final Clock clock;
    private final MailCopies copies;

    public OutboxDispatcher(EntityManager entityManager, Mailer mailer, Clock clock, MailCopies copies) {
        this.entityManager = entityManager;
        this.mailer = mailer;
        this.clock = clock;
        this.copies = copies;
    }

    @Scheduled(every = "${elbasar.outbox.poll}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        dispatchPending();
    }

    /** Sends every email due now; returns how many were sent. */
    public int dispatchPending() {
        int sent = 0;
        int handled;
        do {
            int[] counts = QuarkusTransaction.requiringNew().call(this::dispatchBatch);
            handled = counts[0];
            sent += counts[1];
        } while (handled == BATCH);
        return sent;
    }

    private int[] dispatchBatch() {
        List<OutboxEmail> due = entityManager.createQuery("""
                from OutboxEmail e where e.sentAt is null and e.nextAttemptAt <= :now and e.attempts < :max
                order by e.id""", OutboxEmail.class)
                .setParameter("now", clock.instant())
                .setParameter("max", MAX_ATTEMPTS)
                .setMaxResults(BATCH)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint(SpecHints.HINT_SPEC_LOCK_TIMEOUT, -2) // SKIP LOCKED
                .getResultList();
        int sent = 0;
        for (OutboxEmail email : due) {
            Instant now = clock.instant();
            email.attempts++;
            try {
                Mail message = Mail.withHtml(email.recipient, email.subject, email.htmlBody)
                        .setText(email.textBody)
                        .addHeader("Message-ID", "<outbox-" + email.id + "@elbasar.org>");
                email.headers.forEach(message::addHeader);
                mailer.send(message);
                copies.write(String.format("%06d", email.id), email.recipient, email.subject, email.textBody, email.htmlBody);
                email.sentAt = now;
                email.lastError = null;
                sent++;
            } catch (RuntimeException e) {
                long backoffMinutes = Math.min(360, 1L << Math.min(email.attempts - 1, 9));
                email.nextAttemptAt = now.plus(Duration.ofMinutes(backoffMinutes));
                email.lastError = String.valueOf(e.getMessage());
                LOG.warnf("Email %d to %s failed (attempt %d): %s", email.id, email.recipient, email.attempts, e.getMessage());
            }
        }
        return new int[] { due.size(), sent };
    }
}
