package org.elbasar.impact.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.elbasar.catalog.api.ItemViews.OrganisationRef;
import org.elbasar.exchange.api.ExchangeViews.ExchangeView;
import org.elbasar.exchange.api.ExchangeViews.PublishedTestimonial;
import org.elbasar.member.api.TerritoryRef;

/** What the impact API reads: figures of confirmed exchanges for a scope and a period of whole months. */
public final class ImpactViews {

    private ImpactViews() {
    }

    @Schema(name = "ImpactScopeKind")
    public enum ScopeKind { NETWORK, TERRITORY, SECTOR, ORGANISATION }

    @Schema(name = "ImpactScope")
    public record ScopeRef(ScopeKind kind, @Schema(examples = "departement:59") String id, @Schema(examples = "Nord") String name) {
    }

    @Schema(name = "ImpactShare", description = "The figures of one channel or mode and its share of the exchanges")
    public record Share(@Schema(examples = "HOTLINE") String key, long exchanges, BigDecimal marketEur, BigDecimal hours,
            BigDecimal nonMarketEur, @Schema(description = "Share of the period's exchanges, 0 to 1") double share) {
    }

    @Schema(name = "ImpactMonth")
    public record MonthFigures(@Schema(examples = "2026-11") String month, long exchanges, BigDecimal marketEur, BigDecimal hours,
            BigDecimal nonMarketEur) {
    }

    @Schema(name = "ImpactSummary", description = """
            Confirmed exchanges of a scope over whole months. organisationsInvolved: organisations party to them (for an
            organisation: its partners). newPairs: pairs of organisations whose first exchange falls in the period;
            repeatPairs: pairs whose second exchange falls in the period (partners who came back). isolatedOrganisations:
            active organisations of the scope with no confirmed exchange in the 12 months up to the end of the period.
            events: the convivial events of the period and what they produced.""")
    public record ImpactSummary(ScopeRef scope, @Schema(examples = "2026-01") String from, @Schema(examples = "2026-12") String to,
            long exchanges, BigDecimal marketEur, BigDecimal hours, BigDecimal nonMarketEur,
            @Schema(description = "Market euros plus the euro value of non-market help") BigDecimal totalEur,
            long organisationsInvolved, long newPairs, long repeatPairs, long isolatedOrganisations,
            List<Share> byChannel, List<Share> byMode, List<MonthFigures> monthly, EventFigures events) {

        /**
         * The same exchange figures named for another reader (a sector's name is in the caller's language), with the
         * event figures (check-ins move them, so they are never kept with the exchange figures).
         */
        public ImpactSummary completed(ScopeRef named, EventFigures eventFigures) {
            return new ImpactSummary(named, from, to, exchanges, marketEur, hours, nonMarketEur, totalEur, organisationsInvolved,
                    newPairs, repeatPairs, isolatedOrganisations, byChannel, byMode, monthly, eventFigures);
        }

        /** Confirmed exchanges born at events (the EVENT channel). */
        public long exchangesBornAtEvents() {
            return byChannel.stream().filter(share -> "EVENT".equals(share.key())).mapToLong(Share::exchanges).sum();
        }
    }

    @Schema(name = "ImpactEvents", description = """
            Events held in the period (published, started; for a sector or an organisation: those its people came to),
            attendance (people checked in; for a sector or an organisation: its people), the organisations that came,
            and the confirmed exchanges of the period born at an event.""")
    public record EventFigures(long held, long attendance, long organisations, long exchangesBorn) {
    }

    @Schema(name = "GraphNode")
    public record GraphNode(UUID id, String name, TerritoryRef departement, @Schema(examples = "reuse") String sector, long exchanges) {
    }

    @Schema(name = "GraphEdge")
    public record GraphEdge(UUID source, UUID target, long exchanges) {
    }

    @Schema(name = "NetworkGraph", description = "Who exchanged with whom in the period: the heaviest pairs, up to the limit asked")
    public record NetworkGraph(List<GraphNode> nodes, List<GraphEdge> edges,
            @Schema(description = "Pairs that exchanged in the period, shown or not") long pairs) {
    }

    @Schema(name = "PartnerFigures", description = "What an organisation exchanged with one partner in the year")
    public record PartnerFigures(OrganisationRef organisation, long exchanges, long given, long received, BigDecimal totalEur) {
    }

    @Schema(name = "YearReport", description = "An organisation's year in elBasar")
    public record YearReport(OrganisationRef organisation, int year, ImpactSummary summary, List<PartnerFigures> partners,
            List<ExchangeView> exchanges, List<PublishedTestimonial> testimonials) {
    }
}
