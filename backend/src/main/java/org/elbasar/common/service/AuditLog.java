package org.elbasar.common.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.elbasar.common.api.AuditViews.Actor;
import org.elbasar.common.api.AuditViews.Entry;
import org.elbasar.common.api.Page;
import org.elbasar.common.domain.AuditAction;
import org.elbasar.common.domain.AuditEntry;

/** Records sensitive actions in the transaction that performs them. */
@ApplicationScoped
public class AuditLog {

    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {
    };

    private final Clock clock;
    private final EntityManager entityManager;
    private final ObjectMapper json;

    public AuditLog(Clock clock, EntityManager entityManager, ObjectMapper json) {
        this.clock = clock;
        this.entityManager = entityManager;
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID actorId, AuditAction action, String targetType, Object targetId, Map<String, Object> details) {
        AuditEntry entry = new AuditEntry();
        entry.occurredAt = clock.instant();
        entry.actorId = actorId;
        entry.action = action.code();
        entry.targetType = targetType;
        entry.targetId = String.valueOf(targetId);
        entry.details = details;
        entry.persist();
    }

    /** Entries newest first, those whose action starts with {@code action} when given, in two statements. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public Page<Entry> list(String action, int page, int size) {
        String prefix = action == null ? "" : action.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT a.id, a.occurred_at, a.actor_id, p.first_name || ' ' || p.last_name, a.action, a.target_type, a.target_id,
                       CAST(a.details AS text)
                FROM audit_log a LEFT JOIN person p ON p.id = a.actor_id
                WHERE a.action LIKE :prefix || '%'
                ORDER BY a.occurred_at DESC, a.id DESC LIMIT :limit OFFSET :offset""")
                .setParameter("prefix", prefix).setParameter("limit", size).setParameter("offset", page * size).getResultList();
        List<Entry> entries = new ArrayList<>();
        for (Object[] r : rows) {
            entries.add(new Entry(((Number) r[0]).longValue(), (Instant) r[1], r[2] == null ? null : new Actor((UUID) r[2], (String) r[3]),
                    (String) r[4], (String) r[5], (String) r[6], details((String) r[7])));
        }
        long total = ((Number) entityManager.createNativeQuery("SELECT count(*) FROM audit_log WHERE action LIKE :prefix || '%'")
                .setParameter("prefix", prefix).getSingleResult()).longValue();
        return new Page<>(entries, total, page, size);
    }

    private Map<String, Object> details(String text) {
        try {
            return json.readValue(text, DETAILS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
