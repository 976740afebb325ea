package org.elbasar.exchange.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.elbasar.catalog.api.ItemViews.OrganisationRef;
import org.elbasar.catalog.domain.CatalogItem;
import org.elbasar.catalog.domain.ItemKind;
import org.elbasar.catalog.domain.ItemMode;
import org.elbasar.catalog.service.ItemAudience;
import org.elbasar.common.api.ApiException;
import org.elbasar.common.api.Page;
import org.elbasar.common.service.Caller;
import org.elbasar.common.service.SqlValues;
import org.elbasar.event.domain.EventStatus;
import org.elbasar.event.service.ParisTime;
import org.elbasar.exchange.api.ExchangeViews.ChangeView;
import org.elbasar.exchange.api.ExchangeViews.ExchangeAction;
import org.elbasar.exchange.api.ExchangeViews.ExchangeDetail;
import org.elbasar.exchange.api.ExchangeViews.EventLink;
import org.elbasar.exchange.api.ExchangeViews.ExchangeInput;
import org.elbasar.exchange.api.ExchangeViews.ExchangeView;
import org.elbasar.exchange.api.ExchangeViews.ItemLink;
import org.elbasar.exchange.domain.Exchange;
import org.elbasar.exchange.domain.ExchangeChange;
import org.elbasar.exchange.domain.ExchangeSide;
import org.elbasar.exchange.domain.ExchangeStatus;
import org.elbasar.exchange.domain.OriginChannel;
import org.elbasar.exchange.domain.ValuationKind;
import org.elbasar.exchange.domain.ValuationMethod;
import org.elbasar.exchange.domain.ValuationRule;
import org.elbasar.hotline.api.HotlineViews.PersonRef;
import org.elbasar.hotline.domain.Introduction;
import org.elbasar.member.api.TerritoryRef;
import org.elbasar.member.domain.Organisation;
import org.elbasar.member.domain.OrganisationStatus;

/**
 * The exchange log: one side declares, the other confirms or disputes, animators confirm for a party who
 * answered by phone. Only confirmed exchanges reach the impact rollups, in the transaction that confirms.
 */
