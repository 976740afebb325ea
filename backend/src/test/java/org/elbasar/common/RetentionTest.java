package org.elbasar.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.elbasar.account.domain.Person;
import org.elbasar.common.service.Retention;
import org.elbasar.testing.Fixtures;
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
                  ('sign-in-failure', :marker || '-gone@test.example', '10.0.0.1', :twoDays);
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

        assertEquals(List.of(marker + "-kept@test.example"),
                sql.list("SELECT email FROM throttle_event WHERE email LIKE :marker || '%'", Map.of("marker", marker)));
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
}
