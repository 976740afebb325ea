package org.elbasar.member.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.elbasar.account.domain.OrganisationRole;
import org.elbasar.account.domain.Person;
import org.elbasar.common.api.ApiException;
import org.elbasar.common.api.Page;
import org.elbasar.common.domain.AuditAction;
import org.elbasar.common.service.AuditLog;
import org.elbasar.common.service.Caller;
import org.elbasar.common.service.MailOutbox;
import org.elbasar.member.api.JoinRequestView;
import org.elbasar.member.api.OrganisationDetail;
import org.elbasar.member.domain.CharterAcceptance;
import org.elbasar.member.domain.Organisation;
import org.elbasar.member.domain.OrganisationStatus;

/** The animators' queue of organisations waiting to join, and their decisions. */
@ApplicationScoped
public class JoinRequestService {

    private final EntityManager entityManager;
    private final OrganisationViews views;
    private final MailOutbox mail;
    private final AuditLog auditLog;
    private final Clock clock;

    public JoinRequestService(EntityManager entityManager, OrganisationViews views, MailOutbox mail, AuditLog auditLog,
            Clock clock) {
        this.entityManager = entityManager;
        this.views = views;
        this.mail = mail;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Pending organisations, oldest first, with the person who asked and the charter version they accepted. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<JoinRequestView> pending(int page, int size, Caller caller) {
        long total = Organisation.count("status", OrganisationStatus.PENDING);
        List<UUID> ids = entityManager.createQuery(
                "select o.id from Organisation o where o.status = :status order by o.createdAt, o.id", UUID.class)
                .setParameter("status", OrganisationStatus.PENDING)
                .setFirstResult(page * size).setMaxResults(size)
                .getResultList();
        List<Organisation> organisations = views.load(ids);
        Map<UUID, Person> applicants = ids.isEmpty() ? Map.of()
                : Person.<Person>list("organisation.id in ?1 and organisationRole = ?2 order by createdAt desc",
                        ids, OrganisationRole.ORG_ADMIN).stream()
                        .collect(Collectors.toMap(p -> p.organisation.id, Function.identity(), (newer, older) -> older));
        Map<UUID, CharterAcceptance> acceptances = ids.isEmpty() ? Map.of()
                : CharterAcceptance.<CharterAcceptance>list("organisationId in ?1 order by acceptedAt", ids).stream()
                        .collect(Collectors.toMap(a -> a.organisationId, Function.identity(), (first, later) -> first));
        Map<UUID, OrganisationDetail.Contact> contacts = organisations.stream().collect(Collectors.toMap(o -> o.id,
                o -> new OrganisationDetail.Contact(o.contactEmail, o.phone, List.of())));
        Map<UUID, Instant> submitted = organisations.stream().collect(Collectors.toMap(o -> o.id, o -> o.createdAt));
        List<OrganisationDetail> details = views.details(organisations, caller.locale(), contacts);
        List<JoinRequestView> items = details.stream().map(d -> {
            Person applicant = applicants.get(d.id());
            CharterAcceptance acceptance = acceptances.get(d.id());
            return new JoinRequestView(d,
                    applicant == null ? null : new JoinRequestView.Applicant(applicant.firstName, applicant.lastName, applicant.email),
                    submitted.get(d.id()),
                    acceptance == null ? null : acceptance.charterVersion);
        }).toList();
        return new Page<>(items, total, page, size);
    }

    @Transactional
    public void approve(UUID organisationId, Caller caller) {
        Organisation organisation = pendingOrganisation(organisationId);
        organisation.status = OrganisationStatus.ACTIVE;
        organisation.joinedAt = clock.instant();
        organisation.rejectionReason = null;
        auditLog.record(caller.personId(), AuditAction.ORGANISATION_APPROVED, "organisation", organisationId, Map.of());
        for (Person person : peopleOf(organisationId)) {
            mail.enqueue(new MailOutbox.Message("join-approved", person.email, person.preferredLocale(),
                    Map.of("person", person, "organisation", organisation), organisation.name));
        }
    }

    @Transactional
    public void reject(UUID organisationId, String reason, Caller caller) {
        Organisation organisation = pendingOrganisation(organisationId);
        organisation.status = OrganisationStatus.REJECTED;
        organisation.rejectionReason = reason.trim();
        auditLog.record(caller.personId(), AuditAction.ORGANISATION_REJECTED, "organisation", organisationId, Map.of("reason", reason));
        for (Person person : peopleOf(organisationId)) {
            mail.enqueue(new MailOutbox.Message("join-rejected", person.email, person.preferredLocale(),
                    Map.of("person", person, "organisation", organisation, "reason", organisation.rejectionReason)));
        }
    }

    private Organisation pendingOrganisation(UUID id) {
        Organisation organisation = Organisation.findById(id);
        if (organisation == null) {
            throw ApiException.notFound();
        }
        if (organisation.status != OrganisationStatus.PENDING) {
            throw new ApiException(Status.CONFLICT, "not-pending");
        }
        return organisation;
    }

    private static List<Person> peopleOf(UUID organisationId) {
        return Person.list("organisation.id = ?1 and active = true", organisationId);
    }
}
