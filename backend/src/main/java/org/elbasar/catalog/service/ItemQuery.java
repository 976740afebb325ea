package org.elbasar.catalog.service;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.elbasar.catalog.domain.ItemKind;
import org.elbasar.catalog.domain.SearchCriteria;
import org.elbasar.common.service.FrenchSearch;

/**
 * The WHERE clause of a catalogue query and its parameters, built from search criteria. Listed
 * items only (published, not hidden, not expired) unless {@link #anyState} is used.
 */
final class ItemQuery {

    private final StringBuilder where = new StringBuilder();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /**
     * The kind is written into the statement, not bound: a prepared statement's generic plan cannot
     * otherwise use the indexes kept for one kind (the words index of offers), and walked the listed
     * items instead (a rare word's page: 87 to 143 shared blocks on the small bench data).
     */
    private ItemQuery(ItemKind kind) {
        where.append("i.kind = '").append(kind.name()).append('\'');
    }

    /** What the public catalogue shows; the predicate matches the partial indexes. */
    static ItemQuery listed(ItemKind kind, Instant now) {
        ItemQuery query = new ItemQuery(kind);
        query.where.append(" AND i.status = 'PUBLISHED' AND i.hidden_at IS NULL AND i.expires_at > :now");
        query.parameters.put("now", Timestamp.from(now));
        return query;
    }

    /** Every item whatever its state, for its organisation and for moderation. */
    static ItemQuery anyState(ItemKind kind) {
        return new ItemQuery(kind);
    }

    ItemQuery matching(SearchCriteria criteria) {
        if (criteria.q() != null && !criteria.q().isBlank()) {
            where.append(" AND i.search_vector @@ " + FrenchSearch.tsquery("q"));
            parameters.put("q", criteria.q().trim());
        }
        if (criteria.market() != null) {
            add("i.market = :market", "market", criteria.market());
        }
        if (criteria.mode() != null) {
            add("i.mode = :mode", "mode", criteria.mode().name());
        }
        if (criteria.category() != null) {
            add("i.category_code IN (SELECT code FROM category WHERE code = :category OR parent_code = :category)",
                    "category", criteria.category());
        }
        if (criteria.territory() != null) {
            // available there: reaching it, an enclosing territory, a territory inside it, or remote
            add("""
                    (i.reach = 'REMOTE' OR i.reach_territory_id = :territory
                     OR i.reach_territory_id IN (SELECT unnest(t.parent_ids) FROM territory t WHERE t.id = :territory)
                     OR EXISTS (SELECT 1 FROM territory r WHERE r.id = i.reach_territory_id AND :territory = ANY (r.parent_ids)))""",
                    "territory", criteria.territory());
        }
        if (criteria.organisation() != null) {
            add("i.organisation_id = :organisation", "organisation", criteria.organisation());
        }
        if (criteria.sector() != null) {
            add("EXISTS (SELECT 1 FROM organisation_sector s WHERE s.organisation_id = i.organisation_id AND s.sector_code = :sector)",
                    "sector", criteria.sector());
        }
        return this;
    }

    ItemQuery organisation(UUID organisation) {
        return add("i.organisation_id = :organisation", "organisation", organisation);
    }

    ItemQuery hidden() {
        where.append(" AND i.hidden_at IS NOT NULL");
        return this;
    }

    ItemQuery publishedAfter(Instant since) {
        return add("i.published_at > :since", "since", Timestamp.from(since));
    }

    boolean hasText() {
        return parameters.containsKey("q");
    }

    String where() {
        return where.toString();
    }

    Map<String, Object> parameters() {
        return parameters;
    }

    private ItemQuery add(String condition, String name, Object value) {
        where.append(" AND ").append(condition);
        parameters.put(name, value);
        return this;
    }
}
