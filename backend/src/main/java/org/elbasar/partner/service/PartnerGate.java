package org.elbasar.partner.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Every partner request passes here: a token of a client since deactivated, or obtained before its
 * secret was rotated, is refused; the others count in their client's minute, and beyond its limit
 * are refused. The count is one statement in PostgreSQL, so it holds across instances.
 */
@ApplicationScoped
public class PartnerGate {

    /** What a request may do: refused (client gone or token revoked), over the limit, or let through. */
    public record Verdict(boolean revoked, int limit, int remaining, long resetSeconds) {

        public boolean overLimit() {
            return !revoked && remaining < 0;
        }
    }

    private final EntityManager entityManager;
    private final Clock clock;

    public PartnerGate(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Verdict admit(UUID clientId, long issuedAtSeconds) {
        Instant now = clock.instant();
        Instant minute = now.truncatedTo(ChronoUnit.MINUTES);
        long resetSeconds = Math.max(1, minute.plusSeconds(60).getEpochSecond() - now.getEpochSecond());
        @SuppressWarnings("unchecked")
        List<Object[]> counted = entityManager.createNativeQuery("""
                INSERT INTO partner_usage (client_id, minute, requests)
                SELECT id, :minute, 1 FROM partner_client
                WHERE id = :id AND active AND date_trunc('second', secret_rotated_at) <= to_timestamp(:issuedAt)
                ON CONFLICT (client_id, minute) DO UPDATE SET requests = partner_usage.requests + 1
                RETURNING requests, (SELECT requests_per_minute FROM partner_client WHERE id = :id)""")
                .setParameter("minute", minute).setParameter("id", clientId).setParameter("issuedAt", issuedAtSeconds)
                .getResultList();
        if (counted.isEmpty()) {
            return new Verdict(true, 0, 0, resetSeconds);
        }
        int requests = ((Number) counted.get(0)[0]).intValue();
        int limit = ((Number) counted.get(0)[1]).intValue();
        if (requests > limit) {
            // Refused requests are counted apart, so that admins see a partner pushing against its limit.
            entityManager.createNativeQuery("""
                    UPDATE partner_usage SET requests = requests - 1, refused = refused + 1 WHERE client_id = :id AND minute = :minute""")
                    .setParameter("id", clientId).setParameter("minute", minute).executeUpdate();
        }
        return new Verdict(false, limit, limit - requests, resetSeconds);
    }
}
