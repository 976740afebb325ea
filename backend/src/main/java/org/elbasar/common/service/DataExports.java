package org.elbasar.common.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Every row of the database that points to a person or an organisation, read from the schema's
 * foreign keys rather than from a hand-kept list: a table added later is exported without anyone
 * remembering to. Secrets (hashes, tokens) and search vectors are left out.
 */
@ApplicationScoped
public class DataExports {

    /** Columns holding a person's id without a foreign key (logs that must outlive what they mention). */
    static final Set<String> UNLINKED_PERSON_COLUMNS = Set.of("audit_log.actor_id", "catalog_item_change.actor_id");

    /** Columns holding an email address that may be a person's own. */
    static final Set<String> EMAIL_COLUMN_NAMES = Set.of("email", "recipient", "contact_email");

    private static final TypeReference<Map<String, List<Map<String, Object>>>> RECORDS = new TypeReference<>() {
    };

    private final EntityManager entityManager;
    private final ObjectMapper json;

    public DataExports(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    /** A table column, e.g. {@code exchange.declared_by}. */
    public record Column(String table, String column) {
    }

    /** The columns that hold a person's id: their foreign keys plus the logs' unlinked actor columns. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Column> personColumns() {
        List<Column> columns = new ArrayList<>(referencing("person"));
        UNLINKED_PERSON_COLUMNS.stream().sorted().map(c -> new Column(c.split("\\.")[0], c.split("\\.")[1])).forEach(columns::add);
        return columns;
    }

    /** Rows, by table, that name the person by id or email address, or that the audit log records about them; one statement. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, List<Map<String, Object>>> personRecords(UUID personId, String email) {
        List<Column> emailColumns = columns("""
                SELECT c.relname, a.attname FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = current_schema() AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
                  AND a.attname = ANY(:names) AND c.relname <> 'person'
                ORDER BY 1, 2""", EMAIL_COLUMN_NAMES.toArray(String[]::new));
        return records(personColumns(), emailColumns, "person", personId, email);
    }

    /** Rows, by table, that belong to the organisation or that the audit log records about it; one statement. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, List<Map<String, Object>>> organisationRecords(UUID organisationId) {
        return records(referencing("organisation"), List.of(), "organisation", organisationId, null);
    }

    /** One row of {@code table} by its id, without secrets (empty when absent). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Object> row(String table, UUID id) {
        List<Map<String, Object>> rows = records(List.of(new Column(table, "id")), List.of(), null, id, null).get(table);
        return rows == null || rows.isEmpty() ? Map.of() : rows.get(0);
    }

    private Map<String, List<Map<String, Object>>> records(List<Column> idColumns, List<Column> emailColumns, String auditTarget,
            UUID id, String email) {
        Map<String, List<String>> conditions = new TreeMap<>();
        for (Column c : idColumns) {
            conditions.computeIfAbsent(c.table(), t -> new ArrayList<>()).add("t." + identifier(c.column()) + " = :id");
        }
        for (Column c : emailColumns) {
            conditions.computeIfAbsent(c.table(), t -> new ArrayList<>()).add("lower(t." + identifier(c.column()) + ") = lower(:email)");
        }
        if (auditTarget != null) {
            conditions.computeIfAbsent("audit_log", t -> new ArrayList<>()).add("(t.target_type = :auditTarget AND t.target_id = :idText)");
        }
        Map<String, List<String>> secrets = secretColumns(conditions.keySet());
        List<String> pairs = new ArrayList<>();
        int index = 0;
        for (var table : conditions.entrySet()) {
            pairs.add("'" + table.getKey() + "', (SELECT coalesce(jsonb_agg(to_jsonb(t) - CAST(:secrets" + index++ + " AS text[])), '[]')"
                    + " FROM " + identifier(table.getKey()) + " t WHERE " + String.join(" OR ", table.getValue()) + ")");
        }
        // jsonb_build_object takes at most 100 arguments: one object per 40 tables, concatenated
        List<String> objects = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i += 40) {
            objects.add("jsonb_build_object(" + String.join(",\n", pairs.subList(i, Math.min(pairs.size(), i + 40))) + ")");
        }
        Query query = entityManager.createNativeQuery("SELECT CAST(" + String.join(" || ", objects) + " AS text)").setParameter("id", id);
        if (!emailColumns.isEmpty()) {
            query.setParameter("email", email);
        }
        if (auditTarget != null) {
            query.setParameter("auditTarget", auditTarget).setParameter("idText", id.toString());
        }
        index = 0;
        for (String table : conditions.keySet()) {
            query.setParameter("secrets" + index++, secrets.getOrDefault(table, List.of()).toArray(String[]::new));
        }
        try {
            return new TreeMap<>(json.readValue((String) query.getSingleResult(), RECORDS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Column> referencing(String table) {
        return columns("""
                SELECT c.relname, a.attname FROM pg_constraint k
                JOIN pg_class c ON c.oid = k.conrelid
                JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
                WHERE k.contype = 'f' AND cardinality(k.conkey) = 1
                  AND k.confrelid = to_regclass((CAST(:names AS text[]))[1])
                ORDER BY 1, 2""", new String[] { table });
    }

    /** Per table, the columns never exported: password and token hashes, secrets, search vectors. */
    private Map<String, List<String>> secretColumns(Set<String> tables) {
        Map<String, List<String>> secrets = new LinkedHashMap<>();
        for (Column c : columns("""
                SELECT c.relname, a.attname FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = current_schema() AND c.relname = ANY(:names) AND a.attnum > 0 AND NOT a.attisdropped
                  AND (a.atttypid = CAST('tsvector' AS regtype) OR a.attname ~ '(hash|token|secret)')""",
                tables.toArray(String[]::new))) {
            secrets.computeIfAbsent(c.table(), t -> new ArrayList<>()).add(c.column());
        }
        return secrets;
    }

    @SuppressWarnings("unchecked")
    private List<Column> columns(String sql, String[] names) {
        List<Object[]> rows = entityManager.createNativeQuery(sql).setParameter("names", names).getResultList();
        return rows.stream().map(r -> new Column((String) r[0], (String) r[1])).toList();
    }

    /** Names come from the catalogue, not from callers; anything unusual is refused rather than quoted. */
    private static String identifier(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Unexpected identifier " + name);
        }
        return name;
    }
}
