package org.elbasar.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.elbasar.catalog.api.ItemViews.CategoryRef;
import org.elbasar.catalog.api.ItemViews.ItemSummary;
import org.elbasar.catalog.api.ItemViews.OrganisationRef;
import org.elbasar.catalog.api.ItemViews.SearchPage;
import org.elbasar.catalog.domain.ItemKind;
import org.elbasar.catalog.domain.ItemMode;
import org.elbasar.catalog.domain.ItemStatus;
import org.elbasar.catalog.domain.PriceUnit;
import org.elbasar.catalog.domain.Reach;
import org.elbasar.catalog.domain.SearchCriteria;
import org.elbasar.common.api.ApiException;
import org.elbasar.common.api.Page;
import org.elbasar.common.service.Caller;
import org.elbasar.common.service.FrenchSearch;
import org.elbasar.common.service.Replica;
import org.elbasar.common.service.ReplicaReads;
import org.elbasar.common.service.SqlValues;
import org.elbasar.member.api.TerritoryRef;

/**
 * Finds items: French full-text search with filters, facet counts and spelling suggestions.
 * A search page costs two statements (the total with the facets, the page), three when a
 * suggestion is looked for; never more with the page size.
 * <p>
 * Large result sets are costly to count and to rank, since every matching row is visited: their
 * counts come from {@link SearchCounts}' cache, and ranking by relevance considers their
 * {@value #RANKED_WINDOW} newest matches (a marketplace's fresh items; measured by {@code make bench},
 * ranking 1,000 cost a common word's page three times as much), the older ones follow newest first.
 * Only the first {@value #BROWSABLE} results of a search can be paged through, so that no request's
 * work grows with a page number nobody reaches by reading.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CatalogSearch {

    /** How results are ordered. */
    public enum Sort { RELEVANCE, DATE }

    private static final int SUMMARY_LENGTH = 240;
    private static final int SUGGEST_BELOW = 3;
    /** A word of a query, as the suggestion splits it (hyphens and apostrophes separate words). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    static final int RANKED_WINDOW = 300;
    /** How far a search can be paged: beyond, the user is asked to narrow it (and no request walks further). */
    public static final int BROWSABLE = 2000;

    private final EntityManager entityManager;
    private final ReplicaReads reads;
    private final SearchCounts searchCounts;
    private final Clock clock;

    public CatalogSearch(@Replica EntityManager entityManager, ReplicaReads reads, SearchCounts searchCounts, Clock clock) {
        this.entityManager = entityManager;
        this.reads = reads;
        this.searchCounts = searchCounts;
        this.clock = clock;
    }

    /** A page of the public catalogue, on the read replica when there is one ({@code reader}: who asks, null when anonymous). */
    public SearchPage search(UUID reader, ItemKind kind, SearchCriteria criteria, Sort sort, int page, int size, Locale locale) {
        if ((long) (page + 1) * size > BROWSABLE) {
            throw ApiException.invalid("page", "validation.search-depth", BROWSABLE);
        }
        return reads.read(reader, () -> search(kind, criteria, sort, page, size, locale));
    }

    private SearchPage search(ItemKind kind, SearchCriteria criteria, Sort sort, int page, int size, Locale locale) {
        ItemQuery query = ItemQuery.listed(kind, clock.instant()).matching(criteria);
        SearchCounts.Counts counts = searchCounts.of(kind, criteria);
        List<ItemSummary> items = List.of();
        if (counts.total() > 0) {
            boolean ranked = sort == Sort.RELEVANCE && query.hasText();
            items = ranked && counts.total() > RANKED_WINDOW
                    ? page(query, newestRankedThenByDate(query), "i.part, i.rank DESC, i.published_at DESC, i.id", page, size, locale)
                    : page(query, "catalog_item i WHERE " + query.where(), ranked
                            ? "ts_rank_cd(i.search_vector, " + FrenchSearch.tsquery("q") + ") DESC, i.published_at DESC, i.id"
                            : "i.published_at DESC, i.id", page, size, locale);
        }
        String suggestion = query.hasText() && counts.total() < SUGGEST_BELOW ? suggest(kind, criteria.q()) : null;
        return new SearchPage(items, counts.total(), page, size, counts.facets(), suggestion);
    }

    /**
     * The {@value #RANKED_WINDOW} newest matches by relevance, then the older ones newest first: both
     * walk the newest-first index as far as the page asks and no further, whatever the number of matches.
     */
    private static String newestRankedThenByDate(ItemQuery query) {
        return """
                (SELECT w.id, w.published_at, 0 AS part, ts_rank_cd(w.search_vector, %1$s) AS rank
                 FROM (SELECT i.id, i.published_at, i.search_vector FROM catalog_item i WHERE %2$s
                       ORDER BY i.published_at DESC, i.id LIMIT %3$d) w
                 UNION ALL
                 (SELECT i.id, i.published_at, 1, 0 FROM catalog_item i WHERE %2$s
                  ORDER BY i.published_at DESC, i.id OFFSET %3$d LIMIT greatest(:limit + :offset - %3$d, 0))) i"""
                .formatted(FrenchSearch.tsquery("q"), query.where(), RANKED_WINDOW);
    }

    /** An organisation's own items in every state, newest change first: for its people and staff. */
    public Page<ItemSummary> ofOrganisation(ItemKind kind, UUID organisation, int page, int size, Caller caller) {
        if (!(caller.belongsTo(organisation) || caller.isStaff())) {
            throw ApiException.forbidden();
        }
        Locale locale = caller.locale();
        return summaries(ItemQuery.anyState(kind).organisation(organisation), "i.updated_at DESC, i.id", page, size, locale);
    }

    /** Items hidden by animators, latest first. */
    public Page<ItemSummary> hidden(ItemKind kind, int page, int size, Locale locale) {
        return summaries(ItemQuery.anyState(kind).hidden(), "i.hidden_at DESC, i.id", page, size, locale);
    }

    /** Listed items matching saved criteria, published after a moment (for digests). */
    public List<ItemSummary> publishedSince(ItemKind kind, SearchCriteria criteria, java.time.Instant since, int limit,
            Locale locale) {
        ItemQuery query = ItemQuery.listed(kind, clock.instant()).matching(criteria).publishedAfter(since);
        return summaries(query, "i.published_at DESC, i.id", 0, limit, locale).items();
    }

    /**
     * The page is chosen on the items table alone, then only its rows are joined to what a card
     * shows; the total comes with the facets (search) or from a count (other lists).
     */
    @SuppressWarnings("unchecked")
    private List<ItemSummary> page(ItemQuery query, String from, String order, int page, int size, Locale locale) {
        Query select = entityManager.createNativeQuery("""
                SELECT i.id, i.kind, i.title, left(i.description, %d), i.category_code, c.name_fr, c.name_en,
                       i.mode, i.market, i.price, i.price_unit, i.on_quote, i.reach, i.reach_territory_id, rt.name,
                       i.needed_by, i.status, i.hidden_at IS NOT NULL, i.published_at, i.expires_at,
                       o.id, o.name, o.commune_id, ot.name,
                       (SELECT p.id FROM catalog_photo p WHERE p.item_id = i.id ORDER BY p.position LIMIT 1),
                       i.indicative_value, i.hidden_reason
                FROM (SELECT i.id, row_number() OVER (ORDER BY %s) AS n FROM %s
                      ORDER BY %s LIMIT :limit OFFSET :offset) chosen
                JOIN catalog_item i ON i.id = chosen.id
                JOIN organisation o ON o.id = i.organisation_id
                JOIN territory ot ON ot.id = o.commune_id
                JOIN category c ON c.code = i.category_code
                LEFT JOIN territory rt ON rt.id = i.reach_territory_id
                ORDER BY chosen.n""".formatted(SUMMARY_LENGTH + 1, order, from, order));
        query.parameters().forEach(select::setParameter);
        select.setParameter("limit", size).setParameter("offset", page * size);
        List<Object[]> rows = select.getResultList();
        boolean english = "en".equals(locale.getLanguage());
        List<ItemSummary> items = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            items.add(new ItemSummary(
                    (UUID) r[0], ItemKind.valueOf((String) r[1]), (String) r[2], abbreviate((String) r[3]),
                    new CategoryRef((String) r[4], (String) (english ? r[6] : r[5]), null),
                    ItemMode.valueOf((String) r[7]), (Boolean) r[8], (BigDecimal) r[9],
                    r[10] == null ? null : PriceUnit.valueOf((String) r[10]), (Boolean) r[11],
                    (BigDecimal) r[25], Reach.valueOf((String) r[12]), r[13] == null ? null : new TerritoryRef((String) r[13], (String) r[14]),
                    SqlValues.localDate(r[15]), ItemStatus.valueOf((String) r[16]), (Boolean) r[17],
                    SqlValues.instant(r[18]), SqlValues.instant(r[19]),
                    new OrganisationRef((UUID) r[20], (String) r[21], new TerritoryRef((String) r[22], (String) r[23])),
                    r[24] == null ? null : "/api/v1/photos/" + r[24] + "/thumbnail", (String) r[26]));
        }
        return items;
    }

    private Page<ItemSummary> summaries(ItemQuery query, String order, int page, int size, Locale locale) {
        List<ItemSummary> items = page(query, "catalog_item i WHERE " + query.where(), order, page, size, locale);
        long total = items.size() < size && (page == 0 || !items.isEmpty()) ? (long) page * size + items.size() : count(query);
        return new Page<>(items, total, page, size);
    }

    private long count(ItemQuery query) {
        Query count = entityManager.createNativeQuery("SELECT count(*) FROM catalog_item i WHERE " + query.where());
        query.parameters().forEach(count::setParameter);
        return ((Number) count.getSingleResult()).longValue();
    }

    /**
     * The query with each word that matches no listed item of the kind replaced by the closest word
     * of the catalogue's vocabulary that does; null if no word is replaced. The other words are kept
     * as typed (accents, quotes, "or", "-"). The vocabulary ({@link CatalogJobs#refreshVocabulary})
     * may lag behind the catalogue: a word is only offered while it still finds a listed item.
     */
    @SuppressWarnings("unchecked")
    private String suggest(ItemKind kind, String text) {
        List<MatchResult> words = WORD.matcher(text).results().toList();
        if (words.isEmpty()) {
            return null;
        }
        ItemQuery listed = ItemQuery.listed(kind, clock.instant());
        Query query = entityManager.createNativeQuery("""
                WITH words AS (
                  SELECT n, elbasar_normalise(w) AS folded, plainto_tsquery('elbasar_fr', elbasar_fold(w)) AS query
                  FROM unnest(string_to_array(:words, ' ')) WITH ORDINALITY AS t(w, n)),
                unmatched AS (
                  SELECT n, folded FROM words
                  WHERE length(folded) >= 3 AND numnode(query) > 0
                    AND NOT EXISTS (SELECT 1 FROM catalog_item i WHERE %1$s AND i.search_vector @@ query))
                SELECT u.n, (SELECT c.word FROM (
                               SELECT v.word, v.occurrences FROM catalog_vocabulary v WHERE v.word %% u.folded
                               ORDER BY similarity(v.word, u.folded) DESC, v.occurrences DESC LIMIT 5) c
                             WHERE EXISTS (SELECT 1 FROM catalog_item i WHERE %1$s
                                           AND i.search_vector @@ plainto_tsquery('elbasar_fr', elbasar_fold(c.word)))
                             ORDER BY similarity(c.word, u.folded) DESC, c.occurrences DESC LIMIT 1)
                FROM unmatched u""".formatted(listed.where()));
        listed.parameters().forEach(query::setParameter);
        query.setParameter("words", words.stream().map(MatchResult::group).collect(Collectors.joining(" ")));
        StringBuilder suggestion = new StringBuilder(text);
        boolean replaced = false;
        // from the last word to the first, so that the positions of those before stay right
        List<Object[]> rows = new ArrayList<>((List<Object[]>) query.getResultList());
        rows.sort(Comparator.comparingLong((Object[] r) -> ((Number) r[0]).longValue()).reversed());
        for (Object[] r : rows) {
            if (r[1] != null) {
                MatchResult word = words.get(((Number) r[0]).intValue() - 1);
                suggestion.replace(word.start(), word.end(), (String) r[1]);
                replaced = true;
            }
        }
        return replaced ? suggestion.toString() : null;
    }

    private static String abbreviate(String text) {
        if (text == null || text.length() <= SUMMARY_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SUMMARY_LENGTH);
        return text.substring(0, cut > 0 ? cut : SUMMARY_LENGTH) + "…";
    }
}
