package org.elbasar.hotline.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.elbasar.catalog.api.ItemViews.CategoryRef;
import org.elbasar.catalog.api.ItemViews.OrganisationRef;
import org.elbasar.catalog.domain.ItemKind;
import org.elbasar.catalog.domain.ItemMode;
import org.elbasar.catalog.service.ItemAudience;
import org.elbasar.common.api.ApiException;
import org.elbasar.common.api.Messages;
import org.elbasar.common.service.Caller;
import org.elbasar.hotline.api.HotlineViews.OfferRef;
import org.elbasar.hotline.api.HotlineViews.Reason;
import org.elbasar.hotline.api.HotlineViews.Suggestion;
import org.elbasar.hotline.api.HotlineViews.SuggestionKind;
import org.elbasar.member.api.TerritoryRef;

/**
 * Finds who could meet a need, and which needs a new offer could meet, with the reasons of each
 * match. Candidates come from the database in one statement per kind (the newest items sharing
 * words with the need or filed in its top category, organisations whose profile shares words with
 * it); they are scored here with {@link MatchWeights}, so that every point has a stated reason.
 * The score is relevance only; what the organisations did before (past exchanges, answered
 * introductions) orders suggestions of equal score, so that a busy organisation never outranks a
 * more relevant newcomer.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Matching {

    /** How many of the newest items each way of finding candidates brings (words, category). */
    static final int CANDIDATES_PER_SOURCE = 100;
    /** How many of the newest listed items are read for words in common before all the matches are fetched instead. */
    static final int NEWEST_WALKED = 2000;
    static final int MAX_OFFERS = 10;
    /** So that one organisation with many loosely related offers cannot fill the list. */
    static final int MAX_OFFERS_PER_ORGANISATION = 3;
    static final int MAX_ORGANISATIONS = 5;
    /** A week to answer an introduction before it counts against responsiveness. */
    private static final Duration ANSWER_DELAY = Duration.ofDays(7);

    private final EntityManager entityManager;
    private final ItemAudience audience;
    private final Messages messages;
    private final Clock clock;

    public Matching(EntityManager entityManager, ItemAudience audience, Messages messages, Clock clock) {
        this.entityManager = entityManager;
        this.audience = audience;
        this.messages = messages;
        this.clock = clock;
    }

    /** What one side of a match is: an item with its organisation and its words. */
    record ItemContext(UUID id, ItemKind kind, UUID organisationId, String categoryCode, String family, ItemMode mode,
            boolean market, String communeId, String epciId, String departementId, List<String> titleLexemes,
            Set<String> lexemes, Map<String, String> wordOfLexeme, Set<String> sectors) {
    }

    /** What is known of a candidate, relative to the item it is matched with. */
    record Candidate(UUID itemId, String title, ItemMode mode, boolean market, String categoryCode, String categoryFr,
            String categoryEn, String family, UUID organisationId, String organisationName, String communeId,
            String communeName, String epciId, String departementId, boolean reaches, Set<String> sharedLexemes,
            Set<String> sharedInTitle, boolean sectorMatch, long exchangedTogether, long exchangesInCategory, long introductions, long answered) {

        boolean isItem() {
            return itemId != null;
        }
    }

    /**
     * A scored candidate: its score (relevance, the sum of its reasons' points) and its history
     * (past exchanges, answered introductions), which only breaks ties between equal scores.
     */
    record Scored(Candidate candidate, int score, int history, List<Reason> reasons) {
    }

    /** Most relevant first, then the most history; then by organisation name and title, so that the order is stable. */
    static final Comparator<Scored> BEST_FIRST = Comparator.comparingInt(Scored::score)
            .thenComparingInt(Scored::history).reversed()
            .thenComparing(s -> s.candidate().organisationName())
            .thenComparing(s -> s.candidate().title() == null ? "" : s.candidate().title());

    /** Offers, then organisations without a matching offer, that could meet a request; best first. */
    public List<Suggestion> suggestionsFor(UUID requestId, Caller caller) {
        ItemContext request = load(requestId);
        if (request == null || request.kind() != ItemKind.REQUEST) {
            throw ApiException.notFound();
        }
        if (!(caller.isStaff() || caller.belongsTo(request.organisationId()))) {
            // someone else's request: 404 if they may not see it either, as if it did not exist
            audience.visible(ItemKind.REQUEST, requestId, caller);
            throw ApiException.forbidden();
        }
        Locale locale = caller.locale();
        List<Scored> offers = fewPerOrganisation(scoreAll(request, items(request, ItemKind.OFFER), locale));
        Set<UUID> withOffer = offers.stream().map(s -> s.candidate().organisationId()).collect(Collectors.toSet());
        List<Scored> organisations = scoreAll(request, organisations(request), locale).stream()
                .filter(s -> !withOffer.contains(s.candidate().organisationId()))
                .limit(MAX_ORGANISATIONS).toList();
        List<Scored> all = new ArrayList<>(offers);
        all.addAll(organisations);
        all.sort(BEST_FIRST);
        return all.stream().map(s -> suggestion(s, locale)).toList();
    }

    /** The open requests a published offer could meet, best first, with at least {@code minimum} points. */
    public List<Scored> requestsMetBy(UUID offerId, int minimum, int limit) {
        ItemContext offer = load(offerId);
        if (offer == null || offer.kind() != ItemKind.OFFER) {
            return List.of();
        }
        return scoreAll(offer, items(offer, ItemKind.REQUEST), Messages.FRENCH).stream()
                .filter(s -> s.score() >= minimum).limit(limit).toList();
    }

    private List<Scored> scoreAll(ItemContext subject, List<Candidate> candidates, Locale locale) {
        return candidates.stream().map(c -> score(subject, c, locale)).sorted(BEST_FIRST).toList();
    }

    /** The best {@link #MAX_OFFERS}, with at most {@link #MAX_OFFERS_PER_ORGANISATION} of each organisation. */
    private static List<Scored> fewPerOrganisation(List<Scored> ranked) {
        Map<UUID, Integer> kept = new HashMap<>();
        List<Scored> offers = new ArrayList<>();
        for (Scored offer : ranked) {
            if (offers.size() == MAX_OFFERS) {
                break;
            }
            if (kept.merge(offer.candidate().organisationId(), 1, Integer::sum) <= MAX_OFFERS_PER_ORGANISATION) {
                offers.add(offer);
            }
        }
        return offers;
    }

    // --- Loading -----------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private ItemContext load(UUID id) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT i.kind, i.organisation_id, i.category_code, coalesce(c.parent_code, c.code), i.mode, i.market,
                       o.commune_id, t.epci_id, t.departement_id,
                       array_to_string(ARRAY(SELECT l.lexeme FROM unnest(i.search_vector) l WHERE 'A' = ANY (l.weights)), ' '),
                       array_to_string(ARRAY(SELECT l.lexeme FROM unnest(i.search_vector) l WHERE l.weights && '{A,B}'), ' '),
                       array_to_string(ARRAY(
                         SELECT DISTINCT ON (x.lexeme) x.lexeme || '=' || x.word FROM (
                           SELECT w.word, (SELECT v.lexeme FROM unnest(to_tsvector('elbasar_fr', elbasar_fold(w.word))) v LIMIT 1) AS lexeme
                           FROM regexp_split_to_table(lower(i.title || ' ' || i.description), '[^[:alnum:]]+') WITH ORDINALITY AS w(word, n)
                           ORDER BY w.n) x
                         WHERE x.lexeme IS NOT NULL), ' '),
                       array_to_string(ARRAY(
                         SELECT s.code FROM sector s
                         WHERE tsvector_to_array(to_tsvector('elbasar_fr', elbasar_fold(s.name_fr)))
                               && ARRAY(SELECT l.lexeme FROM unnest(i.search_vector) l WHERE l.weights && '{A,B}')), ' '),
                       array_to_string(tsvector_to_array(to_tsvector('elbasar_fr', elbasar_fold(:ignored))), ' ')
                FROM catalog_item i
                JOIN category c ON c.code = i.category_code
                JOIN organisation o ON o.id = i.organisation_id
                JOIN territory t ON t.id = o.commune_id
                WHERE i.id = :id""").setParameter("id", id).setParameter("ignored", MatchWeights.IGNORED_WORDS).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = rows.get(0);
        Map<String, String> wordOfLexeme = new HashMap<>();
        for (String pair : words((String) r[11])) {
            int equals = pair.indexOf('=');
            wordOfLexeme.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        // numbers ("750 kg", "12 places") say more about sizes than about what is needed
        Set<String> ignored = new HashSet<>(words((String) r[13]));
        List<String> titleLexemes = words((String) r[9]).stream().filter(l -> meaningful(l, ignored)).toList();
        Set<String> lexemes = words((String) r[10]).stream().filter(l -> meaningful(l, ignored))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return new ItemContext(id, ItemKind.valueOf((String) r[0]), (UUID) r[1], (String) r[2], (String) r[3],
                ItemMode.valueOf((String) r[4]), (Boolean) r[5], (String) r[6], (String) r[7], (String) r[8],
                titleLexemes, lexemes, wordOfLexeme, new HashSet<>(words((String) r[12])));
    }

    private static boolean meaningful(String lexeme, Set<String> ignored) {
        return !ignored.contains(lexeme) && !lexeme.chars().allMatch(Character::isDigit);
    }

    private static List<String> words(String spaced) {
        return spaced == null || spaced.isBlank() ? List.of() : Arrays.asList(spaced.split(" "));
    }

    /** An OR of the words of the subject's title (its description's when the title has none). */
    private static String wordQuery(ItemContext subject) {
        List<String> lexemes = subject.titleLexemes().isEmpty() ? List.copyOf(subject.lexemes()) : subject.titleLexemes();
        return lexemes.stream().map(l -> "'" + l.replace("'", "''") + "'").collect(Collectors.joining(" | "));
    }

    /**
     * What every candidate needs besides itself, as SQL columns: the words shared with the subject
     * (from the search vector of {@code vectorOf}), the provider's sectors, and the history columns
     * of {@link #history}.
     */
    private static String relations(String vectorOf, boolean subjectIsRequest) {
        String provider = subjectIsRequest ? "o.id" : ":org";
        return """
                array_to_string(ARRAY(SELECT unnest(tsvector_to_array(%1$s.search_vector))
                                      INTERSECT SELECT unnest(string_to_array(:lexemes, ' '))), ' '),
                array_to_string(ARRAY(SELECT l.lexeme FROM unnest(%1$s.search_vector) l WHERE 'A' = ANY (l.weights)
                                      INTERSECT SELECT unnest(string_to_array(:lexemes, ' '))), ' '),
                EXISTS (SELECT 1 FROM organisation_sector s WHERE s.organisation_id = %2$s
                        AND s.sector_code = ANY (string_to_array(:sectors, ' '))),
                coalesce(together.exchanges, 0), coalesce(in_family.exchanges, 0),
                coalesce(introductions.introduced - last_week.introduced, 0),
                coalesce(introductions.answered - last_week.answered, 0)""".formatted(vectorOf, provider);
    }

    /**
     * What the two organisations did before, from the tallies the database keeps (V23): exchanges
     * made together, the provider's exchanges in the top category, and its introductions and those it
     * answered, less those of the last week (a week to answer before an introduction counts). One
     * look-up of each per candidate, whatever its history.
     */
    private static String history(boolean subjectIsRequest) {
        String requester = subjectIsRequest ? ":org" : "o.id";
        String provider = subjectIsRequest ? "o.id" : ":org";
        return """
                LEFT JOIN matching_pair together
                  ON together.low_id = least(%1$s, %2$s) AND together.high_id = greatest(%1$s, %2$s)
                LEFT JOIN LATERAL (
                  SELECT sum(h.exchanges) AS exchanges FROM matching_category h
                  WHERE h.provider_id = %2$s
                    AND h.category_code IN (SELECT c.code FROM category c WHERE c.code = :family OR c.parent_code = :family)) in_family ON TRUE
                LEFT JOIN matching_introductions introductions ON introductions.provider_id = %2$s
                LEFT JOIN LATERAL (
                  SELECT count(*) AS introduced, count(*) FILTER (WHERE x.status <> 'PROPOSED') AS answered
                  FROM introduction x
                  WHERE introductions.provider_id IS NOT NULL AND x.provider_id = %2$s AND x.created_at >= :answerDeadline) last_week ON TRUE"""
                .formatted(requester, provider);
    }

    @SuppressWarnings("unchecked")
    private List<Candidate> items(ItemContext subject, ItemKind otherKind) {
        String wordQuery = wordQuery(subject);
        boolean subjectIsRequest = subject.kind() == ItemKind.REQUEST;
        String listed = "i.kind = :otherKind AND i.status = 'PUBLISHED' AND i.hidden_at IS NULL AND i.expires_at > :now"
                + " AND i.organisation_id <> :org";
        // The newest items sharing a word: walking the newest items finds them at once when the words
        // are common, and reads every listed item when they are rare; fetching every match is the
        // reverse. So the walk stops after the newest NEWEST_WALKED items, and only if it found too few
        // are all the matches fetched and sorted: the same items, at most a few thousand rows read.
        String byWords = wordQuery.isEmpty() ? "" : """
                by_words_newest AS MATERIALIZED (
                  SELECT w.id FROM (SELECT i.id, i.published_at, i.search_vector FROM catalog_item i WHERE %1$s
                                    ORDER BY i.published_at DESC, i.id LIMIT %3$d) w
                  WHERE w.search_vector @@ to_tsquery('simple', :words)
                  ORDER BY w.published_at DESC, w.id LIMIT %2$d),
                by_words AS (
                  SELECT id FROM by_words_newest WHERE (SELECT count(*) FROM by_words_newest) = %2$d
                  UNION ALL
                  (SELECT m.id FROM (SELECT i.id, i.published_at FROM catalog_item i
                                     WHERE %1$s AND i.search_vector @@ to_tsquery('simple', :words)
                                       AND (SELECT count(*) FROM by_words_newest) < %2$d OFFSET 0) m
                   ORDER BY m.published_at DESC, m.id LIMIT %2$d)),
                """.formatted(listed, CANDIDATES_PER_SOURCE, NEWEST_WALKED);
        String fromWords = wordQuery.isEmpty() ? "" : "SELECT id FROM by_words UNION";
        Query query = entityManager.createNativeQuery("""
                WITH %1$s candidates AS (%6$s
                  (SELECT i.id FROM catalog_item i
                   WHERE %2$s AND i.category_code IN (SELECT c.code FROM category c WHERE c.code = :family OR c.parent_code = :family)
                   ORDER BY i.published_at DESC LIMIT %3$d))
                SELECT i.id, i.title, i.mode, i.market, i.category_code, c.name_fr, c.name_en, coalesce(c.parent_code, c.code),
                       o.id, o.name, o.commune_id, ot.name, ot.epci_id, ot.departement_id,
                       (i.reach = 'REMOTE' OR i.reach_territory_id IN (:commune, :epci, :departement, 'region:32')),
                       %4$s
                FROM candidates k
                JOIN catalog_item i ON i.id = k.id
                JOIN category c ON c.code = i.category_code
                JOIN organisation o ON o.id = i.organisation_id
                JOIN territory ot ON ot.id = o.commune_id
                %5$s""".formatted(byWords, listed, CANDIDATES_PER_SOURCE, relations("i", subjectIsRequest),
                history(subjectIsRequest), fromWords));
        bind(query, subject, wordQuery, otherKind);
        List<Candidate> candidates = new ArrayList<>();
        for (Object[] r : (List<Object[]>) query.getResultList()) {
            candidates.add(new Candidate((UUID) r[0], (String) r[1], ItemMode.valueOf((String) r[2]), (Boolean) r[3],
                    (String) r[4], (String) r[5], (String) r[6], (String) r[7], (UUID) r[8], (String) r[9],
                    (String) r[10], (String) r[11], (String) r[12], (String) r[13], (Boolean) r[14],
                    new LinkedHashSet<>(words((String) r[15])), new HashSet<>(words((String) r[16])), (Boolean) r[17],
                    count(r[18]), count(r[19]), count(r[20]), count(r[21])));
        }
        return candidates;
    }

    /** Active organisations whose profile shares words with the need, or nearby ones in a sector it names. */
    @SuppressWarnings("unchecked")
    private List<Candidate> organisations(ItemContext request) {
        String wordQuery = wordQuery(request);
        if (wordQuery.isEmpty() && request.sectors().isEmpty()) {
            return List.of();
        }
        String active = "o.status = 'ACTIVE' AND o.id <> :org";
        List<String> sources = new ArrayList<>();
        if (!wordQuery.isEmpty()) {
            sources.add("""
                    (SELECT o.id FROM organisation o WHERE %s AND o.search_vector @@ to_tsquery('simple', :words)
                     ORDER BY ts_rank_cd(o.search_vector, to_tsquery('simple', :words)) DESC LIMIT 50)""".formatted(active));
        }
        if (!request.sectors().isEmpty()) {
            sources.add("""
                    (SELECT o.id FROM organisation o JOIN territory t ON t.id = o.commune_id
                     WHERE %s AND t.departement_id = :departement AND EXISTS (SELECT 1 FROM organisation_sector s
                       WHERE s.organisation_id = o.id AND s.sector_code = ANY (string_to_array(:sectors, ' ')))
                     ORDER BY o.joined_at DESC LIMIT 50)""".formatted(active));
        }
        Query query = entityManager.createNativeQuery("""
                WITH candidates AS (%s)
                SELECT o.id, o.name, o.commune_id, ot.name, ot.epci_id, ot.departement_id, %s
                FROM candidates k
                JOIN organisation o ON o.id = k.id
                JOIN territory ot ON ot.id = o.commune_id
                %s""".formatted(String.join(" UNION ", sources), relations("o", true), history(true)));
        bind(query, request, wordQuery, null);
        List<Candidate> candidates = new ArrayList<>();
        for (Object[] r : (List<Object[]>) query.getResultList()) {
            candidates.add(new Candidate(null, null, null, false, null, null, null, null, (UUID) r[0], (String) r[1],
                    (String) r[2], (String) r[3], (String) r[4], (String) r[5], false,
                    new LinkedHashSet<>(words((String) r[6])), new HashSet<>(words((String) r[7])), (Boolean) r[8],
                    count(r[9]), count(r[10]), count(r[11]), count(r[12])));
        }
        return candidates;
    }

    /** Sets the parameters the statement uses among those of a match. */
    private void bind(Query query, ItemContext subject, String wordQuery, ItemKind otherKind) {
        Map<String, Object> values = new HashMap<>();
        values.put("org", subject.organisationId());
        values.put("family", subject.family());
        values.put("now", Timestamp.from(clock.instant()));
        values.put("answerDeadline", Timestamp.from(clock.instant().minus(ANSWER_DELAY)));
        values.put("lexemes", String.join(" ", subject.lexemes()));
        // sectors named by the need; an offer looking for requests has none to offer
        values.put("sectors", subject.kind() == ItemKind.REQUEST ? String.join(" ", subject.sectors()) : "");
        values.put("words", wordQuery);
        values.put("commune", subject.communeId());
        values.put("epci", subject.epciId() == null ? "" : subject.epciId());
        values.put("departement", subject.departementId());
        values.put("otherKind", otherKind == null ? null : otherKind.name());
        for (var parameter : query.getParameters()) {
            query.setParameter(parameter.getName(), values.get(parameter.getName()));
        }
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    // --- Scoring -----------------------------------------------------------------------------

    /**
     * The points of a candidate for the subject item, each with its reason; what the provider did
     * before is told too, but it adds to the history that breaks ties, not to the score.
     */
    Scored score(ItemContext subject, Candidate c, Locale locale) {
        List<Reason> reasons = new ArrayList<>();
        if (c.isItem()) {
            String category = "en".equals(locale.getLanguage()) ? c.categoryEn() : c.categoryFr();
            if (c.categoryCode().equals(subject.categoryCode())) {
                reasons.add(reason(locale, "SAME_CATEGORY", MatchWeights.SAME_CATEGORY, category));
            } else if (c.family().equals(subject.family())) {
                reasons.add(reason(locale, "RELATED_CATEGORY", MatchWeights.RELATED_CATEGORY, category));
            }
        }
        if (!c.sharedLexemes().isEmpty()) {
            List<String> shown = c.sharedLexemes().stream().map(l -> subject.wordOfLexeme().getOrDefault(l, l))
                    .filter(w -> !w.isBlank()).distinct().toList();
            double sum = 0;
            for (String lexeme : c.sharedLexemes()) {
                double points = subject.titleLexemes().contains(lexeme)
                        ? MatchWeights.PER_SHARED_TITLE_WORD : MatchWeights.PER_SHARED_DESCRIPTION_WORD;
                sum += c.sharedInTitle().contains(lexeme) ? points : points / 2;
            }
            int points = (int) Math.min(MatchWeights.MAX_SHARED_WORDS, Math.round(sum));
            reasons.add(reason(locale, "WORDS_IN_COMMON", points, String.join(", ", shown)));
        }
        if (c.communeId().equals(subject.communeId())) {
            reasons.add(reason(locale, "SAME_COMMUNE", MatchWeights.SAME_COMMUNE, c.communeName()));
        } else if (c.epciId() != null && c.epciId().equals(subject.epciId())) {
            reasons.add(reason(locale, "SAME_EPCI", MatchWeights.SAME_EPCI, c.communeName()));
        } else if (c.departementId() != null && c.departementId().equals(subject.departementId())) {
            reasons.add(reason(locale, "SAME_DEPARTEMENT", MatchWeights.SAME_DEPARTEMENT, c.communeName()));
        } else if (c.reaches() && subject.kind() == ItemKind.REQUEST) {
            reasons.add(reason(locale, "REACHES_REQUESTER", MatchWeights.REACHES_REQUESTER));
        }
        if (c.isItem()) {
            if (c.market() == subject.market()) {
                reasons.add(reason(locale, c.market() ? "BOTH_MARKET" : "BOTH_NON_MARKET", MatchWeights.COMPATIBLE_MODE));
            }
            if (c.mode() == subject.mode()) {
                reasons.add(reason(locale, "SAME_MODE", MatchWeights.SAME_MODE, messages.get(locale, "mode." + c.mode())));
            }
        }
        if (c.sectorMatch()) {
            reasons.add(reason(locale, "SECTOR", MatchWeights.SECTOR));
        }
        int score = reasons.stream().mapToInt(Reason::points).sum();
        int history = 0;
        if (c.exchangedTogether() > 0) {
            reasons.add(tieBreaker(locale, "EXCHANGED_TOGETHER", c.exchangedTogether()));
            history += MatchWeights.EXCHANGED_TOGETHER;
        }
        if (c.exchangesInCategory() > 0) {
            reasons.add(tieBreaker(locale, "EXCHANGES_IN_CATEGORY", c.exchangesInCategory()));
            history += MatchWeights.EXCHANGES_IN_CATEGORY;
        }
        if (c.introductions() >= MatchWeights.RESPONSIVENESS_MIN_INTRODUCTIONS) {
            double share = (double) c.answered() / c.introductions();
            if (share >= 0.5) {
                reasons.add(tieBreaker(locale, "RESPONSIVE", Math.round(share * 100)));
                history += (int) Math.round(MatchWeights.RESPONSIVE * share);
            } else if (share < 0.25 && c.introductions() >= 3) {
                reasons.add(tieBreaker(locale, "UNRESPONSIVE", Math.round(share * 100)));
                history += MatchWeights.UNRESPONSIVE;
            }
        }
        return new Scored(c, score, history, reasons);
    }

    private Reason reason(Locale locale, String code, int points, Object... arguments) {
        return new Reason(code, messages.get(locale, "matching." + code, arguments), points);
    }

    /** A reason that adds no points: it only orders suggestions of equal score. */
    private Reason tieBreaker(Locale locale, String code, Object... arguments) {
        return reason(locale, code, 0, arguments);
    }

    private static Suggestion suggestion(Scored s, Locale locale) {
        Candidate c = s.candidate();
        OrganisationRef organisation = new OrganisationRef(c.organisationId(), c.organisationName(),
                new TerritoryRef(c.communeId(), c.communeName()));
        if (!c.isItem()) {
            return new Suggestion(SuggestionKind.ORGANISATION, null, organisation, s.score(), s.reasons());
        }
        CategoryRef category = new CategoryRef(c.categoryCode(), "en".equals(locale.getLanguage()) ? c.categoryEn() : c.categoryFr(), null);
        return new Suggestion(SuggestionKind.OFFER, new OfferRef(c.itemId(), c.title(), c.mode(), category), organisation,
                s.score(), s.reasons());
    }
}
