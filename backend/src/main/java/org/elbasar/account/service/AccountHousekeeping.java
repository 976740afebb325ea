package org.elbasar.account.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.elbasar.account.domain.LoginFailure;
import org.elbasar.account.domain.PasswordReset;
import org.elbasar.account.domain.RefreshToken;

/** Forgets what no longer serves: old sign-in failures, dead refresh tokens and reset links. */
@ApplicationScoped
public class AccountHousekeeping {

    private final Clock clock;

    public AccountHousekeeping(Clock clock) {
        this.clock = clock;
    }

    @Scheduled(every = "1h", delayed = "5m")
    @Transactional
    public void purge() {
        Instant now = clock.instant();
        LoginFailure.delete("failedAt < ?1", now.minus(Duration.ofDays(1)));
        RefreshToken.delete("expiresAt < ?1 or revokedAt < ?1", now.minus(Duration.ofDays(7)));
        PasswordReset.delete("expiresAt < ?1", now.minus(Duration.ofDays(7)));
    }
}
