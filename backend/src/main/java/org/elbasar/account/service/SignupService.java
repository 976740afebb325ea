package org.elbasar.account.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.elbasar.account.api.AccountForms.PersonInput;
import org.elbasar.account.api.AccountForms.SignupRequest;
import org.elbasar.account.domain.OrganisationRole;
import org.elbasar.account.domain.Person;
import org.elbasar.account.domain.PlatformRole;
import org.elbasar.common.domain.AuditAction;
import org.elbasar.common.service.AuditLog;
import org.elbasar.common.service.MailOutbox;
import org.elbasar.common.service.Throttle;
import org.elbasar.common.service.Throttle.Action;
import org.elbasar.common.service.Throttle.Limit;
import org.elbasar.member.domain.Organisation;
import org.elbasar.member.domain.OrganisationStatus;
import org.elbasar.member.service.CharterService;
import org.elbasar.member.service.OrganisationService;

/** A person joins with their organisation, which waits for an animator's approval. */
@ApplicationScoped
public class SignupService {

    private final OrganisationService organisations;
    private final CharterService charter;
    private final PasswordHasher hasher;
    private final MailOutbox mail;
    private final AuditLog auditLog;
    private final Throttle throttle;
    private final Clock clock;

    public SignupService(OrganisationService organisations, CharterService charter, PasswordHasher hasher, MailOutbox mail,
            AuditLog auditLog, Throttle throttle, Clock clock) {
        this.organisations = organisations;
        this.charter = charter;
        this.hasher = hasher;
        this.mail = mail;
        this.auditLog = auditLog;
        this.throttle = throttle;
        this.clock = clock;
    }

    /**
     * Creates the pending organisation and its first admin. When the email already has an account
     * nothing is created and the owner of the address is told by email instead (a few times an hour
     * at most): the answer is the same either way, so sign-up reveals no account. The email is
     * compared in its normalised form, so a look-alike of a member's address is that member's address.
     */
    @Transactional
    public void signup(SignupRequest request, String clientAddress) {
        PersonInput personInput = request.person();
        throttle.refuseWhenReached(personInput.email(), clientAddress, Limit.SIGNUP_PER_ADDRESS);
        boolean ownerWarnedEnough = throttle.reached(Limit.SIGNUP_PER_EMAIL, personInput.email(), clientAddress);
        throttle.record(Action.SIGNUP, personInput.email(), clientAddress);
        var existing = Person.findByEmail(personInput.email());
        if (existing.isPresent()) {
            Person person = existing.get();
            if (ownerWarnedEnough) {
                return;
            }
            mail.enqueue(new MailOutbox.Message("signup-existing-account", person.email, person.preferredLocale(),
                    Map.of("person", person)));
            return;
        }
        Instant now = clock.instant();
        Organisation organisation = new Organisation();
        organisation.id = UUID.randomUUID();
        organisation.status = OrganisationStatus.PENDING;
        organisation.createdAt = now;
        organisations.apply(organisation, request.organisation(), "organisation.");
        organisation.persist();

        Person person = newPerson(personInput.email(), personInput.firstName(), personInput.lastName(),
                personInput.password(), personInput.locale());
        person.organisation = organisation;
        person.organisationRole = OrganisationRole.ORG_ADMIN;
        person.persist();
        charter.accept(person.id, organisation.id, request.charterVersion(), "charterVersion");
        auditLog.record(person.id, AuditAction.ORGANISATION_JOIN_REQUESTED, "organisation", organisation.id,
                Map.of("name", organisation.name));

        mail.enqueue(new MailOutbox.Message("signup-received", person.email, person.preferredLocale(),
                Map.of("person", person, "organisation", organisation)));
        for (Person animator : Person.<Person>list("platformRole = ?1 and active = true", PlatformRole.ANIMATOR)) {
            mail.enqueue(new MailOutbox.Message("join-request-to-review", animator.email, animator.preferredLocale(),
                    Map.of("person", person, "organisation", organisation), organisation.name));
        }
    }

    /** A new active account (not yet persisted). */
    Person newPerson(String email, String firstName, String lastName, String password, String locale) {
        Instant now = clock.instant();
        Person person = new Person();
        person.id = UUID.randomUUID();
        person.email = email.trim();
        person.firstName = firstName.trim();
        person.lastName = lastName.trim();
        person.passwordHash = hasher.hash(password);
        person.locale = locale == null ? "fr" : locale;
        person.active = true;
        person.createdAt = now;
        person.passwordChangedAt = now;
        return person;
    }
}
