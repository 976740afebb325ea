package org.elbasar.impact.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.elbasar.catalog.domain.ItemMode;
import org.elbasar.common.api.ApiException;
import org.elbasar.common.service.Caller;
import org.elbasar.common.service.Replica;
import org.elbasar.common.service.ReplicaReads;
import org.elbasar.common.service.SqlValues;
import org.elbasar.event.service.Events;
import org.elbasar.event.service.ParisTime;
import org.elbasar.exchange.domain.OriginChannel;
import org.elbasar.impact.api.ImpactViews.EventFigures;
import org.elbasar.impact.api.ImpactViews.GraphEdge;
import org.elbasar.impact.api.ImpactViews.GraphNode;
import org.elbasar.impact.api.ImpactViews.ImpactSummary;
import org.elbasar.impact.api.ImpactViews.MonthFigures;
import org.elbasar.impact.api.ImpactViews.NetworkGraph;
import org.elbasar.impact.api.ImpactViews.ScopeKind;
import org.elbasar.impact.api.ImpactViews.ScopeRef;
import org.elbasar.impact.api.ImpactViews.Share;
import org.elbasar.member.api.TerritoryRef;
import org.elbasar.member.domain.Organisation;
import org.elbasar.member.domain.OrganisationStatus;
import org.elbasar.member.domain.Sector;
import org.elbasar.member.domain.Territory;

/**
 * Impact figures of confirmed exchanges. The network, territories and sectors read the rollups that
 * confirmations keep exact (V8); an organisation's figures and the graph are read from the exchanges.
 */
@ApplicationScoped
public class ImpactFigures {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final int LONGEST_PERIOD_MONTHS = 120;
    /** "Isolated": no confirmed exchange in this many months up to the end of the period. */
    private static final int ISOLATION_MONTHS = 12;

    /** Whose figures: the network, a département or EPCI, a sector, or an organisation. */
    public record Scope(ScopeKind kind, String id) {

        public static Scope network() {
            return new Scope(ScopeKind.NETWORK, null);
        }

        /** "network", a territory id ("departement:59"), "sector:food" or "organisation:&lt;id&gt;". */
        public static Scope parse(String text) {
            if (text.equals("network")) {
                return network();
            }
            if (text.startsWith("sector:")) {
                return new Scope(ScopeKind.SECTOR, text.substring("sector:".length()));
            }
            if (text.startsWith("organisation:")) {
                return new Scope(ScopeKind.ORGANISATION, text.substring("organisation:".length()));
            }
            return new Scope(ScopeKind.TERRITORY, text);
        }

        /** The scope column of the rollups. */
        String rollupKey() {
            return switch (kind) {
                case NETWORK -> "network";
                case TERRITORY -> id;
                case SECTOR -> "sector:" + id;
                case ORGANISATION -> throw new IllegalStateException("organisations are not rolled up");
            };
        }

        /** For file names; the id has been checked to exist by then. */
        public String fileName() {
            return switch (kind) {
                case NETWORK -> "network";
                case TERRITORY -> id.replace(':', '-');
                case SECTOR -> "sector-" + id;
                case ORGANISATION -> "organisation-" + id;
            };
        }
    }

    /** Whole months from {@code from} to {@code to}; the last 12 months when absent. */
    public record Period(YearMonth from, YearMonth to) {

        public static Period of(String from, String to) {
            return new Period(month(from, "from"), month(to, "to"));
        }

        private static YearMonth month(String text, String field) {
            try {
                return text == null ? null : YearMonth.parse(text);
            } catch (DateTimeParseException e) {
                throw ApiException.invalid(field, "validation.wrong-type");
            }
        }

        public static Period year(int year) {
            return new Period(YearMonth.of(year, 1), YearMonth.of(year, 12));
        }

        LocalDate firstDay() {
            return from.atDay(1);
        }

        LocalDate lastMonth() {
            return to.atDay(1);
        }

        LocalDate afterLastDay() {
            return to.plusMonths(1).atDay(1);
        }

