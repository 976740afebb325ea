package org.elbasar.hotline.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.elbasar.account.domain.OrganisationRole;
import org.elbasar.account.domain.Person;
import org.elbasar.catalog.api.ItemViews.CategoryRef;
import org.elbasar.catalog.api.ItemViews.OrganisationRef;
import org.elbasar.catalog.domain.CatalogItem;
import org.elbasar.catalog.domain.ItemKind;
import org.elbasar.catalog.domain.ItemMode;
import org.elbasar.catalog.service.ItemAudience;
import org.elbasar.common.api.ApiException;
import org.elbasar.common.api.Page;
import org.elbasar.common.service.Caller;
import org.elbasar.common.service.MailOutbox;
import org.elbasar.common.service.SqlValues;
import org.elbasar.exchange.service.ExchangeConfirmed;
import org.elbasar.hotline.api.HotlineViews.AnswerView;
import org.elbasar.hotline.api.HotlineViews.IntroductionInput;
import org.elbasar.hotline.api.HotlineViews.IntroductionView;
import org.elbasar.hotline.api.HotlineViews.OfferRef;
import org.elbasar.hotline.api.HotlineViews.Party;
import org.elbasar.hotline.api.HotlineViews.PersonRef;
import org.elbasar.hotline.api.HotlineViews.RequestRef;
import org.elbasar.hotline.domain.FollowUpAnswer;
import org.elbasar.hotline.domain.Introduction;
import org.elbasar.hotline.domain.IntroductionStatus;
import org.elbasar.hotline.domain.Side;
import org.elbasar.member.api.TerritoryRef;
import org.elbasar.member.domain.Organisation;
import org.elbasar.member.domain.OrganisationStatus;

/** Introductions between a requester and a provider: made, answered, followed to an outcome. */
@ApplicationScoped
public class Introductions {

    /** What the provider says to an introduction. */
    public enum Reply { ACCEPT, DECLINE }

    /** An introduction waits this long for the provider's answer before animators are asked to nudge. */
    static final Duration ANSWER_EXPECTED_WITHIN = Duration.ofDays(7);
    /** ...and this long for an outcome once accepted. */
    static final Duration OUTCOME_EXPECTED_WITHIN = Duration.ofDays(30);

    private final EntityManager entityManager;
    private final HotlineBoard board;
    private final FollowUps followUps;
    private final MailOutbox mail;
    private final ItemAudience audience;
    private final Clock clock;

    public Introductions(EntityManager entityManager, HotlineBoard board, FollowUps followUps, MailOutbox mail, ItemAudience audience,
            Clock clock) {
        this.entityManager = entityManager;
        this.audience = audience;
        this.board = board;
        this.followUps = followUps;
        this.mail = mail;
        this.clock = clock;
    }

    @Transactional
    public IntroductionView create(IntroductionInput input, Caller caller) {
        CatalogItem request = input.requestId() == null ? null : audience.referenced(input.requestId(), ItemKind.REQUEST, "requestId", caller);
        CatalogItem offer = input.offerId() == null ? null : audience.referenced(input.offerId(), ItemKind.OFFER, "offerId", caller);
        Introduction made = new Introduction();
        if (caller.isStaff()) {
            if (request == null) {
                throw ApiException.invalid("requestId", "validation.required");
            }
            made.requesterId = request.organisation.id;
            made.providerId = offer != null ? offer.organisation.id : activeOrganisation(input.providerOrganisationId());
        } else if (caller.organisationId() == null) {
            throw new ApiException(Status.FORBIDDEN, "no-organisation");
        } else if (offer != null) {
            // a member contacts the organisation of an offer: they are the requester
            requireListed(offer, "offerId");
            made.requesterId = caller.organisationId();
            made.providerId = offer.organisation.id;
            if (request != null && !request.organisation.id.equals(caller.organisationId())) {
                throw ApiException.invalid("requestId", "validation.own-request");
            }
        } else if (request != null) {
            // a member offers to help with another organisation's request: they are the provider
            requireListed(request, "requestId");
            made.requesterId = request.organisation.id;
            made.providerId = caller.organisationId();
        } else {
            throw ApiException.invalid("offerId", "validation.required");
        }
        if (made.requesterId.equals(made.providerId)) {
            throw ApiException.invalid(offer != null ? "offerId" : "providerOrganisationId", "validation.same-organisation");
        }
        made.id = UUID.randomUUID();
        made.requestId = request == null ? null : request.id;
        made.offerId = offer == null ? null : offer.id;
        made.categoryCode = request != null ? request.category.code : offer.category.code;
        made.createdBy = caller.personId();
        made.message = input.message().trim();
        made.status = IntroductionStatus.PROPOSED;
        made.createdAt = clock.instant();
        made.persist();
        if (made.requestId != null) {
            board.introduced(made.requestId, made.createdAt);
        }
        entityManager.flush();
        IntroductionView view = view(made.id, caller);
        announce(made, view);
        return view;
    }

