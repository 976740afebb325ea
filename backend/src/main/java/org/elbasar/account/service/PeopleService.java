package org.elbasar.account.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.elbasar.account.api.AccountForms.InvitationAcceptance;
import org.elbasar.account.api.AccountForms.InvitationInput;
import org.elbasar.account.api.AccountForms.InvitationPreview;
import org.elbasar.account.api.AccountForms.InvitationView;
import org.elbasar.account.api.AccountForms.PersonView;
import org.elbasar.account.domain.Invitation;
import org.elbasar.account.domain.OrganisationRole;
import org.elbasar.account.domain.Person;
import org.elbasar.common.api.ApiException;
import org.elbasar.common.domain.AuditAction;
import org.elbasar.common.service.AuditLog;
import org.elbasar.common.service.Caller;
import org.elbasar.common.service.MailOutbox;
import org.elbasar.common.service.SecretTokens;
import org.elbasar.member.domain.Organisation;
import org.elbasar.member.service.CharterService;

/** The people of an organisation: roles, removal, and invitations by email. */
@ApplicationScoped
public class PeopleService {

    static final Duration INVITATION_LIFETIME = Duration.ofDays(14);

    private final SignupService signup;
    private final CharterService charter;
    private final SessionTokens sessions;
    private final MailOutbox mail;
    private final AuditLog auditLog;
    private final Clock clock;

