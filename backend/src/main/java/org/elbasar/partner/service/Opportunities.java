package org.elbasar.partner.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.elbasar.account.domain.OrganisationRole;
import org.elbasar.account.domain.Person;
import org.elbasar.catalog.api.ItemInput;
import org.elbasar.catalog.domain.ItemKind;
import org.elbasar.catalog.domain.Reach;
import org.elbasar.catalog.service.ItemService;
import org.elbasar.common.api.ApiException;
import org.elbasar.common.service.Caller;
import org.elbasar.common.service.ClockProducer;
import org.elbasar.common.service.SecretTokens;
import org.elbasar.hotline.domain.CaseStatus;
import org.elbasar.hotline.domain.HotlineCase;
import org.elbasar.hotline.domain.NeedChannel;
import org.elbasar.member.domain.LegalForm;
import org.elbasar.member.domain.Organisation;
import org.elbasar.member.domain.OrganisationStatus;
import org.elbasar.member.domain.Territory;
import org.elbasar.partner.api.OpportunityViews.Buyer;
import org.elbasar.partner.api.OpportunityViews.IntroducedMember;
import org.elbasar.partner.api.OpportunityViews.OpportunityInput;
import org.elbasar.partner.api.OpportunityViews.OpportunityView;
import org.elbasar.partner.api.PartnerViews.OrganisationRef;
import org.elbasar.partner.domain.AmountBracket;
import org.elbasar.partner.domain.OpportunityStatus;
import org.elbasar.partner.domain.PartnerScopes;

/**
 * Buyers' needs a partner sends become hotline requests, published for the buyer: a member when its
 * SIRET is known, else an external buyer whose contact receives the introductions. A request is
 * created once per idempotency key: the key is claimed in the transaction that creates it, so a second
 * request with the same key waits for the first and gives its answer, or a 409 when its body differs.
 */
@ApplicationScoped
public class Opportunities {

    /** An opportunity with the partner it belongs to. */
    public record Owned(UUID clientId, OpportunityView view) {
    }

    /** The answer, and whether it is the first one given again. */
    public record Created(OpportunityView opportunity, boolean replayed) {
    }

    private final EntityManager entityManager;
    private final ItemService items;
    private final PartnerJson json;
    private final Clock clock;
    private final String publicUrl;