@ApplicationScoped
public class Exchanges {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);

    private final EntityManager entityManager;
    private final ItemAudience audience;
    private final Valuations valuations;
    private final Agreements agreements;
    private final Testimonials testimonials;
    private final Event<ExchangeConfirmed> confirmed;
    private final Clock clock;

    public Exchanges(EntityManager entityManager, ItemAudience audience, Valuations valuations, Agreements agreements,
            Testimonials testimonials, Event<ExchangeConfirmed> confirmed, Clock clock) {
        this.entityManager = entityManager;
        this.audience = audience;
        this.valuations = valuations;
        this.agreements = agreements;
        this.testimonials = testimonials;
        this.confirmed = confirmed;
        this.clock = clock;
    }

    @Transactional
    public ExchangeView declare(ExchangeInput input, Caller caller) {
        Exchange exchange = new Exchange();
        exchange.id = UUID.randomUUID();
        exchange.providerId = activeOrganisation(input.providerOrganisationId(), "providerOrganisationId");
        exchange.beneficiaryId = activeOrganisation(input.beneficiaryOrganisationId(), "beneficiaryOrganisationId");
        if (exchange.providerId.equals(exchange.beneficiaryId)) {
            throw ApiException.invalid("beneficiaryOrganisationId", "validation.same-organisation");
        }
        if (caller.isStaff() && exchange.sideOf(caller.organisationId()) == null) {
            exchange.declaredBySide = input.declaredBySide() == null ? ExchangeSide.PROVIDER : input.declaredBySide();
        } else {
            exchange.declaredBySide = exchange.sideOf(caller.organisationId());
            if (exchange.declaredBySide == null || !caller.has("MEMBER")) {
                throw new ApiException(Status.FORBIDDEN, "exchange-not-party");
            }
        }
        exchange.declaredBy = caller.personId();
        exchange.createdAt = clock.instant();
        fill(exchange, input, caller);
        exchange.status = ExchangeStatus.PENDING;
        exchange.persist();
        record(exchange, "DECLARED", caller, false, null);
        entityManager.flush();
        return view(exchange.id, caller);
    }

    @Transactional
    public ExchangeView amend(UUID id, ExchangeInput input, Caller caller) {
        Exchange exchange = visible(id, caller);
        if (!declaringSide(exchange, caller) && !caller.isStaff()) {
            throw ApiException.forbidden();
        }
        requireOpen(exchange);
        if (!exchange.providerId.equals(input.providerOrganisationId())) {
            throw ApiException.invalid("providerOrganisationId", "validation.parties-fixed");
        }
        if (!exchange.beneficiaryId.equals(input.beneficiaryOrganisationId())) {
            throw ApiException.invalid("beneficiaryOrganisationId", "validation.parties-fixed");
        }
        fill(exchange, input, caller);
        exchange.status = ExchangeStatus.PENDING;
        record(exchange, "AMENDED", caller, !declaringSide(exchange, caller), null);
        entityManager.flush();
        return view(id, caller);
    }

    @Transactional
    public ExchangeView confirm(UUID id, String note, Caller caller) {
        Exchange exchange = visible(id, caller);
        boolean onBehalf = answeringFor(exchange, caller, note);
        requireOpen(exchange);
        exchange.status = ExchangeStatus.CONFIRMED;
        exchange.confirmedBy = caller.personId();
        exchange.confirmedOnBehalf = onBehalf;
        exchange.confirmedAt = clock.instant();
        record(exchange, "CONFIRMED", caller, onBehalf, blankToNull(note));
        entityManager.flush();
        entityManager.createNativeQuery("UPDATE exchange SET impact_scopes = impact_scopes(provider_id, beneficiary_id) WHERE id = :id")
                .setParameter("id", id).executeUpdate();
        applyToImpact(id, 1);
        confirmed.fire(new ExchangeConfirmed(id, exchange.introductionId));
        return view(id, caller);
    }

    @Transactional
    public ExchangeView dispute(UUID id, String reason, Caller caller) {
        Exchange exchange = visible(id, caller);
        boolean onBehalf = answeringFor(exchange, caller, reason);
        if (exchange.status != ExchangeStatus.PENDING) {
            throw new ApiException(Status.CONFLICT, "exchange-closed");
        }
        exchange.status = ExchangeStatus.DISPUTED;
        record(exchange, "DISPUTED", caller, onBehalf, reason.trim());
        entityManager.flush();
        return view(id, caller);
    }

    /** Withdraws an unconfirmed exchange; animators void a confirmed one, which takes it out of the figures. */
    @Transactional
    public ExchangeView cancel(UUID id, String reason, Caller caller) {
        Exchange exchange = visible(id, caller);
        if (exchange.status == ExchangeStatus.CONFIRMED && caller.isStaff()) {
            exchange.status = ExchangeStatus.CANCELLED;
            record(exchange, "VOIDED", caller, false, reason.trim());
            entityManager.flush();
            applyToImpact(id, -1);
            return view(id, caller);
        }
        if (!declaringSide(exchange, caller) && !caller.isStaff()) {
            throw ApiException.forbidden();
        }
        requireOpen(exchange);
        exchange.status = ExchangeStatus.CANCELLED;
        record(exchange, "CANCELLED", caller, !declaringSide(exchange, caller), reason.trim());
        entityManager.flush();
        return view(id, caller);
    }

    private void applyToImpact(UUID id, int sign) {
        entityManager.createNativeQuery("SELECT impact_apply(:id, :sign)").setParameter("id", id).setParameter("sign", sign)
                .getSingleResult();
    }

    /** Whether the caller answers for the side that did not declare: as one of its members, or as an animator for it. */
    private static boolean answeringFor(Exchange exchange, Caller caller, String note) {
        ExchangeSide answering = exchange.declaredBySide.other();
        if (caller.belongsTo(exchange.organisationOf(answering)) && caller.has("MEMBER")) {
            return false;
        }
        if (caller.isStaff()) {
            if (blankToNull(note) == null) {
                throw ApiException.invalid("note", "validation.on-behalf-note");
            }
            return true;
        }
        throw new ApiException(Status.FORBIDDEN, "exchange-not-answering-side");
    }

    private static boolean declaringSide(Exchange exchange, Caller caller) {
        return caller.belongsTo(exchange.organisationOf(exchange.declaredBySide)) && caller.has("MEMBER");
    }

    private static void requireOpen(Exchange exchange) {
        if (exchange.status == ExchangeStatus.CONFIRMED || exchange.status == ExchangeStatus.CANCELLED) {
            throw new ApiException(Status.CONFLICT, "exchange-closed");
        }
    }

    /** Sets what was exchanged, where it came from and what it is worth, checking each against the others. */
    private void fill(Exchange exchange, ExchangeInput input, Caller caller) {
        LocalDate today = LocalDate.now(clock.withZone(PARIS));
        if (input.occurredOn().isAfter(today) || input.occurredOn().isBefore(FIRST_DAY)) {
            throw ApiException.invalid("occurredOn", "validation.exchange-date");
        }
        exchange.mode = input.mode();
        exchange.occurredOn = input.occurredOn();
        exchange.description = input.description().trim();
        linkOrigin(exchange, input, caller);
        value(exchange, input);
        exchange.updatedAt = clock.instant();
    }

    private void linkOrigin(Exchange exchange, ExchangeInput input, Caller caller) {
        Introduction introduction = null;
        if (input.introductionId() != null) {
            introduction = Introduction.findById(input.introductionId());
            if (introduction == null || !(caller.isStaff() || introduction.involves(caller.organisationId()))) {
                throw ApiException.invalid("introductionId", "validation.unknown-introduction");
            }
            if (!introduction.providerId.equals(exchange.providerId) || !introduction.requesterId.equals(exchange.beneficiaryId)) {
                throw ApiException.invalid("introductionId", "validation.introduction-parties");
            }
        }
        UUID offerId = input.offerId() != null ? input.offerId() : introduction == null ? null : introduction.offerId;
        UUID requestId = input.requestId() != null ? input.requestId() : introduction == null ? null : introduction.requestId;
        // items the exchange or its introduction already name stay named, whatever became of them since (fulfilled...)
        Set<UUID> named = new HashSet<>(Arrays.asList(exchange.offerId, exchange.requestId,
                introduction == null ? null : introduction.offerId, introduction == null ? null : introduction.requestId));
        CatalogItem offer = item(offerId, ItemKind.OFFER, exchange.providerId, "offerId", named, caller);
        CatalogItem request = item(requestId, ItemKind.REQUEST, exchange.beneficiaryId, "requestId", named, caller);
        exchange.introductionId = introduction == null ? null : introduction.id;
        exchange.offerId = offerId;
        exchange.requestId = requestId;
        exchange.categoryCode = introduction != null ? introduction.categoryCode
                : offer != null ? offer.category.code : request != null ? request.category.code : null;
        exchange.eventId = event(input);
        if (exchange.eventId != null && input.channel() != null && input.channel() != OriginChannel.EVENT) {
            throw ApiException.invalid("channel", "validation.event-channel");
        }
        exchange.channel = exchange.eventId != null ? OriginChannel.EVENT
                : input.channel() != null ? input.channel()
                : introduction != null ? OriginChannel.HOTLINE
                : offer != null || request != null ? OriginChannel.CATALOGUE : OriginChannel.DIRECT;
    }

    /** The event the parties met at: one that has started, on or before the day of the exchange. */
    private UUID event(ExchangeInput input) {
        if (input.eventId() == null) {
            return null;
        }
        org.elbasar.event.domain.Event event = org.elbasar.event.domain.Event.findById(input.eventId());
        if (event == null || event.status != EventStatus.PUBLISHED || event.startsAt.isAfter(clock.instant())
                || event.startsAt.isAfter(input.occurredOn().plusDays(1).atStartOfDay(PARIS).toInstant())) {
            throw ApiException.invalid("eventId", "validation.unknown-event");
        }
        return event.id;
    }

    /** The item an exchange names: one already named, or one the caller may see (else as unknown); of the party it belongs to. */
    private CatalogItem item(UUID id, ItemKind kind, UUID organisationId, String field, Set<UUID> named, Caller caller) {
        if (id == null) {
            return null;
        }
        CatalogItem item = named.contains(id) ? CatalogItem.findById(id) : audience.referenced(id, kind, field, caller);
        if (item == null || item.kind != kind) {
            throw ApiException.invalid(field, "validation.unknown-item");
        }
        if (!item.organisation.id.equals(organisationId)) {
            throw ApiException.invalid(field, kind == ItemKind.OFFER ? "validation.offer-of-provider" : "validation.request-of-beneficiary");
        }
        return item;
    }

    /** Market exchanges keep their amount; non-market ones are priced by the rule in force on their day. */
    private void value(Exchange exchange, ExchangeInput input) {
        if (input.mode().market()) {
            if (input.amountEur() == null) {
                throw ApiException.invalid("amountEur", "validation.required");
            }
            for (Map.Entry<String, Object> nonMarket : nonMarketFields(input).entrySet()) {
                if (nonMarket.getValue() != null) {
                    throw ApiException.invalid(nonMarket.getKey(), "validation.non-market-only");
                }
            }
            exchange.amountEur = input.amountEur();
            exchange.valuationKind = null;
            exchange.hours = null;
            exchange.days = null;
            exchange.declaredValueEur = null;
            exchange.valueEur = null;
            exchange.ruleId = null;
            return;
        }
        if (input.amountEur() != null) {
            throw ApiException.invalid("amountEur", "validation.market-only");
        }
        ValuationKind kind = input.valuationKind() == null ? ValuationKind.defaultFor(input.mode()) : input.valuationKind();
        if (!ValuationKind.allowedFor(input.mode()).contains(kind)) {
            throw ApiException.invalid("valuationKind", "validation.valuation-kind-for-mode");
        }
        Valuations.Valued valued = valuations.value(kind, input.occurredOn(),
                new Valuations.Declared(input.hours(), input.days(), input.declaredValueEur()));
        exchange.amountEur = null;
        exchange.valuationKind = kind;
        exchange.hours = input.hours();
        exchange.days = input.days();
        exchange.declaredValueEur = input.declaredValueEur();
        exchange.valueEur = valued.valueEur();
        exchange.ruleId = valued.rule().id;
    }

    private static Map<String, Object> nonMarketFields(ExchangeInput input) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("valuationKind", input.valuationKind());
        fields.put("hours", input.hours());
        fields.put("days", input.days());
        fields.put("declaredValueEur", input.declaredValueEur());
        return fields;
    }

    private void record(Exchange exchange, String action, Caller caller, boolean onBehalf, String note) {
        ExchangeChange change = new ExchangeChange();
        change.exchangeId = exchange.id;
        change.at = clock.instant();
        change.actorId = caller.personId();
        change.action = action;
        change.onBehalf = onBehalf;
        change.note = note;
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("status", exchange.status.name());
        snapshot.put("mode", exchange.mode.name());
        snapshot.put("occurredOn", exchange.occurredOn.toString());
        snapshot.put("description", exchange.description);
        snapshot.put("channel", exchange.channel.name());
        if (exchange.eventId != null) {
            snapshot.put("event", exchange.eventId.toString());
        }
        snapshot.put("amountEur", exchange.amountEur);
        snapshot.put("valuationKind", exchange.valuationKind == null ? null : exchange.valuationKind.name());
        snapshot.put("hours", exchange.hours);
        snapshot.put("days", exchange.days);
        snapshot.put("declaredValueEur", exchange.declaredValueEur);
        snapshot.put("valueEur", exchange.valueEur);
        snapshot.put("ruleId", exchange.ruleId);
        change.snapshot = snapshot;
        change.persist();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static UUID activeOrganisation(UUID id, String field) {
        Organisation organisation = Organisation.findById(id);
        if (organisation == null || organisation.status != OrganisationStatus.ACTIVE) {
            throw ApiException.invalid(field, "validation.active-organisation");
        }
        return organisation.id;
    }

    /** The exchange if the caller may see it: its parties and animators; 404 for anybody else. */
    public static Exchange visible(UUID id, Caller caller) {
        Exchange exchange = Exchange.findById(id);
        if (exchange == null || !(caller.isStaff() || exchange.sideOf(caller.organisationId()) != null)) {
            throw ApiException.notFound();
        }
        return exchange;
    }

    public Page<ExchangeView> list(ExchangeStatus status, boolean awaitingMe, UUID organisationId, int page, int size, Caller caller) {
        StringBuilder where = new StringBuilder("TRUE");
        Map<String, Object> parameters = new HashMap<>();
        UUID organisation = caller.isStaff() ? organisationId : caller.organisationId();
        if (!caller.isStaff() && organisation == null) {
            return new Page<>(List.of(), 0, page, size);
        }
        if (organisation != null) {
            where.append(" AND (x.provider_id = :org OR x.beneficiary_id = :org)");
            parameters.put("org", organisation);
        }
        if (status != null) {
            where.append(" AND x.status = :status");
            parameters.put("status", status.name());
        }
        if (awaitingMe && caller.organisationId() != null) {
            where.append("""
                     AND x.status = 'PENDING' AND CASE x.declared_by_side WHEN 'PROVIDER' THEN x.beneficiary_id ELSE x.provider_id END = :mine""");
            parameters.put("mine", caller.organisationId());
        }
        Map<String, Object> paged = new HashMap<>(parameters);
        paged.put("limit", size);
        paged.put("offset", page * size);
        List<ExchangeView> items = views(where + " ORDER BY x.occurred_on DESC, x.created_at DESC, x.id LIMIT :limit OFFSET :offset", paged, caller);
        Query count = entityManager.createNativeQuery("SELECT count(*) FROM exchange x WHERE " + where);
        parameters.forEach(count::setParameter);
        return new Page<>(items, ((Number) count.getSingleResult()).longValue(), page, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ExchangeDetail detail(UUID id, Caller caller) {
        visible(id, caller);
        return new ExchangeDetail(view(id, caller), history(id), agreements.find(id), testimonials.find(id));
    }

    public ExchangeView view(UUID id, Caller caller) {
        return views("x.id = :id", Map.of("id", id), caller).get(0);
    }

    /** Confirmed exchanges of an organisation in a period, oldest first (for its yearly report). */
    public List<ExchangeView> confirmedOf(UUID organisationId, LocalDate from, LocalDate until, Caller caller) {
        return views("""
                (x.provider_id = :org OR x.beneficiary_id = :org) AND x.status = 'CONFIRMED'
                AND x.occurred_on >= :from AND x.occurred_on < :until ORDER BY x.occurred_on, x.id""",
                Map.of("org", organisationId, "from", from, "until", until), caller);
    }

    /** Exchanges with their parties, people, items and rule, in one statement whatever their number. */
    @SuppressWarnings("unchecked")
    private List<ExchangeView> views(String whereAndOrder, Map<String, Object> parameters, Caller caller) {
        Query select = entityManager.createNativeQuery("""
                SELECT x.id, x.status, x.declared_by_side, x.mode, x.occurred_on, x.description, x.introduction_id, x.channel,
                       x.amount_eur, x.valuation_kind, x.hours, x.days, x.declared_value_eur, x.value_eur,
                       x.confirmed_on_behalf, x.confirmed_at, x.created_at, x.updated_at,
                       p.id, p.name, p.commune_id, pt.name, b.id, b.name, b.commune_id, bt.name,
                       d.id, d.first_name || ' ' || d.last_name, c.id, c.first_name || ' ' || c.last_name,
                       f.id, f.title, r.id, r.title,
                       vr.id, vr.kind, vr.method, vr.rate, vr.effective_from,
                       CASE WHEN a.exchange_id IS NULL THEN NULL WHEN a.frozen_at IS NULL THEN 'DRAFT' ELSE 'ACCEPTED' END,
                       ev.id, ev.title, ev.starts_at
                FROM exchange x
                JOIN organisation p ON p.id = x.provider_id JOIN territory pt ON pt.id = p.commune_id
                JOIN organisation b ON b.id = x.beneficiary_id JOIN territory bt ON bt.id = b.commune_id
                LEFT JOIN person d ON d.id = x.declared_by
                LEFT JOIN person c ON c.id = x.confirmed_by
                LEFT JOIN catalog_item f ON f.id = x.offer_id
                LEFT JOIN catalog_item r ON r.id = x.request_id
                LEFT JOIN valuation_rule vr ON vr.id = x.rule_id
                LEFT JOIN cooperation_agreement a ON a.exchange_id = x.id
                LEFT JOIN event ev ON ev.id = x.event_id
                WHERE\s""" + whereAndOrder);
        parameters.forEach(select::setParameter);
        List<Object[]> rows = select.getResultList();
        List<ExchangeView> views = new ArrayList<>();
        for (Object[] r : rows) {
            ExchangeStatus status = ExchangeStatus.valueOf((String) r[1]);
            ExchangeSide declaredBySide = ExchangeSide.valueOf((String) r[2]);
            ItemMode mode = ItemMode.valueOf((String) r[3]);
            OrganisationRef provider = new OrganisationRef((UUID) r[18], (String) r[19], new TerritoryRef((String) r[20], (String) r[21]));
            OrganisationRef beneficiary = new OrganisationRef((UUID) r[22], (String) r[23], new TerritoryRef((String) r[24], (String) r[25]));
            ValuationRule rule = null;
            if (r[34] != null) {
                rule = new ValuationRule();
                rule.id = ((Number) r[34]).intValue();
                rule.kind = ValuationKind.valueOf((String) r[35]);
                rule.method = ValuationMethod.valueOf((String) r[36]);
                rule.rate = (BigDecimal) r[37];
                rule.effectiveFrom = SqlValues.localDate(r[38]);
            }
            views.add(new ExchangeView((UUID) r[0], status, provider, beneficiary, declaredBySide,
                    r[26] == null ? null : new PersonRef((UUID) r[26], (String) r[27]), mode, mode.market(),
                    SqlValues.localDate(r[4]), (String) r[5],
                    r[30] == null ? null : new ItemLink((UUID) r[30], (String) r[31]),
                    r[32] == null ? null : new ItemLink((UUID) r[32], (String) r[33]),
                    (UUID) r[6], r[40] == null ? null : new EventLink((UUID) r[40], (String) r[41], ParisTime.local(SqlValues.instant(r[42]))),
                    OriginChannel.valueOf((String) r[7]), (BigDecimal) r[8],
                    r[9] == null ? null : ValuationKind.valueOf((String) r[9]), (BigDecimal) r[10],
                    r[11] == null ? null : ((Number) r[11]).intValue(), (BigDecimal) r[12], (BigDecimal) r[13],
                    rule == null ? null : valuations.view(rule, null, caller.locale()),
                    r[28] == null ? null : new PersonRef((UUID) r[28], (String) r[29]), Boolean.TRUE.equals(r[14]),
                    SqlValues.instant(r[15]), SqlValues.instant(r[16]), SqlValues.instant(r[17]), (String) r[39],
                    actions(status, declaredBySide, provider.id(), beneficiary.id(), caller)));
        }
        return views;
    }

    private static List<ExchangeAction> actions(ExchangeStatus status, ExchangeSide declaredBySide, UUID providerId, UUID beneficiaryId,
            Caller caller) {
        UUID declaring = declaredBySide == ExchangeSide.PROVIDER ? providerId : beneficiaryId;
        UUID answering = declaredBySide == ExchangeSide.PROVIDER ? beneficiaryId : providerId;
        boolean declarer = caller.belongsTo(declaring) && caller.has("MEMBER");
        boolean answerer = caller.belongsTo(answering) && caller.has("MEMBER");
        List<ExchangeAction> actions = new ArrayList<>();
        boolean open = status == ExchangeStatus.PENDING || status == ExchangeStatus.DISPUTED;
        if (open && (answerer || caller.isStaff() && !declarer)) {
            actions.add(ExchangeAction.CONFIRM);
            if (status == ExchangeStatus.PENDING) {
                actions.add(ExchangeAction.DISPUTE);
            }
        }
        if (open && (declarer || caller.isStaff())) {
            actions.add(ExchangeAction.AMEND);
            actions.add(ExchangeAction.CANCEL);
        }
        if (status == ExchangeStatus.CONFIRMED && caller.isStaff()) {
            actions.add(ExchangeAction.VOID);
        }
        return actions;
    }

    @SuppressWarnings("unchecked")
    private List<ChangeView> history(UUID id) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT h.at, h.action, h.on_behalf, h.note, p.id, p.first_name || ' ' || p.last_name
                FROM exchange_change h LEFT JOIN person p ON p.id = h.actor_id
                WHERE h.exchange_id = :id ORDER BY h.id""").setParameter("id", id).getResultList();
        return rows.stream().map(r -> new ChangeView(SqlValues.instant(r[0]), r[4] == null ? null : new PersonRef((UUID) r[4], (String) r[5]),
                (String) r[1], Boolean.TRUE.equals(r[2]), (String) r[3])).toList();
    }

}
