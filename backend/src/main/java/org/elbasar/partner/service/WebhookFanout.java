package org.elbasar.partner.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.elbasar.common.service.SecretTokens;
import org.elbasar.partner.api.OpportunityViews.OpportunityView;
import org.elbasar.partner.api.PartnerViews.PartnerOffer;
import org.elbasar.partner.domain.OfferView;
import org.elbasar.partner.domain.WebhookEvent;

/**
 * Turns the change log into webhook deliveries, exactly once: the fan-out's position in the log and
 * the deliveries it writes commit together, and it reads the log in the order partners' sync does
 * (changes of finished transactions only). What each subscription was last told of a thing decides
 * between published, updated and withdrawn, so a change that leaves a partner's data alike tells nothing.
 */
@ApplicationScoped
public class WebhookFanout {

    private static final long LOCK = 0x656c6261736172L;
    private static final int BATCH = 500;

    /** A webhook as the fan-out needs it, with its client's scopes now. */
    private record Subscriber(UUID id, UUID clientId, List<String> events, OfferView offerView, List<String> scopes) {

        boolean follows(WebhookEvent event) {
            return scopes.contains(event.scope);
        }
    }

    /** The body partners receive, the same shape for every event. */
    record Event(UUID id, String type, Instant createdAt, UUID subjectId, boolean withdrawn, Object data) {
    }

    private record Told(WebhookEvent event, UUID subjectId, boolean withdrawn, Object data) {
    }

    private final EntityManager entityManager;
    private final PartnerSync sync;
    private final Opportunities opportunities;
    private final PartnerJson json;
    private final Clock clock;

    public WebhookFanout(EntityManager entityManager, PartnerSync sync, Opportunities opportunities, PartnerJson json, Clock clock) {
        this.entityManager = entityManager;
        this.sync = sync;
        this.opportunities = opportunities;
        this.json = json;
        this.clock = clock;
    }

    /** Fans out one batch of changes; returns how many changes it read (0: nothing left, or another instance is at it). */
    @Transactional
    @SuppressWarnings("unchecked")
    public int fanOut() {
        if (!(Boolean) entityManager.createNativeQuery("SELECT pg_try_advisory_xact_lock(:lock)").setParameter("lock", LOCK).getSingleResult()) {
            return 0;
        }
        Object[] position = (Object[]) entityManager.createNativeQuery("SELECT xid::text, seq FROM partner_webhook_fanout")
                .getSingleResult();
        List<Object[]> changes = entityManager.createNativeQuery("""
                SELECT entity, entity_id, xid::text, seq FROM partner_change
                WHERE xid < pg_snapshot_xmin(pg_current_snapshot()) AND (xid, seq) > (CAST(:xid AS xid8), :seq)
                ORDER BY xid, seq LIMIT :limit""")
                .setParameter("xid", position[0]).setParameter("seq", position[1]).setParameter("limit", BATCH).getResultList();
        if (changes.isEmpty()) {
            return 0;
        }
        Object[] last = changes.get(changes.size() - 1);
        entityManager.createNativeQuery("UPDATE partner_webhook_fanout SET xid = CAST(:xid AS xid8), seq = :seq")
                .setParameter("xid", last[2]).setParameter("seq", last[3]).executeUpdate();
        List<Subscriber> subscribers = subscribers();
        if (!subscribers.isEmpty()) {
            deliver(changes, subscribers);
        }
        return changes.size();
    }

