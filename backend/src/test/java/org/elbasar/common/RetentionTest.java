package org.elbasar.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.elbasar.account.domain.Person;
import org.elbasar.common.service.Retention;
import org.elbasar.testing.Api;
import org.elbasar.testing.Fixtures;
import org.elbasar.testing.Partners;
import org.elbasar.testing.Sql;
import org.elbasar.testing.TestClock;
import org.junit.jupiter.api.Test;

/** What has outlived its retention period goes, the rest stays, and the audit log says how much went. */
@QuarkusTest
class RetentionTest {

    @Inject
    Retention retention;

    @Inject
    Sql sql;

    @Inject
    Fixtures fixtures;

    @Inject
    TestClock clock;

    @Inject
    @ConfigProperty(name = "elbasar.retention.sessions")
    Duration sessions;

    @Inject
    @ConfigProperty(name = "elbasar.retention.webhook-logs")
    Duration webhookLogs;

    @Test
    void eachKindOfRecordIsKeptForItsPeriodOnly() {
        Instant now = clock.instant();
        Person person = fixtures.member(fixtures.activeOrganisation().id);
        String marker = Fixtures.unique("retention");
        Map<String, Object> at = Map.of("marker", marker, "person", person.id,
                "day", now.minus(Duration.ofHours(20)), "twoDays", now.minus(Duration.ofDays(2)),
                "week", now.minus(Duration.ofDays(6)), "tenDays", now.minus(Duration.ofDays(10)),
                "month", now.minus(Duration.ofDays(40)), "quarter", now.minus(Duration.ofDays(100)),
                "year", now.minus(Duration.ofDays(300)), "longAgo", now.minus(Duration.ofDays(400)));
        sql.update("""
                INSERT INTO throttle_event (action, email, client_address, occurred_at) VALUES
                  ('sign-in-failure', :marker || '-kept@test.example', '10.0.0.1', :day),
                  ('sign-in-failure', :marker || '-gone@test.example', '10.0.0.1', :twoDays),
                  ('sign-in-success', :marker || '-known@test.example', '10.0.0.1', :twoDays),
                  ('sign-in-success', :marker || '-forgotten@test.example', '10.0.0.1', :month);
                INSERT INTO refresh_token (token_hash, family_id, person_id, issued_at, expires_at, revoked_at) VALUES
                  (:marker || '-kept', gen_random_uuid(), :person, :month, :week, NULL),
                  (:marker || '-expired', gen_random_uuid(), :person, :month, :tenDays, NULL),
                  (:marker || '-revoked', gen_random_uuid(), :person, :month, now() + interval '20 days', :tenDays);
                INSERT INTO outbox_email (recipient, subject, html_body, text_body, created_at, next_attempt_at, sent_at) VALUES
                  (:marker || '@test.example', 'kept', '', '', :month, :month, :month),
                  (:marker || '@test.example', 'gone', '', '', :quarter, :quarter, :quarter),
                  (:marker || '@test.example', 'never sent', '', '', :quarter, :quarter, NULL);
                INSERT INTO audit_log (occurred_at, action, target_type, target_id) VALUES
                  (:year, 'test.kept', 'test', :marker), (:longAgo, 'test.gone', 'test', :marker);
                """, at);

        Map<String, Integer> deleted = retention.purge();

        // failures go after a day, the addresses people signed in from after 30
        assertEquals(List.of(marker + "-kept@test.example", marker + "-known@test.example"),
                sql.list("SELECT email FROM throttle_event WHERE email LIKE :marker || '%' ORDER BY email", Map.of("marker", marker)));
        assertEquals(List.of(marker + "-kept"),
                sql.list("SELECT token_hash FROM refresh_token WHERE token_hash LIKE :marker || '%'", Map.of("marker", marker)));
        assertEquals(List.of("kept", "never sent"),
                sql.list("SELECT subject FROM outbox_email WHERE recipient = :marker || '@test.example' ORDER BY subject",
                        Map.of("marker", marker)));
        assertEquals(List.of("test.kept"),
                sql.list("SELECT action FROM audit_log WHERE target_id = :marker", Map.of("marker", marker)));
        assertTrue(deleted.get("sessions") >= 2 && deleted.get("throttleEvents") >= 1 && deleted.get("sentEmails") >= 1
                && deleted.get("auditEntries") >= 1, deleted.toString());
        assertEquals(List.of(deleted.get("sessions")), sql.list("""
                SELECT CAST(details ->> 'sessions' AS integer) FROM audit_log WHERE action = 'retention.purged'
                ORDER BY id DESC LIMIT 1"""));
    }

