package org.elbasar.member.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.elbasar.account.domain.Roles;
import org.elbasar.common.api.ApiException;
import org.elbasar.common.api.DataExport;
import org.elbasar.common.domain.AuditAction;
import org.elbasar.common.service.AuditLog;
import org.elbasar.common.service.Caller;
import org.elbasar.common.service.DataExports;
import org.elbasar.member.domain.Organisation;

/** An organisation's copy of everything the platform holds about it, for its admins. */
@ApplicationScoped
public class OrganisationData {

    private final DataExports exports;
    private final AuditLog auditLog;
    private final Clock clock;

    public OrganisationData(DataExports exports, AuditLog auditLog, Clock clock) {
        this.exports = exports;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional
    public DataExport export(UUID organisationId, Caller caller) {
        if (Organisation.findById(organisationId) == null) {
            throw ApiException.notFound();
        }
        if (!caller.administers(organisationId) && !caller.has(Roles.ADMIN)) {
            throw ApiException.forbidden();
        }
        DataExport export = new DataExport(clock.instant(), new DataExport.Subject("organisation", organisationId),
                exports.row("organisation", organisationId), exports.organisationRecords(organisationId));
        auditLog.record(caller.personId(), AuditAction.ORGANISATION_DATA_EXPORTED, "organisation", organisationId, Map.of());
        return export;
    }
}