        List<YearMonth> months() {
            List<YearMonth> months = new ArrayList<>();
            for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
                months.add(m);
            }
            return months;
        }
    }

    /** Figures of a rolled-up scope and period at one version of the rollups. */
    private record Computed(String scope, Period period, long version) {
    }

    private final EntityManager entityManager;
    private final ReplicaReads reads;
    private final Clock clock;
    /**
     * Summaries already computed. A key holds the rollups' version, which every confirmation or void
     * bumps in its own transaction, so an entry is never served once the figures have moved.
     */
    private final Cache<Computed, ImpactSummary> computed;

    public ImpactFigures(@Replica EntityManager entityManager, ReplicaReads reads, Clock clock,
            @ConfigProperty(name = "elbasar.impact.computed-summaries", defaultValue = "2000") long computedSummaries) {
        this.entityManager = entityManager;
        this.reads = reads;
        this.clock = clock;
        this.computed = Caffeine.newBuilder().maximumSize(computedSummaries).expireAfterAccess(Duration.ofHours(6)).build();
    }

    Period resolve(Period asked) {
        YearMonth to = asked.to() != null ? asked.to()
                : asked.from() != null ? asked.from().plusMonths(11) : YearMonth.now(clock.withZone(PARIS));
        YearMonth from = asked.from() != null ? asked.from() : to.minusMonths(11);
        if (from.isAfter(to)) {
            throw ApiException.invalid("from", "validation.period-order");
        }
        if (from.plusMonths(LONGEST_PERIOD_MONTHS).isBefore(to.plusMonths(1))) {
            throw ApiException.invalid("from", "validation.period-length");
        }
        return new Period(from, to);
    }

    /** The figures of a scope and period, on the read replica when there is one. */
    public ImpactSummary summary(Scope scope, Period asked, Caller caller) {
        ScopeRef ref = check(scope, caller);
        Period period = resolve(asked);
        return reads.read(caller.personId(), () -> summary(scope, ref, period));
    }

    private ImpactSummary summary(Scope scope, ScopeRef ref, Period period) {
        ImpactSummary exchanges;
        if (scope.kind() == ScopeKind.ORGANISATION) {
            exchanges = organisationSummary(ref, UUID.fromString(scope.id()), period);
        } else {
            long version = ((Number) entityManager.createNativeQuery("SELECT version FROM impact_version").getSingleResult()).longValue();
            exchanges = computed.get(new Computed(scope.rollupKey(), period, version), key -> rolledUpSummary(ref, key.scope(), period));
        }
        return exchanges.completed(ref, events(ref, period, exchanges.exchangesBornAtEvents()));
    }

    /**
     * Events of the period that have started: those in the territory (or the network); for a sector or an organisation,
     * those its people were checked in at. Counted from the events themselves: they are few next to exchanges.
     */
    private EventFigures events(ScopeRef ref, Period period, long exchangesBorn) {
        String where = ref.kind() == ScopeKind.TERRITORY ? "AND " + Events.IN_TERRITORY : "";
        String whose = switch (ref.kind()) {
            case SECTOR -> "AND EXISTS (SELECT 1 FROM organisation_sector s WHERE s.organisation_id = r.organisation_id AND s.sector_code = :scope)";
            case ORGANISATION -> "AND r.organisation_id = CAST(:scope AS uuid)";
            default -> "";
        };
        String heldCount = whose.isEmpty() ? "(SELECT count(*) FROM held)" : "count(DISTINCT p.event_id)";
        Query query = entityManager.createNativeQuery("""
                WITH held AS (SELECT e.id FROM event e
                              WHERE e.status = 'PUBLISHED' AND e.starts_at >= :from AND e.starts_at < :until AND e.starts_at <= :now %s),
                present AS (SELECT r.event_id, r.organisation_id FROM event_registration r
                            WHERE r.event_id IN (SELECT id FROM held) AND r.checked_in_at IS NOT NULL %s)
                SELECT %s, count(*), count(DISTINCT p.organisation_id) FROM present p""".formatted(where, whose, heldCount))
                .setParameter("from", ParisTime.startOf(period.firstDay())).setParameter("until", ParisTime.startOf(period.afterLastDay()))
                .setParameter("now", clock.instant());
        if (!where.isEmpty()) {
            query.setParameter("territory", ref.id());
        }
        if (!whose.isEmpty()) {
            query.setParameter("scope", ref.id());
        }
        Object[] row = (Object[]) query.getSingleResult();
        return new EventFigures(count(row[0]), count(row[1]), count(row[2]), exchangesBorn);
    }

    /** Who may see what: aggregates for every signed-in person, an organisation for its people and animators. */
    ScopeRef check(Scope scope, Caller caller) {
        switch (scope.kind()) {
            case NETWORK:
                return new ScopeRef(ScopeKind.NETWORK, null, null);
            case TERRITORY: {
                Territory territory = Territory.findById(scope.id());
                if (territory == null || !(territory.id.startsWith("departement:") || territory.id.startsWith("epci:"))) {
                    throw ApiException.notFound();
                }
                return new ScopeRef(ScopeKind.TERRITORY, territory.id, territory.name);
            }
            case SECTOR: {
                Sector sector = Sector.findById(scope.id());
                if (sector == null) {
                    throw ApiException.notFound();
                }
                return new ScopeRef(ScopeKind.SECTOR, sector.code, sector.name(caller.locale()));
            }
            default: {
                UUID id;
                try {
                    id = UUID.fromString(scope.id());
                } catch (IllegalArgumentException e) {
                    throw ApiException.notFound();
                }
                Organisation organisation = Organisation.findById(id);
                if (organisation == null) {
                    throw ApiException.notFound();
                }
                if (!(caller.isStaff() || caller.belongsTo(id))) {
                    throw ApiException.forbidden();
                }
                return new ScopeRef(ScopeKind.ORGANISATION, id.toString(), organisation.name);
            }
        }
    }

    private ImpactSummary rolledUpSummary(ScopeRef ref, String key, Period period) {
        List<Object[]> rows = rows(entityManager.createNativeQuery("""
                SELECT month, mode, channel, exchanges, market_eur, hours, non_market_eur FROM impact_month
                WHERE scope = :scope AND month BETWEEN :from AND :to""")
                .setParameter("scope", key).setParameter("from", period.firstDay()).setParameter("to", period.lastMonth()));
        Object[] pairs = (Object[]) entityManager.createNativeQuery("""
                SELECT (SELECT count(*) FROM impact_organisation WHERE scope = :scope
                        AND active && daterange(CAST(:from AS date), CAST(:until AS date))),
                       (SELECT count(*) FROM impact_pair WHERE scope = :scope AND first_month BETWEEN :from AND :to),
                       (SELECT count(*) FROM impact_pair WHERE scope = :scope AND second_month BETWEEN :from AND :to)""")
                .setParameter("scope", key).setParameter("from", period.firstDay()).setParameter("to", period.lastMonth())
                .setParameter("until", period.afterLastDay()).getSingleResult();
        String located = switch (ref.kind()) {
            case TERRITORY -> "AND EXISTS (SELECT 1 FROM territory t WHERE t.id = o.commune_id AND (t.departement_id = :id OR t.epci_id = :id))";
            case SECTOR -> "AND EXISTS (SELECT 1 FROM organisation_sector s WHERE s.organisation_id = o.id AND s.sector_code = :id)";
            default -> "";
        };
        Query isolated = entityManager.createNativeQuery("""
                SELECT count(*) FROM organisation o WHERE o.status = 'ACTIVE' %s
                AND NOT EXISTS (SELECT 1 FROM impact_organisation i WHERE i.scope = 'network' AND i.organisation_id = o.id
                                AND i.active && daterange(CAST(:since AS date), CAST(:until AS date)))""".formatted(located))
                .setParameter("since", period.afterLastDay().minusMonths(ISOLATION_MONTHS)).setParameter("until", period.afterLastDay());
        if (!located.isEmpty()) {
            isolated.setParameter("id", ref.id());
        }
        return summary(ref, period, rows, count(pairs[0]), count(pairs[1]), count(pairs[2]), count(isolated.getSingleResult()));
    }

    private ImpactSummary organisationSummary(ScopeRef ref, UUID organisationId, Period period) {
        List<Object[]> rows = rows(entityManager.createNativeQuery("""
                SELECT date_trunc('month', occurred_on)::date, mode, channel, count(*), sum(coalesce(amount_eur, 0)),
                       sum(CASE WHEN amount_eur IS NULL THEN coalesce(hours, 0) ELSE 0 END), sum(coalesce(value_eur, 0))
                FROM exchange WHERE status = 'CONFIRMED' AND (provider_id = :org OR beneficiary_id = :org)
                AND occurred_on >= :from AND occurred_on < :until GROUP BY 1, 2, 3""")
                .setParameter("org", organisationId).setParameter("from", period.firstDay()).setParameter("until", period.afterLastDay()));
        Object[] partners = (Object[]) entityManager.createNativeQuery("""
                WITH partner AS (
                  SELECT CASE WHEN provider_id = :org THEN beneficiary_id ELSE provider_id END AS id,
                         (array_agg(date_trunc('month', occurred_on) ORDER BY occurred_on))[1] AS first_month,
                         (array_agg(date_trunc('month', occurred_on) ORDER BY occurred_on))[2] AS second_month,
                         count(*) FILTER (WHERE occurred_on >= :from) AS exchanges,
                         count(*) FILTER (WHERE occurred_on >= :since) AS lately
                  FROM exchange WHERE status = 'CONFIRMED' AND (provider_id = :org OR beneficiary_id = :org) AND occurred_on < :until
                  GROUP BY 1)
                SELECT count(*) FILTER (WHERE exchanges > 0), count(*) FILTER (WHERE first_month >= :from),
                       count(*) FILTER (WHERE second_month >= :from), coalesce(sum(lately), 0)
                FROM partner""")
                .setParameter("org", organisationId).setParameter("from", period.firstDay()).setParameter("until", period.afterLastDay())
                .setParameter("since", period.afterLastDay().minusMonths(ISOLATION_MONTHS)).getSingleResult();
        Organisation organisation = Organisation.findById(organisationId);
        boolean isolated = organisation.status == OrganisationStatus.ACTIVE && count(partners[3]) == 0;
        return summary(ref, period, rows, count(partners[0]), count(partners[1]), count(partners[2]), isolated ? 1 : 0);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    /** Totals, shares by channel and mode and the monthly series from rows of (month, mode, channel, figures). */
    private static ImpactSummary summary(ScopeRef ref, Period period, List<Object[]> rows, long organisations, long newPairs,
            long repeatPairs, long isolated) {
        Figures total = new Figures();
        Map<String, Figures> byChannel = new LinkedHashMap<>();
        for (OriginChannel channel : OriginChannel.values()) {
            byChannel.put(channel.name(), new Figures());
        }
        Map<String, Figures> byMode = new LinkedHashMap<>();
        for (ItemMode mode : ItemMode.values()) {
            byMode.put(mode.name(), new Figures());
        }
        Map<YearMonth, Figures> byMonth = new LinkedHashMap<>();
        for (YearMonth month : period.months()) {
            byMonth.put(month, new Figures());
        }
        for (Object[] r : rows) {
            Figures row = new Figures(count(r[3]), (BigDecimal) r[4], (BigDecimal) r[5], (BigDecimal) r[6]);
            total.add(row);
            byMode.get((String) r[1]).add(row);
            byChannel.get((String) r[2]).add(row);
            byMonth.get(YearMonth.from(SqlValues.localDate(r[0]))).add(row);
        }
        return new ImpactSummary(ref, period.from().toString(), period.to().toString(), total.exchanges, money(total.market),
                money(total.hours), money(total.nonMarket), money(total.market.add(total.nonMarket)), organisations, newPairs,
                repeatPairs, isolated, shares(byChannel, total.exchanges), shares(byMode, total.exchanges),
                byMonth.entrySet().stream().map(e -> new MonthFigures(e.getKey().toString(), e.getValue().exchanges,
                        money(e.getValue().market), money(e.getValue().hours), money(e.getValue().nonMarket))).toList(), null);
    }

    private static List<Share> shares(Map<String, Figures> figures, long total) {
        return figures.entrySet().stream().map(e -> new Share(e.getKey(), e.getValue().exchanges, money(e.getValue().market),
                money(e.getValue().hours), money(e.getValue().nonMarket),
                total == 0 ? 0 : (double) e.getValue().exchanges / total)).toList();
    }

    private static BigDecimal money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    /** Figures being added up. */
    private static final class Figures {
        long exchanges;
        BigDecimal market = BigDecimal.ZERO;
        BigDecimal hours = BigDecimal.ZERO;
        BigDecimal nonMarket = BigDecimal.ZERO;

        Figures() {
        }

        Figures(long exchanges, BigDecimal market, BigDecimal hours, BigDecimal nonMarket) {
            this.exchanges = exchanges;
            this.market = market;
            this.hours = hours;
            this.nonMarket = nonMarket;
        }

        void add(Figures other) {
            exchanges += other.exchanges;
            market = market.add(other.market);
            hours = hours.add(other.hours);
            nonMarket = nonMarket.add(other.nonMarket);
        }
    }

    /** The heaviest pairs of the period and their organisations, coloured by département and first sector. */
    public NetworkGraph graph(Scope scope, Period asked, int limit, Caller caller) {
        if (scope.kind() == ScopeKind.ORGANISATION) {
            throw ApiException.invalid("scope", "validation.graph-scope");
        }
        check(scope, caller);
        Period period = resolve(asked);
        List<Object[]> edges = rows(entityManager.createNativeQuery("""
                SELECT least(provider_id, beneficiary_id) AS low_id, greatest(provider_id, beneficiary_id) AS high_id, count(*) AS n,
                       count(*) OVER ()
                FROM exchange WHERE status = 'CONFIRMED' AND occurred_on >= :from AND occurred_on < :until AND :scope = ANY (impact_scopes)
                GROUP BY 1, 2 ORDER BY n DESC, low_id, high_id LIMIT :limit""")
                .setParameter("scope", scope.rollupKey()).setParameter("from", period.firstDay()).setParameter("until", period.afterLastDay())
                .setParameter("limit", limit));
        Map<UUID, Long> weights = new HashMap<>();
        List<GraphEdge> graphEdges = new ArrayList<>();
        for (Object[] e : edges) {
            UUID low = (UUID) e[0];
            UUID high = (UUID) e[1];
            long n = count(e[2]);
            graphEdges.add(new GraphEdge(low, high, n));
            weights.merge(low, n, Long::sum);
            weights.merge(high, n, Long::sum);
        }
        List<GraphNode> nodes = new ArrayList<>();
        if (!weights.isEmpty()) {
            List<Object[]> rows = rows(entityManager.createNativeQuery("""
                    SELECT o.id, o.name, d.id, d.name,
                           (SELECT min(s.sector_code) FROM organisation_sector s WHERE s.organisation_id = o.id)
                    FROM organisation o JOIN territory c ON c.id = o.commune_id LEFT JOIN territory d ON d.id = c.departement_id
                    WHERE o.id IN (:ids) ORDER BY o.name""").setParameter("ids", weights.keySet()));
            for (Object[] r : rows) {
                nodes.add(new GraphNode((UUID) r[0], (String) r[1], r[2] == null ? null : new TerritoryRef((String) r[2], (String) r[3]),
                        (String) r[4], weights.get((UUID) r[0])));
            }
        }
        return new NetworkGraph(nodes, graphEdges, edges.isEmpty() ? 0 : count(edges.get(0)[3]));
    }
}
