package org.elbasar.common.service;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.elbasar.common.domain.OutboxEmail;
import org.hibernate.jpa.SpecHints;
import org.jboss.logging.Logger;

/**
 * Sends what the outbox holds. A batch is claimed (SKIP LOCKED, so several instances share the work)
 * by pushing its next attempt a lease ahead in a committed transaction; each email is then sent with
 * no transaction open and marked in its own (see {@link UnwrittenMarks}): a database that goes away
 * meanwhile repeats nothing; a process killed in the instant between a send and its mark sends that
 * email again once the lease ends, with the same Message-ID so that receivers can drop the duplicate.
 * Failures are retried with exponential backoff (1 min, 2, 4 … capped at 6 h), up to 12 attempts.
 */
@ApplicationScoped
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class);
    private static final int BATCH = 20;
    private static final int MAX_ATTEMPTS = 12;

    /** An email as claimed: what to send, and how many attempts it had. */
    private record Claimed(long id, String recipient, String subject, String htmlBody, String textBody,
            Map<String, String> headers, int attempts) {
    }

    private final EntityManager entityManager;
    private final Mailer mailer;
    private final Clock clock;
    private final MailCopies copies;
    private final Duration lease;
    private final UnwrittenMarks marks;

    public OutboxDispatcher(EntityManager entityManager, Mailer mailer, Clock clock, MailCopies copies,
            @ConfigProperty(name = "elbasar.delivery.lease") Duration lease, @ConfigProperty(name = "elbasar.delivery.marks-dir") Path marksDir) {
        this.marks = new UnwrittenMarks(marksDir.resolve("outbox-email.marks"), this::markSent);
        this.entityManager = entityManager;
        this.mailer = mailer;
        this.clock = clock;
        this.copies = copies;
        this.lease = lease;
    }

    @Scheduled(every = "${elbasar.outbox.poll}", executeWith = Scheduled.SIMPLE, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        dispatchPending();
    }

    /** Sends every email due now; returns how many were sent. */
    public int dispatchPending() {
        int sent = 0;
        List<Claimed> claimed;
        do {
            marks.writeKept();
            claimed = QuarkusTransaction.requiringNew().call(this::claimBatch);
            for (Claimed email : claimed) {
                sent += send(email) ? 1 : 0;
            }
        } while (claimed.size() == BATCH);
        return sent;
    }

    private List<Claimed> claimBatch() {
        Instant now = clock.instant();
        List<OutboxEmail> due = entityManager.createQuery("""
                from OutboxEmail e where e.sentAt is null and e.nextAttemptAt <= :now and e.attempts < :max
                order by e.id""", OutboxEmail.class)
                .setParameter("now", now)
                .setParameter("max", MAX_ATTEMPTS)
                .setMaxResults(BATCH)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint(SpecHints.HINT_SPEC_LOCK_TIMEOUT, -2) // SKIP LOCKED
                .getResultList();
        return due.stream().map(email -> {
            email.nextAttemptAt = now.plus(lease);
            return new Claimed(email.id, email.recipient, email.subject, email.htmlBody, email.textBody,
                    Map.copyOf(email.headers), email.attempts);
        }).toList();
    }

    private boolean send(Claimed email) {
        int attempts = email.attempts() + 1;
        Instant now = clock.instant();
        try {
            Mail message = Mail.withHtml(email.recipient(), email.subject(), email.htmlBody())
                    .setText(email.textBody())
                    .addHeader("Message-ID", "<outbox-" + email.id() + "@elbasar.org>");
            email.headers().forEach(message::addHeader);
            mailer.send(message);
        } catch (RuntimeException e) {
            long backoffMinutes = Math.min(360, 1L << Math.min(attempts - 1, 9));
            String error = String.valueOf(e.getMessage());
            LOG.warnf("Email %d to %s failed (attempt %d): %s", email.id(), email.recipient(), attempts, error);
            UnwrittenMarks.writeIfPossible(() -> entityManager.createQuery("""
                    update OutboxEmail e set e.attempts = :attempts, e.nextAttemptAt = :next, e.lastError = :error where e.id = :id""")
                    .setParameter("attempts", attempts).setParameter("next", now.plus(Duration.ofMinutes(backoffMinutes)))
                    .setParameter("error", error).setParameter("id", email.id()).executeUpdate());
            return false;
        }
        marks.write(email.id() + " " + attempts + " " + now.toEpochMilli());
        copies.write(String.format("%06d", email.id()), email.recipient(), email.subject(), email.textBody(), email.htmlBody());
        return true;
    }

    /** Writes "id attempts sent-at-epoch-ms". */
    private void markSent(String mark) {
        String[] fields = mark.split(" ");
        entityManager.createQuery("""
                update OutboxEmail e set e.attempts = :attempts, e.sentAt = :sentAt, e.lastError = null where e.id = :id and e.sentAt is null""")
                .setParameter("attempts", Integer.parseInt(fields[1])).setParameter("sentAt", Instant.ofEpochMilli(Long.parseLong(fields[2])))
                .setParameter("id", Long.parseLong(fields[0])).executeUpdate();
    }
}
