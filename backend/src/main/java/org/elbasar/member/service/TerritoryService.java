package org.elbasar.member.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.elbasar.common.api.ApiException;
import org.elbasar.member.api.TerritoryView;
import org.elbasar.member.domain.Territory;

/** The administrative split: search by name or postal code, and lookups. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TerritoryService {

    private final EntityManager entityManager;

    public TerritoryService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Territories whose name starts with or resembles the query (accents, case, hyphens and
     * apostrophes ignored), or whose postal code starts with it; exact and prefix matches first,
     * then larger populations.
     */
    /**
     * SQL true when the territory id in the column is the one of the :territory parameter or inside it (a commune of
     * an EPCI, of a département…), found by the index on parent_ids.
     */
    public static String inside(String column) {
        return column + " IN (SELECT id FROM territory WHERE id = :territory OR parent_ids @> ARRAY[CAST(:territory AS text)])";
    }

    @SuppressWarnings("unchecked")
    public List<TerritoryView> search(String query, Territory.Kind kind, int limit) {
        String q = query == null ? "" : query.trim();
        List<Territory> found = entityManager.createNativeQuery("""
                WITH input AS (
                  SELECT trim(regexp_replace(lower(unaccent(:q)), '[^a-z0-9]+', ' ', 'g')) AS name, :q AS raw)
                SELECT t.* FROM territory t, input i
                WHERE (:kind = '' OR t.kind = :kind)
                  AND (i.name = ''
                       OR t.search_name LIKE i.name || '%'
                       OR t.search_name LIKE '% ' || i.name || '%'
                       OR (length(i.name) >= 4 AND t.search_name % i.name)
                       OR (i.raw ~ '^[0-9]{2,5}$' AND EXISTS (SELECT 1 FROM unnest(t.postal_codes) p WHERE p LIKE i.raw || '%')))
                ORDER BY (t.search_name = i.name) DESC,
                         (t.search_name LIKE i.name || '%') DESC,
                         similarity(t.search_name, i.name) DESC,
                         t.population DESC NULLS LAST,
                         t.name
                LIMIT :limit""", Territory.class)
                .setParameter("q", q)
                .setParameter("kind", kind == null ? "" : kind.name())
                .setParameter("limit", limit)
                .getResultList();
        return found.stream().map(TerritoryService::view).toList();
    }

    public TerritoryView get(String id) {
        return view(find(id));
    }

    public Territory find(String id) {
        Territory territory = id == null ? null : Territory.findById(id);
        if (territory == null) {
            throw ApiException.notFound();
        }
        return territory;
    }

    /** The commune named by a form field, or a field error. */
    public Territory requireCommune(String id, String field) {
        Territory territory = id == null ? null : Territory.findById(id);
        if (territory == null || territory.kind != Territory.Kind.COMMUNE) {
            throw ApiException.invalid(field, "validation.unknown-commune");
        }
        return territory;
    }

    static TerritoryView view(Territory t) {
        String departementCode = t.departementId == null ? null : t.departementId.substring(t.departementId.indexOf(':') + 1);
        return new TerritoryView(t.id, t.kind, t.code, t.name, t.postalCodes, departementCode);
    }
}
