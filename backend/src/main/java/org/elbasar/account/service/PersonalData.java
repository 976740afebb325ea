package org.elbasar.account.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.elbasar.account.api.AccountForms.AccountErasure;
import org.elbasar.account.domain.OrganisationRole;
import org.elbasar.account.domain.Person;
import org.elbasar.account.domain.PlatformRole;
import org.elbasar.common.api.ApiException;
import org.elbasar.common.api.DataExport;
import org.elbasar.common.domain.AuditAction;
import org.elbasar.common.service.AuditLog;
import org.elbasar.common.service.Caller;
import org.elbasar.common.service.DataExports;

/** A person's rights over their data: a copy of all of it, and erasure of their account. */
@ApplicationScoped
public class PersonalData {

    /** What an erased person is called wherever their exchanges and registrations are shown. */
    static final String ERASED_FIRST_NAME = "Compte";
    static final String ERASED_LAST_NAME = "supprimé";

    private final DataExports exports;
    private final PasswordHasher hasher;
    private final AuditLog auditLog;
    private final EntityManager entityManager;
    private final Clock clock;

    public PersonalData(DataExports exports, PasswordHasher hasher, AuditLog auditLog, EntityManager entityManager, Clock clock) {
        this.exports = exports;
        this.hasher = hasher;
        this.auditLog = auditLog;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Everything about the caller: their account and every row that names them by id or email. */
    @Transactional
    public DataExport export(Caller caller) {
        Person person = active(caller);
        Map<String, Object> profile = new LinkedHashMap<>(exports.row("person", person.id));
        DataExport export = new DataExport(clock.instant(), new DataExport.Subject("person", person.id), profile,
                exports.personRecords(person.id, person.email));
        auditLog.record(person.id, AuditAction.ACCOUNT_DATA_EXPORTED, "person", person.id, Map.of());
        return export;
    }

    /**
     * Erases the caller's account: identity, credentials, sessions, saved searches, subscriptions and
     * emails go; what the organisation did through them (offers, exchanges, attendance) stays, attributed
     * to a nameless account, so the network's figures do not change.
     */
    @Transactional
    public void erase(AccountErasure erasure, Caller caller) {
        Person person = Person.findById(caller.personId(), LockModeType.PESSIMISTIC_WRITE);
        if (person == null || !person.active) {
            throw ApiException.notFound();
        }
        if (!hasher.matches(erasure.password(), person.passwordHash)) {
            throw ApiException.invalid("password", "validation.wrong-password");
        }
        if (person.platformRole == PlatformRole.ADMIN
                && Person.count("platformRole = ?1 and active = true", PlatformRole.ADMIN) <= 1) {
            throw new ApiException(Status.CONFLICT, "last-platform-admin");
        }
        if (person.organisationRole == OrganisationRole.ORG_ADMIN && person.organisation != null
                && Person.count("organisation = ?1 and active = true", person.organisation) > 1
                && Person.count("organisation = ?1 and organisationRole = ?2 and active = true", person.organisation,
                        OrganisationRole.ORG_ADMIN) <= 1) {
            throw new ApiException(Status.CONFLICT, "last-organisation-admin");
        }
        Instant now = clock.instant();
        String erasedEmail = "supprime-" + person.id + "@invalid";
        Map<String, Object> byPerson = Map.of("person", person.id);
        Map<String, Object> byEmail = Map.of("email", person.email);
        execute("DELETE FROM refresh_token WHERE person_id = :person", byPerson);
        execute("DELETE FROM password_reset WHERE person_id = :person", byPerson);
        execute("DELETE FROM saved_search WHERE person_id = :person", byPerson);
        execute("DELETE FROM throttle_event WHERE email = lower(:email)", byEmail);
        execute("DELETE FROM newsletter_subscriber WHERE lower(email) = lower(:email)", byEmail);
        execute("DELETE FROM outbox_email WHERE lower(recipient) = lower(:email)", byEmail);
        // history that counts (invitations, issues delivered, the audit trail) keeps its rows, under the erased address
        Map<String, Object> addresses = Map.of("email", person.email, "erased", erasedEmail, "now", now);
        execute("""
                UPDATE invitation SET email = :erased, revoked_at = CASE WHEN accepted_at IS NULL THEN coalesce(revoked_at, :now) END
                WHERE lower(email) = lower(:email)""", addresses);
        execute("UPDATE newsletter_delivery SET email = :erased WHERE lower(email) = lower(:email)", Map.of("email", person.email,
                "erased", erasedEmail));
        execute("""
                UPDATE audit_log SET details = jsonb_set(details, '{email}', to_jsonb(CAST(:erased AS text)))
                WHERE lower(details ->> 'email') = lower(:email)""", Map.of("email", person.email, "erased", erasedEmail));
        person.firstName = ERASED_FIRST_NAME;
        person.lastName = ERASED_LAST_NAME;
        person.email = erasedEmail;
        person.passwordHash = "erased";
        person.platformRole = null;
        person.organisation = null;
        person.organisationRole = null;
        person.notifyMatchingOffers = false;
        person.newsletter = false;
        person.active = false;
        person.erasedAt = now;
        auditLog.record(person.id, AuditAction.ACCOUNT_ERASED, "person", person.id, Map.of());
    }

    private void execute(String sql, Map<String, Object> parameters) {
        var query = entityManager.createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        query.executeUpdate();
    }

    private static Person active(Caller caller) {
        Person person = Person.findById(caller.personId());
        if (person == null || !person.active) {
            throw ApiException.notFound();
        }
        return person;
    }
}
