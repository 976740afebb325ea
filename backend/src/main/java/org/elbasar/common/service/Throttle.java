package org.elbasar.common.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.elbasar.common.api.ApiException;
import org.elbasar.common.validation.EmailAddresses;

/**
 * The one throttle of the platform. What people do anonymously (a failed sign-in, a password reset
 * asked, a sign-up) is written in PostgreSQL with the address it names and the client's address, so
 * limits hold across instances and restarts. A limit per client address is always far above the
 * limit per email: one address is often a whole office, a coworking space or a mobile carrier's NAT,
 * and one person there must not be able to lock everyone else out (docs/security.md).
 */
@ApplicationScoped
public class Throttle {

    /** What is counted. */
    public enum Action {
        SIGN_IN_FAILURE("sign-in-failure"), SIGN_IN_SUCCESS("sign-in-success"), PASSWORD_RESET("password-reset"), SIGNUP("signup");

        final String code;

        Action(String code) {
            this.code = code;
        }
    }

    enum Key {
        EMAIL("email"), CLIENT_ADDRESS("client_address");

        final String column;

        Key(String column) {
            this.column = column;
        }
    }

    /**
     * Each limit: so many actions with one key within the window. The maximum can be changed with
     * elbasar.throttle.&lt;name in kebab case&gt; (e.g. ELBASAR_THROTTLE_SIGNUP_PER_ADDRESS).
     */
    public enum Limit {
        SIGN_IN_PER_ACCOUNT(Action.SIGN_IN_FAILURE, Key.EMAIL, 10, Duration.ofMinutes(15)),
        SIGN_IN_PER_ADDRESS(Action.SIGN_IN_FAILURE, Key.CLIENT_ADDRESS, 100, Duration.ofMinutes(15)),
        PASSWORD_RESET_PER_ACCOUNT(Action.PASSWORD_RESET, Key.EMAIL, 3, Duration.ofHours(1)),
        PASSWORD_RESET_PER_ADDRESS(Action.PASSWORD_RESET, Key.CLIENT_ADDRESS, 50, Duration.ofHours(1)),
        SIGNUP_PER_EMAIL(Action.SIGNUP, Key.EMAIL, 3, Duration.ofHours(1)),
        SIGNUP_PER_ADDRESS(Action.SIGNUP, Key.CLIENT_ADDRESS, 30, Duration.ofHours(1));

        final Action action;
        final Key key;
        final int defaultMaximum;
        public final Duration window;

        Limit(Action action, Key key, int defaultMaximum, Duration window) {
            this.action = action;
            this.key = key;
            this.defaultMaximum = defaultMaximum;
            this.window = window;
        }

        String property() {
            return "elbasar.throttle." + name().toLowerCase().replace('_', '-');
        }
    }

    /** Retry-After is never 0: the client would try again at once. */
    private static final Duration AT_LEAST = Duration.ofSeconds(1);

    private final EntityManager entityManager;
    private final Clock clock;
    private final Map<Limit, Integer> maxima = new EnumMap<>(Limit.class);
    private final Duration knownAddresses;

    public Throttle(EntityManager entityManager, Clock clock, Config config) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.knownAddresses = config.getValue("elbasar.retention.known-sign-in-addresses", Duration.class);
        for (Limit limit : Limit.values()) {
            maxima.put(limit, config.getOptionalValue(limit.property(), Integer.class).orElse(limit.defaultMaximum));
        }
    }

    public int maximum(Limit limit) {
        return maxima.get(limit);
    }

    /** Throws 429 with Retry-After while any of these limits is reached for this email or client address. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refuseWhenReached(String email, String clientAddress, Limit... limits) {
        long retryAfter = 0;
        for (Limit limit : limits) {
            retryAfter = Math.max(retryAfter, wait(limit, email, clientAddress).map(Duration::toSeconds).orElse(0L));
        }
        if (retryAfter > 0) {
            throw ApiException.tooManyRequests(retryAfter);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean reached(Limit limit, String email, String clientAddress) {
        return wait(limit, email, clientAddress).isPresent();
    }

    /**
     * Whether this account signed in from this client address within the period its successes are kept: then the
     * address's own limit does not hold it, only the account's, so that one person spraying from a shared address
     * does not lock out the colleagues who sign in there every day.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean signedInBefore(String email, String clientAddress) {
        return !entityManager.createNativeQuery("""
                SELECT 1 FROM throttle_event WHERE action = :action AND email = :email AND client_address = :address
                AND occurred_at > :since LIMIT 1""")
                .setParameter("action", Action.SIGN_IN_SUCCESS.code)
                .setParameter("email", EmailAddresses.key(email))
                .setParameter("address", clientAddress)
                .setParameter("since", Timestamp.from(clock.instant().minus(knownAddresses)))
                .getResultList().isEmpty();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Action action, String email, String clientAddress) {
        entityManager.createNativeQuery("""
                INSERT INTO throttle_event (action, email, client_address, occurred_at) VALUES (:action, :email, :address, :at)""")
                .setParameter("action", action.code)
                .setParameter("email", email == null ? null : EmailAddresses.key(email))
                .setParameter("address", clientAddress)
                .setParameter("at", Timestamp.from(clock.instant()))
                .executeUpdate();
    }

    /**
     * How long until the limit lets the key through again, if it is reached: the window after the
     * oldest of the last {@code maximum} actions.
     */
    private Optional<Duration> wait(Limit limit, String email, String clientAddress) {
        String key = limit.key == Key.EMAIL ? EmailAddresses.key(email) : clientAddress;
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object> start = entityManager.createNativeQuery("""
                SELECT min(occurred_at) FROM (
                  SELECT occurred_at FROM throttle_event WHERE action = :action AND %s = :key AND occurred_at > :since
                  ORDER BY occurred_at DESC LIMIT :max) recent
                HAVING count(*) >= :max""".formatted(limit.key.column))
                .setParameter("action", limit.action.code)
                .setParameter("key", key)
                .setParameter("since", Timestamp.from(now.minus(limit.window)))
                .setParameter("max", maximum(limit))
                .getResultList();
        if (start.isEmpty()) {
            return Optional.empty();
        }
        Duration wait = Duration.between(now, SqlValues.instant(start.get(0)).plus(limit.window));
        return Optional.of(wait.compareTo(AT_LEAST) < 0 ? AT_LEAST : wait);
    }
}