    @SuppressWarnings("unchecked")
    private List<Subscriber> subscribers() {
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT w.id, w.client_id, array_to_string(w.events, ','), w.offer_view, array_to_string(c.scopes, ',')
                FROM partner_webhook w JOIN partner_client c ON c.id = w.client_id WHERE w.active AND c.active""").getResultList();
        return rows.stream().map(r -> new Subscriber((UUID) r[0], (UUID) r[1], List.of(((String) r[2]).split(",")),
                OfferView.valueOf((String) r[3]), List.of(((String) r[4]).split(",")))).toList();
    }

    private void deliver(List<Object[]> changes, List<Subscriber> subscribers) {
        // Each thing once, at its state now, in the order of its last change.
        Map<UUID, String> things = new LinkedHashMap<>();
        for (Object[] change : changes) {
            things.remove((UUID) change[1]);
            things.put((UUID) change[1], (String) change[0]);
        }
        Map<UUID, PartnerOffer> offers = sync.offerStates(ids(things, "offer"), false);
        Map<UUID, Object> organisations = new HashMap<>(sync.organisationStates(ids(things, "organisation")));
        Map<UUID, Opportunities.Owned> owned = opportunities.owned(ids(things, "opportunity"));
        Map<String, String> known = known(subscribers, new ArrayList<>(things.keySet()));
        Instant now = clock.instant();
        for (Map.Entry<UUID, String> thing : things.entrySet()) {
            UUID id = thing.getKey();
            for (Subscriber subscriber : subscribers) {
                Told told = switch (thing.getValue()) {
                    case "offer" -> offer(subscriber, id, offers.get(id), known);
                    case "organisation" -> organisation(subscriber, id, organisations.get(id), known);
                    default -> opportunity(subscriber, id, owned.get(id), known);
                };
                if (told != null && subscriber.events().contains(told.event().type)) {
                    enqueue(subscriber.id(), told, now);
                }
            }
        }
    }

    private static List<UUID> ids(Map<UUID, String> things, String entity) {
        return things.entrySet().stream().filter(e -> e.getValue().equals(entity)).map(Map.Entry::getKey).toList();
    }

    private Told offer(Subscriber subscriber, UUID id, PartnerOffer state, Map<String, String> known) {
        if (!subscriber.follows(WebhookEvent.OFFER_PUBLISHED)) {
            return null;
        }
        PartnerOffer shown = state != null && (subscriber.offerView() == OfferView.ALL || state.showOnCeres()) ? state : null;
        String before = known.get(key(subscriber.id(), id));
        if (shown == null) {
            return before == null ? null : forget(subscriber, "offer", id, new Told(WebhookEvent.OFFER_WITHDRAWN, id, true, null));
        }
        String fingerprint = fingerprint(shown);
        if (fingerprint.equals(before)) {
            return null;
        }
        remember(subscriber, "offer", id, fingerprint);
        return new Told(before == null ? WebhookEvent.OFFER_PUBLISHED : WebhookEvent.OFFER_UPDATED, id, false, shown);
    }

    private Told organisation(Subscriber subscriber, UUID id, Object state, Map<String, String> known) {
        if (!subscriber.follows(WebhookEvent.ORGANISATION_UPDATED)) {
            return null;
        }
        String before = known.get(key(subscriber.id(), id));
        if (state == null) {
            return before == null ? null : forget(subscriber, "organisation", id, new Told(WebhookEvent.ORGANISATION_UPDATED, id, true, null));
        }
        String fingerprint = fingerprint(state);
        if (fingerprint.equals(before)) {
            return null;
        }
        remember(subscriber, "organisation", id, fingerprint);
        return new Told(WebhookEvent.ORGANISATION_UPDATED, id, false, state);
    }

    /** Only the partner that sent an opportunity hears of it. */
    private Told opportunity(Subscriber subscriber, UUID id, Opportunities.Owned state, Map<String, String> known) {
        if (state == null || !state.clientId().equals(subscriber.clientId()) || !subscriber.follows(WebhookEvent.OPPORTUNITY_STATUS_CHANGED)) {
            return null;
        }
        OpportunityView view = state.view();
        if (view.status().name().equals(known.get(key(subscriber.id(), id)))) {
            return null;
        }
        remember(subscriber, "opportunity", id, view.status().name());
        return new Told(WebhookEvent.OPPORTUNITY_STATUS_CHANGED, id, false, view);
    }

    private Told forget(Subscriber subscriber, String entity, UUID id, Told told) {
        entityManager.createNativeQuery("DELETE FROM partner_webhook_known WHERE webhook_id = :w AND entity = :e AND entity_id = :id")
                .setParameter("w", subscriber.id()).setParameter("e", entity).setParameter("id", id).executeUpdate();
        return told;
    }

    private void remember(Subscriber subscriber, String entity, UUID id, String fingerprint) {
        entityManager.createNativeQuery("""
                INSERT INTO partner_webhook_known (webhook_id, entity, entity_id, fingerprint) VALUES (:w, :e, :id, :f)
                ON CONFLICT (webhook_id, entity, entity_id) DO UPDATE SET fingerprint = EXCLUDED.fingerprint""")
                .setParameter("w", subscriber.id()).setParameter("e", entity).setParameter("id", id).setParameter("f", fingerprint)
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> known(List<Subscriber> subscribers, List<UUID> ids) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT webhook_id, entity_id, fingerprint FROM partner_webhook_known WHERE webhook_id IN (:w) AND entity_id IN (:ids)""")
                .setParameter("w", subscribers.stream().map(Subscriber::id).toList()).setParameter("ids", ids).getResultList();
        Map<String, String> known = new HashMap<>();
        rows.forEach(r -> known.put(key((UUID) r[0], (UUID) r[1]), (String) r[2]));
        return known;
    }

    private static String key(UUID webhook, UUID thing) {
        return webhook + "/" + thing;
    }

    private void enqueue(UUID webhookId, Told told, Instant now) {
        UUID eventId = UUID.randomUUID();
        String payload = json.write(new Event(eventId, told.event().type, now, told.subjectId(), told.withdrawn(), told.data()));
        entityManager.createNativeQuery("""
                INSERT INTO partner_webhook_delivery (id, webhook_id, event_type, payload, status, window_start, next_attempt_at, created_at)
                VALUES (:id, :w, :type, :payload, 'PENDING', :now, :now, :now)""")
                .setParameter("id", eventId).setParameter("w", webhookId).setParameter("type", told.event().type)
                .setParameter("payload", payload).setParameter("now", Timestamp.from(now)).executeUpdate();
    }

    private String fingerprint(Object data) {
        return SecretTokens.hash(json.write(data));
    }
}
