package org.elbasar.account.service;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.elbasar.account.domain.Person;
import org.elbasar.account.domain.RefreshToken;
import org.elbasar.common.api.CurrentCaller;
import org.elbasar.common.service.SecretTokens;

/** Issues access tokens (signed JWTs) and rotating refresh tokens. */
@ApplicationScoped
public class SessionTokens {

    /** A signed-in session: the access token and the refresh token to set in the cookie. */
    public record Session(String accessToken, long expiresIn, String refreshToken, Duration refreshLifetime) {
    }

    static final Duration REFRESH_LIFETIME = Duration.ofDays(30);

    private final Clock clock;
    private final long accessLifetimeSeconds;

    public SessionTokens(Clock clock, @ConfigProperty(name = "smallrye.jwt.new-token.lifespan") long accessLifetimeSeconds) {
        this.clock = clock;
        this.accessLifetimeSeconds = accessLifetimeSeconds;
    }

    /** A new session, starting a new refresh-token family. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Session open(Person person) {
        return issue(person, UUID.randomUUID());
    }

    /**
     * Exchanges a refresh token for a new session. A token used twice means it was stolen:
     * the whole family is revoked and both holders must sign in again.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Session> rotate(String presented) {
        Instant now = clock.instant();
        RefreshToken token = RefreshToken.findById(SecretTokens.hash(presented));
        if (token == null || token.revokedAt != null || !now.isBefore(token.expiresAt)) {
            return Optional.empty();
        }
        if (token.usedAt != null) {
            RefreshToken.update("revokedAt = ?1 where familyId = ?2 and revokedAt is null", now, token.familyId);
            return Optional.empty();
        }
        token.usedAt = now;
        Person person = Person.findById(token.personId);
        if (person == null || !person.active) {
            return Optional.empty();
        }
        return Optional.of(issue(person, token.familyId));
    }

    /** Ends the session the refresh token belongs to. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void revokeFamilyOf(String presented) {
        RefreshToken token = RefreshToken.findById(SecretTokens.hash(presented));
        if (token != null) {
            RefreshToken.update("revokedAt = ?1 where familyId = ?2 and revokedAt is null", clock.instant(), token.familyId);
        }
    }

    /** Ends every session of a person (password changed or reset). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void revokeAll(UUID personId) {
        RefreshToken.update("revokedAt = ?1 where personId = ?2 and revokedAt is null", clock.instant(), personId);
    }

    private Session issue(Person person, UUID family) {
        Instant now = clock.instant();
        var builder = Jwt.subject(person.id.toString())
                .upn(person.email)
                .groups(person.roles())
                .issuedAt(now)
                .expiresAt(now.plusSeconds(accessLifetimeSeconds));
        if (person.organisation != null) {
            builder.claim(CurrentCaller.ORGANISATION_CLAIM, person.organisation.id.toString());
        }
        String accessToken = builder.sign();
        String refresh = SecretTokens.generate();
        RefreshToken stored = new RefreshToken();
        stored.tokenHash = SecretTokens.hash(refresh);
        stored.familyId = family;
        stored.personId = person.id;
        stored.issuedAt = now;
        stored.expiresAt = now.plus(REFRESH_LIFETIME);
        stored.persist();
        return new Session(accessToken, accessLifetimeSeconds, refresh, REFRESH_LIFETIME);
    }
}
