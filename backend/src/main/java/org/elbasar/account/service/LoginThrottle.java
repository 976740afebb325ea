package org.elbasar.account.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.elbasar.account.domain.LoginFailure;
import org.elbasar.common.api.ApiException;
import org.elbasar.common.service.SqlValues;

/**
 * Refuses sign-in for a while after 10 failures on one account, or from one client address,
 * within 15 minutes. Failures are stored, so the limit holds across restarts and instances.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final EntityManager entityManager;
    private final Clock clock;

    public LoginThrottle(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Throws 429 with Retry-After when the account or the address is locked out. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void check(String email, String clientAddress) {
        Instant now = clock.instant();
        Instant since = now.minus(WINDOW);
        Instant oldest = lockStart("lower(email) = lower(:key)", email, since);
        Instant oldestFromAddress = lockStart("client_address = :key", clientAddress, since);
        Instant lockStart = later(oldest, oldestFromAddress);
        if (lockStart != null) {
            long retryAfter = Math.max(1, Duration.between(now, lockStart.plus(WINDOW)).toSeconds());
            throw ApiException.tooManyRequests(retryAfter);
        }
    }

    /** When the last MAX_FAILURES failures matching began, if there were that many in the window. */
    @SuppressWarnings("unchecked")
    private Instant lockStart(String condition, String key, Instant since) {
        List<Object> start = entityManager.createNativeQuery("""
                SELECT min(failed_at) FROM (
                  SELECT failed_at FROM login_failure WHERE %s AND failed_at > :since
                  ORDER BY failed_at DESC LIMIT :max) recent
                HAVING count(*) >= :max""".formatted(condition))
                .setParameter("key", key)
                .setParameter("since", Timestamp.from(since))
                .setParameter("max", MAX_FAILURES)
                .getResultList();
        return start.isEmpty() ? null : SqlValues.instant(start.get(0));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailure(String email, String clientAddress) {
        LoginFailure failure = new LoginFailure();
        failure.email = email;
        failure.clientAddress = clientAddress;
        failure.failedAt = clock.instant();
        failure.persist();
    }

    /** The lock ends WINDOW after the oldest of the last MAX_FAILURES failures: the latest of both ends counts. */
    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