    /**
     * Partner webhook logs (deliveries given up or done, and every attempt) go when their period is over, a
     * delivery still pending stays whatever its age; a password-reset link goes when its period is over,
     * counted from its expiry. A minute on either side of each cutoff.
     */
    @Test
    void webhookLogsAndPasswordResetLinksGoAtTheEndOfTheirPeriodNotBefore() {
        Instant now = clock.instant();
        Person person = fixtures.member(fixtures.activeOrganisation().id);
        UUID webhook = UUID.fromString(Api.as(Partners.register(fixtures.token(fixtures.admin()), "webhooks:manage", "catalog:read").token())
                .body(Map.of("url", "https://ceres.example/hooks/" + UUID.randomUUID(), "events", List.of("offer.published")))
                .post("/api/v1/partner/webhooks").then().statusCode(201).extract().path("webhook.id"));
        String marker = Fixtures.unique("retention");
        UUID deliveredKept = UUID.randomUUID();
        UUID deliveredGone = UUID.randomUUID();
        UUID failedGone = UUID.randomUUID();
        UUID pendingOld = UUID.randomUUID();
        Map<String, Object> at = new HashMap<>(Map.of("marker", marker, "person", person.id, "webhook", webhook,
                "resetKept", now.minus(sessions).plus(Duration.ofMinutes(1)), "resetGone", now.minus(sessions).minus(Duration.ofMinutes(1)),
                "logKept", now.minus(webhookLogs).plus(Duration.ofMinutes(1)), "logGone", now.minus(webhookLogs).minus(Duration.ofMinutes(1))));
        at.putAll(Map.of("deliveredKept", deliveredKept, "deliveredGone", deliveredGone, "failedGone", failedGone, "pendingOld", pendingOld));
        sql.update("""
                INSERT INTO password_reset (token_hash, person_id, created_at, expires_at) VALUES
                  (:marker || '-kept', :person, :resetKept, :resetKept), (:marker || '-gone', :person, :resetGone, :resetGone);
                INSERT INTO partner_webhook_delivery (id, webhook_id, event_type, payload, status, window_start, next_attempt_at, created_at)
                VALUES (:deliveredKept, :webhook, 'offer.published', '{}', 'DELIVERED', :logKept, :logKept, :logKept),
                  (:deliveredGone, :webhook, 'offer.published', '{}', 'DELIVERED', :logGone, :logGone, :logGone),
                  (:failedGone, :webhook, 'offer.published', '{}', 'FAILED', :logGone, :logGone, :logGone),
                  (:pendingOld, :webhook, 'offer.published', '{}', 'PENDING', :logGone, :logGone, :logGone);
                INSERT INTO partner_webhook_attempt (delivery_id, attempted_at, duration_ms) VALUES
                  (:deliveredKept, :logKept, 5), (:deliveredGone, :logGone, 5), (:failedGone, :logGone, 5),
                  (:pendingOld, :logGone, 5), (:pendingOld, :logKept, 5);
                """, at);

        Map<String, Integer> deleted = retention.purge();

        assertEquals(List.of(marker + "-kept"),
                sql.list("SELECT token_hash FROM password_reset WHERE token_hash LIKE :marker || '%'", Map.of("marker", marker)));
        assertEquals(Set.of(deliveredKept, pendingOld),
                Set.copyOf(sql.list("SELECT id FROM partner_webhook_delivery WHERE webhook_id = :webhook", Map.of("webhook", webhook))));
        // the pending delivery's old attempt goes, its recent one stays
        // (sorted here: PostgreSQL orders uuids otherwise than Java)
        assertEquals(Stream.of(deliveredKept, pendingOld).sorted().toList(), sql.<UUID>list("""
                SELECT a.delivery_id FROM partner_webhook_attempt a JOIN partner_webhook_delivery d ON d.id = a.delivery_id
                WHERE d.webhook_id = :webhook""", Map.of("webhook", webhook)).stream().sorted().toList());
        assertTrue(deleted.get("passwordResets") >= 1 && deleted.get("webhookDeliveries") >= 2 && deleted.get("webhookAttempts") >= 1,
                deleted.toString());
    }
}