    /** Both parties get the context, the message, each other's contact and the links to tell how it went. */
    private void announce(Introduction made, IntroductionView view) {
        for (Side side : Side.values()) {
            Party own = side == Side.REQUESTER ? view.requester() : view.provider();
            Party other = side == Side.REQUESTER ? view.provider() : view.requester();
            Person recipient = contactPerson(made, side);
            String email = recipient != null ? recipient.email : own.email();
            if (email == null) {
                continue;
            }
            Locale locale = Locale.forLanguageTag(recipient != null ? recipient.locale : "fr");
            Map<String, Object> data = new HashMap<>();
            data.put("firstName", recipient == null ? null : recipient.firstName);
            data.put("provider", side == Side.PROVIDER);
            data.put("other", other);
            data.put("introduction", view);
            data.put("token", followUps.issue(made, side, 0, recipient == null ? null : recipient.id));
            mail.enqueue(new MailOutbox.Message("introduction", email, locale, data, other.organisation().name()));
        }
    }

    public Page<IntroductionView> list(boolean needsNudge, int page, int size, Caller caller) {
        StringBuilder where = new StringBuilder("TRUE");
        Map<String, Object> parameters = new HashMap<>();
        if (!caller.isStaff()) {
            if (caller.organisationId() == null) {
                return new Page<>(List.of(), 0, page, size);
            }
            where.append(" AND (x.requester_id = :org OR x.provider_id = :org)");
            parameters.put("org", caller.organisationId());
        } else if (needsNudge) {
            where.append(" AND ").append(NEEDS_NUDGE);
            parameters.put("answerDeadline", Timestamp.from(clock.instant().minus(ANSWER_EXPECTED_WITHIN)));
            parameters.put("outcomeDeadline", Timestamp.from(clock.instant().minus(OUTCOME_EXPECTED_WITHIN)));
        }
        List<IntroductionView> views = views(where + " ORDER BY x.created_at DESC, x.id LIMIT :limit OFFSET :offset",
                withPaging(parameters, page, size), caller);
        Query count = entityManager.createNativeQuery("SELECT count(*) FROM introduction x WHERE " + where);
        parameters.forEach(count::setParameter);
        return new Page<>(views, ((Number) count.getSingleResult()).longValue(), page, size);
    }

    private static Map<String, Object> withPaging(Map<String, Object> parameters, int page, int size) {
        Map<String, Object> all = new HashMap<>(parameters);
        all.put("limit", size);
        all.put("offset", page * size);
        return all;
    }

    private static final String NEEDS_NUDGE = """
            ((x.status = 'PROPOSED' AND x.created_at < :answerDeadline)
             OR (x.status = 'ACCEPTED' AND x.created_at < :outcomeDeadline))""";

    @Transactional(Transactional.TxType.SUPPORTS)
    public IntroductionView get(UUID id, Caller caller) {
        Introduction found = find(id);
        if (!(caller.isStaff() || found.involves(caller.organisationId()))) {
            throw ApiException.notFound();
        }
        return view(id, caller);
    }

    /** The introductions made for a request, oldest first (for its hotline case). */
    List<IntroductionView> ofRequest(UUID requestId, Caller caller) {
        return views("x.request_id = :request ORDER BY x.created_at, x.id", Map.of("request", requestId), caller);
    }

    @Transactional
    public IntroductionView respond(UUID id, Reply reply, Caller caller) {
        Introduction found = find(id);
        boolean provider = caller.belongsTo(found.providerId) && caller.has("MEMBER");
        if (!(provider || caller.isStaff())) {
            throw found.involves(caller.organisationId()) ? ApiException.forbidden() : ApiException.notFound();
        }
        if (found.status != IntroductionStatus.PROPOSED) {
            throw new ApiException(Status.CONFLICT, "introduction-answered");
        }
        found.status = reply == Reply.ACCEPT ? IntroductionStatus.ACCEPTED : IntroductionStatus.DECLINED;
        found.respondedAt = clock.instant();
        entityManager.flush();
        return view(id, caller);
    }

    @Transactional
    public IntroductionView outcome(UUID id, IntroductionStatus outcome, Caller caller) {
        if (outcome != IntroductionStatus.EXCHANGE_MADE && outcome != IntroductionStatus.NO_FOLLOW_UP) {
            throw ApiException.invalid("outcome", "validation.introduction-outcome");
        }
        Introduction found = find(id);
        if (!(caller.isStaff() || found.involves(caller.organisationId()))) {
            throw ApiException.notFound();
        }
        if (found.status.isOver()) {
            throw new ApiException(Status.CONFLICT, "introduction-over");
        }
        conclude(found, outcome);
        entityManager.flush();
        return view(id, caller);
    }

