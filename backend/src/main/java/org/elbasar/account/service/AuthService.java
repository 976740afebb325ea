package org.elbasar.account.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.elbasar.account.api.AccountForms.PasswordChange;
import org.elbasar.account.api.AccountForms.PasswordResetConfirmation;
import org.elbasar.account.domain.PasswordReset;
import org.elbasar.account.domain.Person;
import org.elbasar.common.api.ApiException;
import org.elbasar.common.domain.AuditAction;
import org.elbasar.common.service.AuditLog;
import org.elbasar.common.service.Caller;
import org.elbasar.common.service.MailOutbox;
import org.elbasar.common.service.SecretTokens;
import org.elbasar.common.service.Throttle;
import org.elbasar.common.service.Throttle.Action;
import org.elbasar.common.service.Throttle.Limit;

/** Sign-in, session refresh and sign-out, password reset and change. */
@ApplicationScoped
public class AuthService {

    static final Duration RESET_LIFETIME = Duration.ofHours(1);

    private final PasswordHasher hasher;
    private final SessionTokens sessions;
    private final Throttle throttle;
    private final MailOutbox mail;
    private final AuditLog auditLog;
    private final Clock clock;

    public AuthService(PasswordHasher hasher, SessionTokens sessions, Throttle throttle, MailOutbox mail,
            AuditLog auditLog, Clock clock) {
        this.hasher = hasher;
        this.sessions = sessions;
        this.throttle = throttle;
        this.mail = mail;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * The same refusal whether the email is unknown or the password wrong, in the same time. Failures
     * are counted per account and, far higher, per client address; an address an account signed in from lately
     * does not hold that account back (docs/security.md).
     */
    @Transactional(dontRollbackOn = ApiException.class)
    public SessionTokens.Session login(String email, String password, String clientAddress) {
        if (throttle.signedInBefore(email, clientAddress)) {
            throttle.refuseWhenReached(email, clientAddress, Limit.SIGN_IN_PER_ACCOUNT);
        } else {
            throttle.refuseWhenReached(email, clientAddress, Limit.SIGN_IN_PER_ACCOUNT, Limit.SIGN_IN_PER_ADDRESS);
        }
        Optional<Person> found = Person.findByEmail(email);
        boolean matches;
        if (found.isPresent()) {
            matches = hasher.matches(password, found.get().passwordHash);
        } else {
            hasher.matchDecoy(password);
            matches = false;
        }
        if (!matches || !found.get().active) {
            throttle.record(Action.SIGN_IN_FAILURE, email, clientAddress);
            throw new ApiException(Status.UNAUTHORIZED, "invalid-credentials");
        }
        throttle.record(Action.SIGN_IN_SUCCESS, email, clientAddress);
        return sessions.open(found.get());
    }

    @Transactional
    public Optional<SessionTokens.Session> refresh(String refreshToken) {
        return refreshToken == null ? Optional.empty() : sessions.rotate(refreshToken);
    }

    @Transactional
    public void logout(String refreshToken) {
        if (refreshToken != null) {
            sessions.revokeFamilyOf(refreshToken);
        }
    }

    /**
     * Emails a one-time link if the address has an account; says nothing either way. Past a few links
     * an hour for one address, no more are sent (the links already sent still work), so that nobody
     * floods a mailbox and nobody blocks another person's reset; 429 only for a client address that
     * asks for many addresses.
     */
    @Transactional
    public void requestPasswordReset(String email, String clientAddress) {
        throttle.refuseWhenReached(email, clientAddress, Limit.PASSWORD_RESET_PER_ADDRESS);
        boolean enoughSent = throttle.reached(Limit.PASSWORD_RESET_PER_ACCOUNT, email, clientAddress);
        throttle.record(Action.PASSWORD_RESET, email, clientAddress);
        if (enoughSent) {
            return;
        }
        Person.findByEmail(email).filter(p -> p.active).ifPresent(person -> {
            String token = SecretTokens.generate();
            PasswordReset reset = new PasswordReset();
            reset.tokenHash = SecretTokens.hash(token);
            reset.personId = person.id;
            reset.createdAt = clock.instant();
            reset.expiresAt = reset.createdAt.plus(RESET_LIFETIME);
            reset.persist();
            mail.enqueue(new MailOutbox.Message("password-reset", person.email, person.preferredLocale(),
                    Map.of("person", person, "token", token)));
        });
    }

    @Transactional
    public void confirmPasswordReset(PasswordResetConfirmation confirmation) {
        Instant now = clock.instant();
        PasswordReset reset = PasswordReset.findById(SecretTokens.hash(confirmation.token()));
        if (reset == null || reset.usedAt != null || !now.isBefore(reset.expiresAt)) {
            throw new ApiException(Status.BAD_REQUEST, "invalid-token");
        }
        reset.usedAt = now;
        Person person = Person.findById(reset.personId);
        setPassword(person, confirmation.newPassword());
        auditLog.record(person.id, AuditAction.PASSWORD_RESET, "person", person.id, Map.of());
    }

    @Transactional
    public void changePassword(PasswordChange change, Caller caller) {
        Person person = Person.findById(caller.personId());
        if (!hasher.matches(change.currentPassword(), person.passwordHash)) {
            throw ApiException.invalid("currentPassword", "validation.wrong-password");
        }
        setPassword(person, change.newPassword());
        auditLog.record(person.id, AuditAction.PASSWORD_CHANGED, "person", person.id, Map.of());
    }

    private void setPassword(Person person, String password) {
        person.passwordHash = hasher.hash(password);
        person.passwordChangedAt = clock.instant();
        sessions.revokeAll(person.id);
    }
}
