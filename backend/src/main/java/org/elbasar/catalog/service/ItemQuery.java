package org.elbasar.catalog.service;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.elbasar.catalog.domain.ItemKind;
import org.elbasar.catalog.domain.SearchCriteria;
import org.elbasar.common.service.FrenchSearch;
import org.elbasar.member.domain.Territory;

/**
 * The WHERE clause of a catalogue query and its parameters, built from search criteria. Listed
 * items only (published, not hidden, not expired) unless {@link #anyState} is used.
 */
final class ItemQuery {

    private final StringBuilder where = new StringBuilder();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private ItemQuery(ItemKind kind) {
        where.append("i.kind = :kind");
        parameters.put("kind", kind.name());
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
            add("(i.top_category = :category OR i.category_code = :category)", "category", criteria.category());
        }
        if (criteria.territory() != null) {
            // available there: remote, reaching it or a territory inside it, reaching a territory enclosing
            // it (the keys V22 gives each item); a constant array, which the planner estimates from the index
            add("i.place_keys && string_to_array(:places, ',')", "places", String.join(",", placeKeys(criteria.territory())));
        }
        if (criteria.organisation() != null) {
            add("i.organisation_id = :organisation", "organisation", criteria.organisation());
        }
        if (criteria.sector() != null) {
            add("i.sector_codes @> ARRAY[CAST(:sector AS text)]", "sector", criteria.sector());
        }
        return this;
    }

    /** The keys of items available in a territory; territories are reference data, read from the second-level cache. */
    private static List<String> placeKeys(String territory) {
        List<String> keys = new ArrayList<>(List.of("remote", "in:" + territory));
        Territory found = Territory.findById(territory);
        if (found != null) {
            found.parentIds.forEach(parent -> keys.add("at:" + parent));
        }
        return keys;
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
