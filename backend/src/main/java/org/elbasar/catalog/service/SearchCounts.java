package org.elbasar.catalog.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.elbasar.catalog.api.ItemViews.FacetValue;
import org.elbasar.catalog.api.ItemViews.Facets;
import org.elbasar.catalog.domain.ItemKind;
import org.elbasar.catalog.domain.SearchCriteria;

/**
 * The total and facet counts of a catalogue search, counted in one pass over the matches on the
 * facet columns items carry (migration V22), up to {@link #COUNTED_UP_TO} matches: past them the
 * total is a lower bound and the facets count the matches read. Counts are kept per instance for the catalogue's change
 * counter ({@code catalog_change}, moved by every statement that writes items) that the search read
 * with its page: a publication, withdrawal or hiding made anywhere is counted by the next search on
 * every instance. What changes without a write, an item passing its expiry date, is counted within
 * {@link #KEPT_FOR} (the page itself is always exact).
 */
@ApplicationScoped
public class SearchCounts {

    static final Duration KEPT_FOR = Duration.ofSeconds(10);
    /** Above it a total reads "more than" it: counting stops there, whatever the number of matches. */
    public static final int COUNTED_UP_TO = CatalogSearch.REACHABLE;
    /** The organisation facet lists the most active ones only. */
    static final int TOP_ORGANISATIONS = 10;

    /** The total and facet counts of a search. */
    public record Counts(long total, boolean totalIsLowerBound, Facets facets) {
    }

    private record Key(ItemKind kind, SearchCriteria criteria) {
    }

    private record Counted(long catalogVersion, Counts counts) {
    }

    private final EntityManager entityManager;
    private final Clock clock;
    private final Cache<Key, Counted> kept;

    public SearchCounts(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.kept = Caffeine.newBuilder()
                .maximumSize(2000)
                .expireAfterWrite(KEPT_FOR)
                // the application's clock, so that tests can move time forward
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .build();
    }

    /** The counts of a search, as of the catalogue's version read with its page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Counts of(ItemKind kind, SearchCriteria criteria, long catalogVersion) {
        Key key = new Key(kind, criteria);
        Counted counted = kept.getIfPresent(key);
        if (counted != null && counted.catalogVersion() == catalogVersion) {
            return counted.counts();
        }
        // a writer that committed since the page was read is counted too: kept under the older
        // version, these counts are simply counted again by the next search
        Counts counts = count(ItemQuery.listed(kind, clock.instant()).matching(criteria));
        kept.put(key, new Counted(catalogVersion, counts));
        return counts;
    }

    /** The total and the facet counts, in one statement. */
    @SuppressWarnings("unchecked")
    private Counts count(ItemQuery query) {
        Query select = entityManager.createNativeQuery("""
                WITH hits AS MATERIALIZED (
                  SELECT i.mode, i.market, i.top_category, i.organisation_id, i.sector_codes, i.departement_ids
                  FROM catalog_item i WHERE %s LIMIT %d)
                SELECT 'total', '', count(*), NULL FROM hits
                UNION ALL SELECT 'mode', h.mode, count(*), NULL FROM hits h GROUP BY h.mode
                UNION ALL SELECT 'market', h.market::text, count(*), NULL FROM hits h GROUP BY h.market
                UNION ALL SELECT 'category', h.top_category, count(*), NULL FROM hits h GROUP BY h.top_category
                UNION ALL SELECT 'sector', s.code, count(*), NULL FROM hits h, unnest(h.sector_codes) s(code) GROUP BY s.code
                UNION ALL SELECT 'departement', d.id, n.count, d.name
                          FROM (SELECT t.id, count(*) FROM hits h, unnest(h.departement_ids) t(id) GROUP BY t.id) n
                          JOIN territory d ON d.id = n.id
                UNION ALL SELECT 'organisation', o.id::text, n.count, o.name
                          FROM (SELECT h.organisation_id, count(*) FROM hits h GROUP BY h.organisation_id
                                ORDER BY 2 DESC, 1 LIMIT %d) n
                          JOIN organisation o ON o.id = n.organisation_id
                ORDER BY 1, 3 DESC, 2""".formatted(query.where(), COUNTED_UP_TO + 1, TOP_ORGANISATIONS));
        query.parameters().forEach(select::setParameter);
        List<FacetValue> mode = new ArrayList<>();
        List<FacetValue> market = new ArrayList<>();
        List<FacetValue> category = new ArrayList<>();
        List<FacetValue> sector = new ArrayList<>();
        List<FacetValue> departement = new ArrayList<>();
        List<FacetValue> organisation = new ArrayList<>();
        long total = 0;
        for (Object[] row : (List<Object[]>) select.getResultList()) {
            FacetValue value = new FacetValue((String) row[1], ((Number) row[2]).longValue(), (String) row[3]);
            switch ((String) row[0]) {
                case "total" -> total = value.count();
                case "mode" -> mode.add(value);
                case "market" -> market.add(value);
                case "category" -> category.add(value);
                case "sector" -> sector.add(value);
                case "departement" -> departement.add(value);
                default -> organisation.add(value);
            }
        }
        return new Counts(Math.min(total, COUNTED_UP_TO), total > COUNTED_UP_TO, new Facets(mode, market, category, sector, departement, organisation));
    }
}