    public PeopleService(SignupService signup, CharterService charter, SessionTokens sessions, MailOutbox mail,
            AuditLog auditLog, Clock clock) {
        this.signup = signup;
        this.charter = charter;
        this.sessions = sessions;
        this.mail = mail;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PersonView> people(UUID organisationId, Caller caller) {
        requireOrganisation(organisationId);
        if (!(caller.belongsTo(organisationId) || caller.isStaff())) {
            throw ApiException.forbidden();
        }
        return Person.<Person>list("organisation.id = ?1 and active = true order by lastName, firstName", organisationId)
                .stream().map(PeopleService::view).toList();
    }

    @Transactional
    public PersonView changeRole(UUID organisationId, UUID personId, OrganisationRole role, Caller caller) {
        Person person = managedPerson(organisationId, personId, caller);
        if (person.organisationRole == OrganisationRole.ORG_ADMIN && role != OrganisationRole.ORG_ADMIN) {
            requireAnotherAdmin(organisationId);
        }
        person.organisationRole = role;
        auditLog.record(caller.personId(), AuditAction.PERSON_ROLE_CHANGED, "person", personId,
                Map.of("organisationId", organisationId.toString(), "role", role.name()));
        return view(person);
    }

    /** Detaches a person from the organisation (their account stays) and ends their sessions. */
    @Transactional
    public void remove(UUID organisationId, UUID personId, Caller caller) {
        Person person = managedPerson(organisationId, personId, caller);
        if (person.organisationRole == OrganisationRole.ORG_ADMIN) {
            requireAnotherAdmin(organisationId);
        }
        person.organisation = null;
        person.organisationRole = null;
        sessions.revokeAll(personId);
        auditLog.record(caller.personId(), AuditAction.PERSON_REMOVED, "person", personId,
                Map.of("organisationId", organisationId.toString()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<InvitationView> invitations(UUID organisationId, Caller caller) {
        requireManager(organisationId, caller);
        Instant now = clock.instant();
        return Invitation.<Invitation>list("organisation.id = ?1 order by createdAt desc", organisationId).stream()
                .map(i -> view(i, now)).toList();
    }

    @Transactional
    public InvitationView invite(UUID organisationId, InvitationInput input, Caller caller) {
        Organisation organisation = requireManager(organisationId, caller);
        if (Person.findByEmail(input.email()).map(p -> p.organisation != null).orElse(false)) {
            throw ApiException.conflict("already-member", "email", "validation.email-taken");
        }
        String token = SecretTokens.generate();
        Invitation invitation = new Invitation();
        invitation.id = UUID.randomUUID();
        invitation.organisation = organisation;
        invitation.email = input.email().trim();
        invitation.role = input.role();
        invitation.tokenHash = SecretTokens.hash(token);
        invitation.invitedBy = caller.personId();
        invitation.createdAt = clock.instant();
        invitation.expiresAt = invitation.createdAt.plus(INVITATION_LIFETIME);
        invitation.persist();
        Person inviter = Person.findById(caller.personId());
        mail.enqueue(new MailOutbox.Message("invitation", invitation.email, caller.locale(),
                Map.of("organisation", organisation, "inviter", inviter, "token", token), organisation.name));
        auditLog.record(caller.personId(), AuditAction.INVITATION_SENT, "organisation", organisationId,
                Map.of("email", invitation.email, "role", invitation.role.name()));
        return view(invitation, invitation.createdAt);
    }

    @Transactional
    public void revoke(UUID organisationId, UUID invitationId, Caller caller) {
        requireManager(organisationId, caller);
        Invitation invitation = Invitation.findById(invitationId);
        if (invitation == null || !invitation.organisation.id.equals(organisationId)) {
            throw ApiException.notFound();
        }
        if (invitation.status(clock.instant()) == Invitation.Status.PENDING) {
            invitation.revokedAt = clock.instant();
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public InvitationPreview preview(String token) {
        Invitation invitation = pendingInvitation(token);
        return new InvitationPreview(invitation.organisation.name, invitation.email, invitation.expiresAt);
    }

    /** Creates the invited person's account within the organisation. */
    @Transactional
    public void accept(String token, InvitationAcceptance acceptance) {
        Invitation invitation = pendingInvitation(token);
        if (Person.findByEmail(invitation.email).isPresent()) {
            throw new ApiException(Status.CONFLICT, "email-taken");
        }
        Person person = signup.newPerson(invitation.email, acceptance.firstName(), acceptance.lastName(),
                acceptance.password(), acceptance.locale());
        person.organisation = invitation.organisation;
        person.organisationRole = invitation.role;
        person.persist();
        charter.accept(person.id, invitation.organisation.id, acceptance.charterVersion(), "charterVersion");
        invitation.acceptedAt = clock.instant();
        auditLog.record(person.id, AuditAction.INVITATION_ACCEPTED, "organisation", invitation.organisation.id,
                Map.of("email", invitation.email));
    }

    private Invitation pendingInvitation(String token) {
        Invitation invitation = Invitation.find("tokenHash", SecretTokens.hash(token)).firstResult();
        if (invitation == null || invitation.status(clock.instant()) != Invitation.Status.PENDING) {
            throw new ApiException(Status.NOT_FOUND, "invalid-token");
        }
        return invitation;
    }

    private Person managedPerson(UUID organisationId, UUID personId, Caller caller) {
        requireManager(organisationId, caller);
        Person person = Person.findById(personId);
        if (person == null || person.organisation == null || !person.organisation.id.equals(organisationId)) {
            throw ApiException.notFound();
        }
        return person;
    }

    private static Organisation requireManager(UUID organisationId, Caller caller) {
        Organisation organisation = requireOrganisation(organisationId);
        if (!(caller.administers(organisationId) || caller.isStaff())) {
            throw ApiException.forbidden();
        }
        return organisation;
    }

    private static Organisation requireOrganisation(UUID organisationId) {
        Organisation organisation = Organisation.findById(organisationId);
        if (organisation == null) {
            throw ApiException.notFound();
        }
        return organisation;
    }

    private static void requireAnotherAdmin(UUID organisationId) {
        if (Person.count("organisation.id = ?1 and organisationRole = ?2 and active = true",
                organisationId, OrganisationRole.ORG_ADMIN) <= 1) {
            throw new ApiException(Status.CONFLICT, "last-admin");
        }
    }

    private static PersonView view(Person p) {
        return new PersonView(p.id, p.email, p.firstName, p.lastName, p.organisationRole);
    }

    private static InvitationView view(Invitation i, Instant now) {
        return new InvitationView(i.id, i.email, i.role, i.createdAt, i.expiresAt, i.status(now));
    }
}
