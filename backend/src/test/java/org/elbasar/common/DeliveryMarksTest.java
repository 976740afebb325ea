package org.elbasar.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.elbasar.common.service.MailCopies;
import org.elbasar.common.service.OutboxDispatcher;
import org.elbasar.testing.Fixtures;
import org.elbasar.testing.Sql;
import org.elbasar.testing.TestClock;
import org.junit.jupiter.api.Test;

/**
 * An email SMTP accepted while the database was away has its mark kept in the data directory; a
 * sender started on that directory (after the application was killed) writes the mark and does not
 * send the email again.
 */
@QuarkusTest
class DeliveryMarksTest {

    @Inject
    EntityManager entityManager;

    @Inject
    Mailer mailer;

    @Inject
    MockMailbox mailbox;

    @Inject
    MailCopies copies;

    @Inject
    TestClock clock;

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    Sql sql;

    @Test
    void aMarkKeptBeforeARestartIsWrittenAndItsEmailNotSentAgain() throws Exception {
        // emails that tests before this one queued would be sent by the restarted sender too, their marks left in its file
        dispatcher.dispatchPending();
        String recipient = Fixtures.unique("kept-mark") + "@test.example";
        Instant acceptedAt = clock.instant().minus(Duration.ofMinutes(5));
        sql.update("""
                INSERT INTO outbox_email (recipient, subject, html_body, text_body, headers, created_at, next_attempt_at, attempts)
                VALUES (:recipient, 'accepted while the database was away', '', 'text', '{}', :at, :at, 0)""",
                Map.of("recipient", recipient, "at", acceptedAt));
        Number id = sql.<Number>list("SELECT id FROM outbox_email WHERE recipient = :recipient", Map.of("recipient", recipient)).get(0);
        Path marksDir = Files.createTempDirectory("delivery-marks");
        // a line damaged by a full disk must not hold back the marks after it
        Files.writeString(marksDir.resolve("outbox-email.marks"), "12 1 17\u0000\n" + id + " 1 " + acceptedAt.toEpochMilli() + "\n");

        OutboxDispatcher restarted = new OutboxDispatcher(entityManager, mailer, clock, copies, Duration.ofMinutes(2), marksDir);
        restarted.dispatchPending();

        List<Mail> sent = mailbox.getMailsSentTo(recipient);
        assertTrue(sent == null || sent.isEmpty(), "not sent again");
        List<Object[]> row = sql.list("SELECT floor(extract(epoch FROM sent_at) * 1000), attempts FROM outbox_email WHERE id = :id", Map.of("id", id.longValue()));
        assertEquals(acceptedAt.toEpochMilli(), ((Number) row.get(0)[0]).longValue(), "marked sent when SMTP accepted it");
        assertEquals(1, ((Number) row.get(0)[1]).intValue());
        assertFalse(Files.exists(marksDir.resolve("outbox-email.marks")), "the file is emptied once its marks are written");
        assertTrue(Files.isDirectory(marksDir));
    }
}