    /** Records what came of an introduction; an exchange resolves its request's case. */
    @Transactional(Transactional.TxType.MANDATORY)
    void conclude(Introduction found, IntroductionStatus outcome) {
        found.status = outcome;
        found.outcomeAt = clock.instant();
        if (found.respondedAt == null && outcome == IntroductionStatus.EXCHANGE_MADE) {
            found.respondedAt = found.outcomeAt;
        }
        if (outcome == IntroductionStatus.EXCHANGE_MADE && found.requestId != null) {
            board.resolved(found.requestId, found.outcomeAt);
        }
    }

    /** A confirmed exchange is the surest outcome of the introduction it came from, whatever was said before. */
    void exchangeConfirmed(@Observes ExchangeConfirmed confirmed) {
        Introduction found = confirmed.introductionId() == null ? null : Introduction.findById(confirmed.introductionId());
        if (found != null && found.status != IntroductionStatus.EXCHANGE_MADE) {
            conclude(found, IntroductionStatus.EXCHANGE_MADE);
        }
    }

    /** Who speaks for a side: the author of its item, the person who made it, or its first administrator. */
    Person contactPerson(Introduction introduction, Side side) {
        UUID organisationId = introduction.organisationOf(side);
        UUID itemId = side == Side.REQUESTER ? introduction.requestId : introduction.offerId;
        List<UUID> preferred = new ArrayList<>();
        if (itemId != null) {
            CatalogItem item = CatalogItem.findById(itemId);
            if (item != null && item.authorId != null) {
                preferred.add(item.authorId);
            }
        }
        if (introduction.createdBy != null) {
            preferred.add(introduction.createdBy);
        }
        for (UUID id : preferred) {
            Person person = Person.findById(id);
            if (person != null && person.active && person.organisation != null && person.organisation.id.equals(organisationId)) {
                return person;
            }
        }
        return Person.<Person>find("organisation.id = ?1 and organisationRole = ?2 and active = true order by createdAt",
                organisationId, OrganisationRole.ORG_ADMIN).firstResult();
    }

    private Introduction find(UUID id) {
        Introduction found = Introduction.findById(id);
        if (found == null) {
            throw ApiException.notFound();
        }
        return found;
    }

    /** Members contact others about what the catalogue lists, not about an item only its organisation sees. */
    private void requireListed(CatalogItem item, String field) {
        if (!audience.isPublic(item)) {
            throw ApiException.invalid(field, "validation.unknown-item");
        }
    }

    private static UUID activeOrganisation(UUID id) {
        Organisation organisation = id == null ? null : Organisation.findById(id);
        if (organisation == null || organisation.status != OrganisationStatus.ACTIVE) {
            throw ApiException.invalid("providerOrganisationId", "validation.active-organisation");
        }
        return organisation.id;
    }

    private IntroductionView view(UUID id, Caller caller) {
        return views("x.id = :id", Map.of("id", id), caller).get(0);
    }

