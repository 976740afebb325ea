package org.elbasar.exchange.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.elbasar.catalog.api.ItemViews.OrganisationRef;
import org.elbasar.catalog.domain.ItemMode;
import org.elbasar.common.api.ApiException;
import org.elbasar.common.api.Page;
import org.elbasar.common.service.Caller;
import org.elbasar.common.service.SqlValues;
import org.elbasar.exchange.api.ExchangeViews.PublishedTestimonial;
import org.elbasar.exchange.api.ExchangeViews.TestimonialView;
import org.elbasar.exchange.domain.Exchange;
import org.elbasar.exchange.domain.ExchangeSide;
import org.elbasar.exchange.domain.ExchangeStatus;
import org.elbasar.exchange.domain.Testimonial;
import org.elbasar.member.api.TerritoryRef;

/** Testimonials of confirmed exchanges: the writer's side agrees by writing, the other is asked; public only with both. */
@ApplicationScoped
public class Testimonials {

    private final EntityManager entityManager;
    private final Clock clock;

    public Testimonials(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    TestimonialView find(UUID exchangeId) {
        Testimonial testimonial = Testimonial.findById(exchangeId);
        return testimonial == null ? null : view(testimonial);
    }

    @Transactional
    public TestimonialView write(UUID exchangeId, String text, Caller caller) {
        Exchange exchange = Exchanges.visible(exchangeId, caller);
        ExchangeSide side = partySide(exchange, caller);
        if (exchange.status != ExchangeStatus.CONFIRMED) {
            throw new ApiException(Status.CONFLICT, "exchange-not-confirmed");
        }
        Testimonial testimonial = Testimonial.findById(exchangeId);
        if (testimonial == null) {
            testimonial = new Testimonial();
            testimonial.exchangeId = exchangeId;
        }
        testimonial.text = text.trim();
        testimonial.writtenBy = caller.personId();
        testimonial.consent(side, true);
        testimonial.consent(side.other(), false);
        publishIfAgreed(testimonial);
        testimonial.persist();
        return view(testimonial);
    }

    @Transactional
    public TestimonialView consent(UUID exchangeId, boolean publish, Caller caller) {
        Exchange exchange = Exchanges.visible(exchangeId, caller);
        ExchangeSide side = partySide(exchange, caller);
        Testimonial testimonial = Testimonial.findById(exchangeId);
        if (testimonial == null) {
            throw ApiException.notFound();
        }
        testimonial.consent(side, publish);
        publishIfAgreed(testimonial);
        return view(testimonial);
    }

    private void publishIfAgreed(Testimonial testimonial) {
        testimonial.updatedAt = clock.instant();
        boolean agreed = testimonial.providerConsents && testimonial.beneficiaryConsents;
        testimonial.publishedAt = agreed ? testimonial.updatedAt : null;
    }

    private static ExchangeSide partySide(Exchange exchange, Caller caller) {
        ExchangeSide side = exchange.sideOf(caller.organisationId());
        if (side == null || !caller.has("MEMBER")) {
            throw ApiException.forbidden();
        }
        return side;
    }

    public Page<PublishedTestimonial> published(int page, int size) {
        List<PublishedTestimonial> items = publishedWhere("TRUE ORDER BY t.published_at DESC, t.exchange_id LIMIT :limit OFFSET :offset",
                page * size, size, null);
        long total = ((Number) entityManager.createNativeQuery("SELECT count(*) FROM testimonial WHERE published_at IS NOT NULL")
                .getSingleResult()).longValue();
        return new Page<>(items, total, page, size);
    }

    /** The published testimonials of an organisation's exchanges in a year, for its report. */
    public List<PublishedTestimonial> publishedOf(UUID organisationId, int year) {
        return publishedWhere("""
                (x.provider_id = :org OR x.beneficiary_id = :org) AND extract(year FROM x.occurred_on) = :year
                ORDER BY x.occurred_on LIMIT :limit OFFSET :offset""", 0, 1000, java.util.Map.of("org", organisationId, "year", year));
    }

    @SuppressWarnings("unchecked")
    private List<PublishedTestimonial> publishedWhere(String whereAndOrder, int offset, int limit, java.util.Map<String, Object> parameters) {
        var query = entityManager.createNativeQuery("""
                SELECT t.exchange_id, t.text, t.published_at, x.mode, x.occurred_on,
                       p.id, p.name, p.commune_id, pt.name, b.id, b.name, b.commune_id, bt.name
                FROM testimonial t JOIN exchange x ON x.id = t.exchange_id
                JOIN organisation p ON p.id = x.provider_id JOIN territory pt ON pt.id = p.commune_id
                JOIN organisation b ON b.id = x.beneficiary_id JOIN territory bt ON bt.id = b.commune_id
                WHERE t.published_at IS NOT NULL AND x.status = 'CONFIRMED' AND\s""" + whereAndOrder)
                .setParameter("limit", limit).setParameter("offset", offset);
        if (parameters != null) {
            parameters.forEach(query::setParameter);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new PublishedTestimonial((UUID) r[0], (String) r[1],
                new OrganisationRef((UUID) r[5], (String) r[6], new TerritoryRef((String) r[7], (String) r[8])),
                new OrganisationRef((UUID) r[9], (String) r[10], new TerritoryRef((String) r[11], (String) r[12])),
                ItemMode.valueOf((String) r[3]), SqlValues.localDate(r[4]), SqlValues.instant(r[2]))).toList();
    }

    private static TestimonialView view(Testimonial testimonial) {
        return new TestimonialView(testimonial.text, Agreements.person(testimonial.writtenBy), testimonial.providerConsents,
                testimonial.beneficiaryConsents, testimonial.updatedAt, testimonial.publishedAt);
    }
}
