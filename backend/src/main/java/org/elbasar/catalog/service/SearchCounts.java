package org.elbasar.catalog.service;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
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
import org.elbasar.common.service.Replica;
import org.elbasar.common.service.ReplicaReads;

/**
 * The total and facet counts of a catalogue search. Counting a large result set visits every
 * matching row (close to a second for a common word among 100,000 offers), so the counts of sets
 * above {@value #CACHED_ABOVE} items are kept by each instance: served for up to {@link #REFRESH_AFTER}
 * as they are, then still served while a background thread counts again, so that no visitor waits
 * for it. A count is never older than {@link #EXPIRE_AFTER}: past it, the search counts again before
 * answering. So a published, withdrawn or hidden item is in (or out of) the totals and facets of a
 * large result set within seconds, and in (or out of) every list at once (the pages are never kept).
 */
@ApplicationScoped
public class SearchCounts {

    static final long CACHED_ABOVE = 1000;
    static final Duration REFRESH_AFTER = Duration.ofSeconds(10);
    static final Duration EXPIRE_AFTER = Duration.ofSeconds(30);
    /** The organisation facet lists the most active ones only. */
    static final int TOP_ORGANISATIONS = 10;

    /** The total and facet counts of a search. */
    public record Counts(long total, Facets facets) {
    }

    private record Key(ItemKind kind, SearchCriteria criteria) {
    }

    private final EntityManager entityManager;
    private final ReplicaReads reads;
    private final Clock clock;
    private final LoadingCache<Key, Counts> large;

    public SearchCounts(@Replica EntityManager entityManager, ReplicaReads reads, Clock clock) {
        this.entityManager = entityManager;
        this.reads = reads;
        this.clock = clock;
        this.large = Caffeine.newBuilder()
                .maximumSize(2000)
                .refreshAfterWrite(REFRESH_AFTER)
                .expireAfterWrite(EXPIRE_AFTER)
                // the application's clock, so that tests can move time forward
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                // a refresh runs on Caffeine's threads: through the bean, for its transaction
                .build(key -> Arc.container().instance(SearchCounts.class).get().countInBackground(key));
    }

    /** The counts of a search, from the cache when its result set is large. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Counts of(ItemKind kind, SearchCriteria criteria) {
        Key key = new Key(kind, criteria);
        Counts cached = large.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        Counts counts = count(key);
        if (counts.total() > CACHED_ABOVE) {
            large.put(key, counts);
        }
        return counts;
    }

    @ActivateRequestContext
    @Transactional
    Counts countInBackground(Key key) {
        return reads.read(null, () -> count(key));
    }

    private Counts count(Key key) {
        return count(ItemQuery.listed(key.kind(), clock.instant()).matching(key.criteria()));
    }

    /** The total and the facet counts, in one statement. */
    @SuppressWarnings("unchecked")
    private Counts count(ItemQuery query) {
        Query select = entityManager.createNativeQuery("""
                WITH hits AS (SELECT i.mode, i.market, i.category_code, i.organisation_id, i.reach, i.reach_territory_id
                              FROM catalog_item i WHERE %s)
                SELECT 'total', '', count(*), NULL FROM hits
                UNION ALL SELECT 'mode', h.mode, count(*), NULL FROM hits h GROUP BY h.mode
                UNION ALL SELECT 'market', h.market::text, count(*), NULL FROM hits h GROUP BY h.market
                UNION ALL SELECT 'category', coalesce(c.parent_code, c.code), count(*), NULL
                          FROM hits h JOIN category c ON c.code = h.category_code GROUP BY 2
                UNION ALL SELECT 'sector', s.sector_code, count(*), NULL
                          FROM hits h JOIN organisation_sector s ON s.organisation_id = h.organisation_id GROUP BY 2
                UNION ALL SELECT 'departement', d.id, count(*), d.name
                          FROM hits h LEFT JOIN territory r ON r.id = h.reach_territory_id
                          JOIN territory d ON d.kind = 'DEPARTEMENT'
                           AND (h.reach = 'REMOTE' OR r.id = d.id OR d.id = ANY (r.parent_ids) OR r.id = ANY (d.parent_ids))
                          GROUP BY d.id, d.name
                UNION ALL (SELECT 'organisation', o.id::text, count(*), o.name
                          FROM hits h JOIN organisation o ON o.id = h.organisation_id GROUP BY o.id, o.name
                          ORDER BY 3 DESC, 4 LIMIT %d)
                ORDER BY 1, 3 DESC, 2""".formatted(query.where(), TOP_ORGANISATIONS));
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
        return new Counts(total, new Facets(mode, market, category, sector, departement, organisation));
    }
}