    /** Introductions with their parties, items and answers, in two statements whatever their number. */
    @SuppressWarnings("unchecked")
    private List<IntroductionView> views(String whereAndOrder, Map<String, Object> parameters, Caller caller) {
        Query select = entityManager.createNativeQuery("""
                SELECT x.id, x.status, x.message, x.created_at, x.responded_at, x.outcome_at, x.created_by,
                       cp.first_name || ' ' || cp.last_name,
                       r.id, r.title, o.id, o.name, o.commune_id, ot.name,
                       f.id, f.title, f.mode, f.category_code, fc.name_fr, fc.name_en,
                       p.id, p.name, p.commune_id, pt.name,
                       o.contact_email, o.phone, p.contact_email, p.phone,
                       ra.first_name || ' ' || ra.last_name, ra.email, ra.active AND ra.organisation_id = o.id,
                       fa.first_name || ' ' || fa.last_name, fa.email, fa.active AND fa.organisation_id = p.id,
                       cp.organisation_id, cp.email,
                       oa.name, oa.email, pa.name, pa.email
                FROM introduction x
                JOIN organisation o ON o.id = x.requester_id JOIN territory ot ON ot.id = o.commune_id
                JOIN organisation p ON p.id = x.provider_id JOIN territory pt ON pt.id = p.commune_id
                LEFT JOIN catalog_item r ON r.id = x.request_id
                LEFT JOIN catalog_item f ON f.id = x.offer_id
                LEFT JOIN category fc ON fc.code = f.category_code
                LEFT JOIN person cp ON cp.id = x.created_by
                LEFT JOIN person ra ON ra.id = r.author_id
                LEFT JOIN person fa ON fa.id = f.author_id
                LEFT JOIN LATERAL (%1$s) oa ON TRUE
                LEFT JOIN LATERAL (%2$s) pa ON TRUE
                WHERE """.formatted(FIRST_ADMIN.formatted("o"), FIRST_ADMIN.formatted("p")) + " " + whereAndOrder);
        parameters.forEach(select::setParameter);
        List<Object[]> rows = select.getResultList();
        Map<UUID, List<AnswerView>> answers = answers(rows.stream().map(r -> (UUID) r[0]).toList());
        boolean english = "en".equals(caller.locale().getLanguage());
        Instant now = clock.instant();
        List<IntroductionView> views = new ArrayList<>();
        for (Object[] r : rows) {
            UUID id = (UUID) r[0];
            IntroductionStatus status = IntroductionStatus.valueOf((String) r[1]);
            Instant createdAt = SqlValues.instant(r[3]);
            OrganisationRef requester = new OrganisationRef((UUID) r[10], (String) r[11], new TerritoryRef((String) r[12], (String) r[13]));
            OrganisationRef provider = new OrganisationRef((UUID) r[20], (String) r[21], new TerritoryRef((String) r[22], (String) r[23]));
            // a side speaks through the author of its item, else the person who made the introduction
            // if theirs, else its first administrator: the person the introduction email went to
            UUID makerOrganisation = (UUID) r[34];
            Party requesterParty = Boolean.TRUE.equals(r[30])
                    ? new Party(requester, (String) r[28], (String) r[29], (String) r[25])
                    : requester.id().equals(makerOrganisation)
                            ? new Party(requester, (String) r[7], (String) r[35], (String) r[25])
                            : fallback(requester, r[36], r[37], r[24], r[25]);
            Party providerParty = Boolean.TRUE.equals(r[33])
                    ? new Party(provider, (String) r[31], (String) r[32], (String) r[27])
                    : provider.id().equals(makerOrganisation)
                            ? new Party(provider, (String) r[7], (String) r[35], (String) r[27])
                            : fallback(provider, r[38], r[39], r[26], r[27]);
            boolean nudge = caller.isStaff() && ((status == IntroductionStatus.PROPOSED && createdAt.isBefore(now.minus(ANSWER_EXPECTED_WITHIN)))
                    || (status == IntroductionStatus.ACCEPTED && createdAt.isBefore(now.minus(OUTCOME_EXPECTED_WITHIN))));
            views.add(new IntroductionView(id, status,
                    r[8] == null ? null : new RequestRef((UUID) r[8], (String) r[9], requester),
                    r[14] == null ? null : new OfferRef((UUID) r[14], (String) r[15], ItemMode.valueOf((String) r[16]),
                            new CategoryRef((String) r[17], (String) (english ? r[19] : r[18]), null)),
                    requesterParty, providerParty,
                    r[6] == null ? null : new PersonRef((UUID) r[6], (String) r[7]),
                    (String) r[2], createdAt, SqlValues.instant(r[4]), SqlValues.instant(r[5]),
                    answers.getOrDefault(id, List.of()), nudge));
        }
        return views;
    }

    private static final String FIRST_ADMIN = """
            SELECT a.first_name || ' ' || a.last_name AS name, a.email FROM person a
            WHERE a.organisation_id = %s.id AND a.organisation_role = 'ORG_ADMIN' AND a.active
            ORDER BY a.created_at LIMIT 1""";

    private static Party fallback(OrganisationRef organisation, Object adminName, Object adminEmail, Object organisationEmail,
            Object phone) {
        return adminEmail != null
                ? new Party(organisation, (String) adminName, (String) adminEmail, (String) phone)
                : new Party(organisation, null, (String) organisationEmail, (String) phone);
    }

    @SuppressWarnings("unchecked")
    private Map<UUID, List<AnswerView>> answers(List<UUID> introductionIds) {
        Map<UUID, List<AnswerView>> answers = new HashMap<>();
        if (introductionIds.isEmpty()) {
            return answers;
        }
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT introduction_id, side, answer, answered_at FROM follow_up
                WHERE introduction_id IN (:ids) AND answer IS NOT NULL ORDER BY answered_at""")
                .setParameter("ids", introductionIds).getResultList();
        for (Object[] r : rows) {
            answers.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add(new AnswerView(Side.valueOf((String) r[1]),
                    FollowUpAnswer.valueOf((String) r[2]), SqlValues.instant(r[3])));
        }
        return answers;
    }
}
