package org.elbasar.common.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.elbasar.common.domain.AuditEntry;

/** Records sensitive actions in the transaction that performs them. */
@ApplicationScoped
public class AuditLog {

    private final Clock clock;

    public AuditLog(Clock clock) {
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID actorId, String action, String targetType, Object targetId, Map<String, Object> details) {
        AuditEntry entry = new AuditEntry();
        entry.occurredAt = clock.instant();
        entry.actorId = actorId;
        entry.action = action;
        entry.targetType = targetType;
        entry.targetId = String.valueOf(targetId);
        entry.details = details;
        entry.persist();
    }
}
