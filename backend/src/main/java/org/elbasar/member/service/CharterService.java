package org.elbasar.member.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.elbasar.common.api.ApiException;
import org.elbasar.common.domain.AuditAction;
import org.elbasar.common.service.AuditLog;
import org.elbasar.common.service.Caller;
import org.elbasar.member.api.CharterAcceptanceView;
import org.elbasar.member.api.CharterInput;
import org.elbasar.member.api.CharterView;
import org.elbasar.member.domain.CharterAcceptance;
import org.elbasar.member.domain.CharterVersion;

/** The members' charter: its versions and who accepted which. */
@ApplicationScoped
public class CharterService {

    private final EntityManager entityManager;
    private final AuditLog auditLog;
    private final Clock clock;

    public CharterService(EntityManager entityManager, AuditLog auditLog, Clock clock) {
        this.entityManager = entityManager;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CharterView current(Locale locale) {
        return view(CharterVersion.current(), locale);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CharterView> versions(Locale locale) {
        return CharterVersion.<CharterVersion>list("order by version desc").stream().map(v -> view(v, locale)).toList();
    }

    @Transactional
    public CharterView publish(CharterInput input, Caller caller) {
        CharterVersion version = new CharterVersion();
        version.version = CharterVersion.current().version + 1;
        version.titleFr = input.titleFr();
        version.bodyFr = input.bodyFr();
        version.titleEn = input.titleEn();
        version.bodyEn = input.bodyEn();
        version.publishedAt = clock.instant();
        version.publishedBy = caller.personId();
        version.persist();
        auditLog.record(caller.personId(), AuditAction.CHARTER_PUBLISHED, "charter", version.version, Map.of());
        return view(version, caller.locale());
    }

    /** Records that a person accepted, for an organisation, the version they were shown: it must be the current one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void accept(UUID personId, UUID organisationId, int shownVersion, String field) {
        if (shownVersion != CharterVersion.current().version) {
            throw ApiException.invalid(field, "validation.charter-outdated");
        }
        CharterAcceptance acceptance = new CharterAcceptance();
        acceptance.personId = personId;
        acceptance.organisationId = organisationId;
        acceptance.charterVersion = shownVersion;
        acceptance.acceptedAt = clock.instant();
        acceptance.persist();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CharterAcceptanceView> acceptances(UUID organisationId) {
        return entityManager.createQuery("""
                select new org.elbasar.member.api.CharterAcceptanceView(
                    a.personId, concat(p.firstName, ' ', p.lastName), a.organisationId, o.name, a.charterVersion, a.acceptedAt)
                from CharterAcceptance a, Person p, Organisation o
                where p.id = a.personId and o.id = a.organisationId
                  and (:organisation is null or a.organisationId = :organisation)
                order by a.acceptedAt desc""", CharterAcceptanceView.class)
                .setParameter("organisation", organisationId)
                .setMaxResults(1000)
                .getResultList();
    }

    private static CharterView view(CharterVersion version, Locale locale) {
        if (version == null) {
            throw ApiException.notFound();
        }
        return new CharterView(version.version, version.title(locale), version.body(locale), version.publishedAt);
    }
}
