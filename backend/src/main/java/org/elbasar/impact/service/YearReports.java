package org.elbasar.impact.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.elbasar.catalog.api.ItemViews.OrganisationRef;
import org.elbasar.common.service.Caller;
import org.elbasar.exchange.service.Exchanges;
import org.elbasar.exchange.service.Testimonials;
import org.elbasar.impact.api.ImpactViews.ImpactSummary;
import org.elbasar.impact.api.ImpactViews.PartnerFigures;
import org.elbasar.impact.api.ImpactViews.ScopeKind;
import org.elbasar.impact.api.ImpactViews.YearReport;
import org.elbasar.impact.service.ImpactFigures.Period;
import org.elbasar.impact.service.ImpactFigures.Scope;
import org.elbasar.member.api.TerritoryRef;

/** "Your year in elBasar": an organisation's figures, partners, exchanges and testimonials of a calendar year. */
@ApplicationScoped
public class YearReports {

    private final ImpactFigures figures;
    private final Exchanges exchanges;
    private final Testimonials testimonials;
    private final EntityManager entityManager;

    public YearReports(ImpactFigures figures, Exchanges exchanges, Testimonials testimonials, EntityManager entityManager) {
        this.figures = figures;
        this.exchanges = exchanges;
        this.testimonials = testimonials;
        this.entityManager = entityManager;
    }

    public YearReport report(UUID organisationId, int year, Caller caller) {
        ImpactSummary summary = figures.summary(new Scope(ScopeKind.ORGANISATION, organisationId.toString()), Period.year(year), caller);
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate until = from.plusYears(1);
        return new YearReport(organisation(organisationId), year, summary, partners(organisationId, from, until),
                exchanges.confirmedOf(organisationId, from, until, caller), testimonials.publishedOf(organisationId, year));
    }

    private OrganisationRef organisation(UUID id) {
        Object[] r = (Object[]) entityManager.createNativeQuery("""
                SELECT o.id, o.name, o.commune_id, t.name FROM organisation o JOIN territory t ON t.id = o.commune_id WHERE o.id = :id""")
                .setParameter("id", id).getSingleResult();
        return new OrganisationRef((UUID) r[0], (String) r[1], new TerritoryRef((String) r[2], (String) r[3]));
    }

    @SuppressWarnings("unchecked")
    private List<PartnerFigures> partners(UUID organisationId, LocalDate from, LocalDate until) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT o.id, o.name, o.commune_id, t.name, p.exchanges, p.given, p.received, p.total
                FROM (SELECT CASE WHEN provider_id = :org THEN beneficiary_id ELSE provider_id END AS partner, count(*) AS exchanges,
                             count(*) FILTER (WHERE provider_id = :org) AS given, count(*) FILTER (WHERE beneficiary_id = :org) AS received,
                             sum(coalesce(amount_eur, 0) + coalesce(value_eur, 0)) AS total
                      FROM exchange WHERE status = 'CONFIRMED' AND (provider_id = :org OR beneficiary_id = :org)
                      AND occurred_on >= :from AND occurred_on < :until GROUP BY 1) p
                JOIN organisation o ON o.id = p.partner JOIN territory t ON t.id = o.commune_id
                ORDER BY p.exchanges DESC, o.name""")
                .setParameter("org", organisationId).setParameter("from", from).setParameter("until", until).getResultList();
        return rows.stream().map(r -> new PartnerFigures(new OrganisationRef((UUID) r[0], (String) r[1], new TerritoryRef((String) r[2], (String) r[3])),
                ((Number) r[4]).longValue(), ((Number) r[5]).longValue(), ((Number) r[6]).longValue(), (BigDecimal) r[7])).toList();
    }
}
