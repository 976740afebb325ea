package org.elbasar.common.service;

import io.quarkus.quartz.Nonconcurrent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.elbasar.common.domain.AuditAction;

/**
 * Deletes what has outlived its retention period (docs/personal-data.md): sign-in failures, dead
 * sessions and reset links, emails sent, partner webhook logs and audit entries. Each run that deletes
 * something says how much in the audit log.
 */
@ApplicationScoped
public class Retention {

    private final Clock clock;
    private final EntityManager entityManager;
    private final AuditLog auditLog;
    private final Duration throttleEvents;
    private final Duration knownSignInAddresses;
    private final Duration sessions;
    private final Duration sentEmails;
    private final Duration webhookLogs;
    private final Duration auditEntries;

    public Retention(Clock clock, EntityManager entityManager, AuditLog auditLog,
            @ConfigProperty(name = "elbasar.retention.throttle-events") Duration throttleEvents,
            @ConfigProperty(name = "elbasar.retention.known-sign-in-addresses") Duration knownSignInAddresses,
            @ConfigProperty(name = "elbasar.retention.sessions") Duration sessions,
            @ConfigProperty(name = "elbasar.retention.sent-emails") Duration sentEmails,
            @ConfigProperty(name = "elbasar.retention.webhook-logs") Duration webhookLogs,
            @ConfigProperty(name = "elbasar.retention.audit-log") Duration auditEntries) {
        this.clock = clock;
        this.entityManager = entityManager;
        this.auditLog = auditLog;
        this.throttleEvents = throttleEvents;
        this.knownSignInAddresses = knownSignInAddresses;
        this.sessions = sessions;
        this.sentEmails = sentEmails;
        this.webhookLogs = webhookLogs;
        this.auditEntries = auditEntries;
    }

    @Nonconcurrent
    @Scheduled(identity = "retention", cron = "${elbasar.retention.cron}", timeZone = "Europe/Paris",
            executeWith = Scheduled.QUARTZ)
    void scheduled() {
        purge();
    }

    /** Deletes what is past its period; answers how many rows went, by what they were. */
    @Transactional
    public Map<String, Integer> purge() {
        Instant now = clock.instant();
        Map<String, Integer> deleted = new LinkedHashMap<>();
        deleted.put("throttleEvents", delete("DELETE FROM throttle_event WHERE occurred_at < :cutoff AND action <> 'sign-in-success'",
                now.minus(throttleEvents)));
        deleted.put("knownSignInAddresses", delete("DELETE FROM throttle_event WHERE occurred_at < :cutoff AND action = 'sign-in-success'",
                now.minus(knownSignInAddresses)));
        // a session counts from when it could last be used: its expiry, or its revocation
        deleted.put("sessions", delete("DELETE FROM refresh_token WHERE expires_at < :cutoff OR revoked_at < :cutoff",
                now.minus(sessions)));
        deleted.put("passwordResets", delete("DELETE FROM password_reset WHERE expires_at < :cutoff", now.minus(sessions)));
        deleted.put("sentEmails", delete("DELETE FROM outbox_email WHERE sent_at < :cutoff", now.minus(sentEmails)));
        deleted.put("webhookDeliveries", delete("DELETE FROM partner_webhook_delivery WHERE status <> 'PENDING' AND created_at < :cutoff",
                now.minus(webhookLogs)));
        deleted.put("webhookAttempts", delete("DELETE FROM partner_webhook_attempt WHERE attempted_at < :cutoff", now.minus(webhookLogs)));
        deleted.put("auditEntries", delete("DELETE FROM audit_log WHERE occurred_at < :cutoff", now.minus(auditEntries)));
        deleted.values().removeIf(count -> count == 0);
        if (!deleted.isEmpty()) {
            auditLog.record(null, AuditAction.RETENTION_PURGED, "platform", "retention", Map.copyOf(deleted));
        }
        return deleted;
    }

    private int delete(String sql, Instant cutoff) {
        return entityManager.createNativeQuery(sql).setParameter("cutoff", cutoff).executeUpdate();
    }
}