    public Opportunities(EntityManager entityManager, ItemService items, PartnerJson json, Clock clock,
            @ConfigProperty(name = "elbasar.public-url") String publicUrl) {
        this.entityManager = entityManager;
        this.items = items;
        this.json = json;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public Created create(UUID clientId, String idempotencyKey, OpportunityInput input) {
        if (idempotencyKey == null || !idempotencyKey.matches("[\\x21-\\x7e]{1,200}")) {
            throw ApiException.invalid("Idempotency-Key", "validation.idempotency-key");
        }
        String fingerprint = SecretTokens.hash(json.write(input));
        UUID id = UUID.randomUUID();
        int claimed = entityManager.createNativeQuery("""
                INSERT INTO partner_opportunity (id, client_id, idempotency_key, request_fingerprint, created_at)
                VALUES (:id, :client, :key, :fingerprint, :now) ON CONFLICT (client_id, idempotency_key) DO NOTHING""")
                .setParameter("id", id).setParameter("client", clientId).setParameter("key", idempotencyKey)
                .setParameter("fingerprint", fingerprint).setParameter("now", Timestamp.from(clock.instant())).executeUpdate();
        if (claimed == 0) {
            Object[] first = (Object[]) entityManager.createNativeQuery("""
                    SELECT request_fingerprint, CAST(response AS text) FROM partner_opportunity WHERE client_id = :client AND idempotency_key = :key""")
                    .setParameter("client", clientId).setParameter("key", idempotencyKey).getSingleResult();
            if (!fingerprint.equals(first[0])) {
                throw ApiException.conflict("idempotency-key-reused", "Idempotency-Key", "validation.idempotency-key-reused");
            }
            return new Created(json.read((String) first[1], OpportunityView.class), true);
        }
        validate(input);
        Territory commune = Territory.findById(input.communeId());
        Organisation buyer = buyer(input.buyer(), commune);
        UUID requestId = items.publishOnBehalf(ItemKind.REQUEST, request(input, commune), buyer, firstAdministrator(buyer),
                new Caller(null, null, Set.of(PartnerScopes.OPPORTUNITIES_WRITE), Locale.FRENCH));
        HotlineCase opened = HotlineCase.findById(requestId);
        opened.channel = NeedChannel.PARTNER;
        opened.dueOn = input.deadline();
        entityManager.createNativeQuery("""
                UPDATE partner_opportunity SET request_id = :request, buyer_organisation_id = :buyer, buyer_name = :name,
                  buyer_siret = :siret, deadline = :deadline, amount_bracket = :bracket, link = :link WHERE id = :id""")
                .setParameter("request", requestId).setParameter("buyer", buyer.id).setParameter("name", input.buyer().name().trim())
                .setParameter("siret", input.buyer().siret()).setParameter("deadline", input.deadline())
                .setParameter("bracket", input.amountBracket().name()).setParameter("link", input.link()).setParameter("id", id)
                .executeUpdate();
        entityManager.flush();
        OpportunityView view = views(List.of(id)).get(id).view();
        entityManager.createNativeQuery("UPDATE partner_opportunity SET response = CAST(:response AS jsonb) WHERE id = :id")
                .setParameter("response", json.write(view)).setParameter("id", id).executeUpdate();
        return new Created(view, false);
    }

    private void validate(OpportunityInput input) {
        if (!input.mode().market()) {
            throw ApiException.invalid("mode", "validation.opportunity-market-mode");
        }
        Territory commune = Territory.findById(input.communeId());
        if (commune == null || commune.kind != Territory.Kind.COMMUNE) {
            throw ApiException.invalid("communeId", "validation.unknown-commune");
        }
        LocalDate today = LocalDate.now(clock.withZone(ClockProducer.PARIS));
        if (input.deadline().isBefore(today)) {
            throw ApiException.invalid("deadline", "validation.date-past");
        }
        if (input.deadline().isAfter(today.plusYears(1))) {
            throw ApiException.invalid("deadline", "validation.expiry-too-far");
        }
    }

    /** The member with that SIRET, or the external buyer met before, or a new external buyer. */
    private Organisation buyer(Buyer input, Territory commune) {
        Instant now = clock.instant();
        if (input.siret() != null) {
            Organisation known = Organisation.<Organisation>find("siret = ?1 and status <> ?2", input.siret(), OrganisationStatus.REJECTED)
                    .firstResult();
            if (known != null && known.status == OrganisationStatus.ACTIVE) {
                return known;
            }
            if (known != null && known.status == OrganisationStatus.EXTERNAL) {
                known.name = input.name().trim();
                known.contactEmail = input.contactEmail().trim();
                known.updatedAt = now;
                return known;
            }
        }
        boolean siretFree = input.siret() != null
                && Organisation.count("siret = ?1 and status <> ?2", input.siret(), OrganisationStatus.REJECTED) == 0;
        Organisation buyer = new Organisation();
        buyer.id = UUID.randomUUID();
        buyer.name = input.name().trim();
        buyer.legalForm = LegalForm.OTHER;
        buyer.siret = siretFree ? input.siret() : null;
        buyer.description = "";
        buyer.commune = commune;
        buyer.contactEmail = input.contactEmail().trim();
        buyer.status = OrganisationStatus.EXTERNAL;
        buyer.createdAt = now;
        buyer.updatedAt = now;
        buyer.persist();
        return buyer;
    }

    private static UUID firstAdministrator(Organisation organisation) {
        return Person.<Person>find("organisation.id = ?1 and organisationRole = ?2 and active = true order by createdAt",
                organisation.id, OrganisationRole.ORG_ADMIN).firstResultOptional().map(p -> p.id).orElse(null);
    }

    private static ItemInput request(OpportunityInput input, Territory commune) {
        Reach reach = input.reach() == null ? Reach.DEPARTEMENT : input.reach();
        String territory = switch (reach) {
            case COMMUNE -> commune.id;
            case EPCI -> commune.epciId;
            case DEPARTEMENT -> commune.departementId;
            case REGION -> commune.parentIds.stream().filter(p -> p.startsWith("region:")).findFirst().orElse(null);
            case REMOTE -> null;
        };
        return new ItemInput(input.title(), input.description(), input.categoryCode(), input.mode(), null, null, true, null,
                reach, territory, null, input.deadline(), input.deadline(), false);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OpportunityView get(UUID clientId, UUID id) {
        Owned owned = views(List.of(id)).get(id);
        if (owned == null || !owned.clientId().equals(clientId)) {
            throw ApiException.notFound();
        }
        return owned.view();
    }

    /** Opportunities as they stand, in two statements. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, Owned> owned(List<UUID> ids) {
        return ids.isEmpty() ? Map.of() : views(ids);
    }

    @SuppressWarnings("unchecked")
    private Map<UUID, Owned> views(List<UUID> ids) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT o.id, o.client_id, h.status, i.title, o.request_id, o.buyer_name, o.buyer_siret, o.deadline, o.amount_bracket, o.created_at
                FROM partner_opportunity o JOIN catalog_item i ON i.id = o.request_id JOIN hotline_case h ON h.request_id = o.request_id
                WHERE o.id IN (:ids)""").setParameter("ids", ids).getResultList();
        Map<UUID, List<IntroducedMember>> introduced = new HashMap<>();
        if (!rows.isEmpty()) {
            List<Object[]> introductions = entityManager.createNativeQuery("""
                    SELECT x.request_id, g.id, g.name, g.siret, x.created_at FROM introduction x JOIN organisation g ON g.id = x.provider_id
                    WHERE x.request_id IN (:requests) ORDER BY x.created_at, x.id""")
                    .setParameter("requests", rows.stream().map(r -> r[4]).toList()).getResultList();
            for (Object[] x : introductions) {
                introduced.computeIfAbsent((UUID) x[0], k -> new ArrayList<>()).add(new IntroducedMember(
                        new OrganisationRef((UUID) x[1], (String) x[2], x[3] == null ? null : x[3].toString().trim()), (Instant) x[4]));
            }
        }
        Map<UUID, Owned> views = new HashMap<>();
        for (Object[] r : rows) {
            UUID requestId = (UUID) r[4];
            views.put((UUID) r[0], new Owned((UUID) r[1], new OpportunityView((UUID) r[0], OpportunityStatus.of(CaseStatus.valueOf((String) r[2])),
                    (String) r[3], requestId, (String) r[5], r[6] == null ? null : r[6].toString().trim(), (LocalDate) r[7],
                    AmountBracket.valueOf((String) r[8]), (Instant) r[9], introduced.getOrDefault(requestId, List.of()),
                    publicUrl + "/requests/" + requestId)));
        }
        return views;
    }
}
