package org.elbasar.member.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jakarta.ws.rs.core.Response.Status;
import org.elbasar.common.api.ApiException;
import org.elbasar.common.domain.AuditAction;
import org.elbasar.common.service.AuditLog;
import org.elbasar.common.service.Caller;
import org.elbasar.member.api.SectorInput;
import org.elbasar.member.api.SectorRef;
import org.elbasar.member.domain.Sector;

/** The editable list of sectors of activity. */
@ApplicationScoped
public class SectorService {

    private final AuditLog auditLog;

    public SectorService(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SectorRef> list(Locale locale) {
        return Sector.<Sector>list("order by position, code").stream().map(s -> new SectorRef(s.code, s.name(locale))).toList();
    }

    @Transactional
    public SectorRef save(String code, SectorInput input, Caller caller) {
        if (!code.equals(input.code())) {
            throw ApiException.invalid("code", "validation.wrong-type");
        }
        Sector sector = Sector.findById(code);
        if (sector == null) {
            sector = new Sector();
            sector.code = code;
        }
        sector.nameFr = input.nameFr();
        sector.nameEn = input.nameEn();
        sector.position = input.position();
        sector.persist();
        auditLog.record(caller.personId(), AuditAction.SECTOR_SAVED, "sector", code, Map.of("nameFr", input.nameFr()));
        return new SectorRef(sector.code, sector.name(caller.locale()));
    }

    @Transactional
    public void delete(String code, Caller caller) {
        Sector sector = Sector.findById(code);
        if (sector == null) {
            throw ApiException.notFound();
        }
        long uses = Sector.getEntityManager()
                .createQuery("select count(o) from Organisation o join o.sectors s where s.code = :code", Long.class)
                .setParameter("code", code).getSingleResult();
        if (uses > 0) {
            throw new ApiException(Status.CONFLICT, "sector-in-use");
        }
        sector.delete();
        auditLog.record(caller.personId(), AuditAction.SECTOR_DELETED, "sector", code, Map.of());
    }
}
