package org.elbasar.partner.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.elbasar.common.api.ApiException;
import org.elbasar.common.service.SecretTokens;
import org.elbasar.partner.api.WebhookViews.AttemptView;
import org.elbasar.partner.api.WebhookViews.DeliveryView;
import org.elbasar.partner.api.WebhookViews.ReplayInput;
import org.elbasar.partner.api.WebhookViews.Replayed;
import org.elbasar.partner.api.WebhookViews.WebhookCreated;
import org.elbasar.partner.api.WebhookViews.WebhookInput;
import org.elbasar.partner.api.WebhookViews.WebhookView;
import org.elbasar.partner.domain.OfferView;
import org.elbasar.partner.domain.PartnerClient;
import org.elbasar.partner.domain.PartnerWebhook;
import org.elbasar.partner.domain.WebhookDelivery;
import org.elbasar.partner.domain.WebhookEvent;

/** Partners manage their subscriptions, read the delivery log and replay deliveries. */
@ApplicationScoped
public class Webhooks {

    private final EntityManager entityManager;
    private final Clock clock;
    private final WebhookTargets targets;

    public Webhooks(EntityManager entityManager, Clock clock, WebhookTargets targets) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.targets = targets;
    }

    @Transactional
    public WebhookCreated subscribe(UUID clientId, WebhookInput input) {
        String url = targets.checked(input.url());
        PartnerClient client = PartnerClient.findById(clientId);
        List<String> events = List.copyOf(new LinkedHashSet<>(input.events()));
        for (String event : events) {
            if (!client.scopes.contains(WebhookEvent.of(event).scope)) {
                throw ApiException.invalid("events", "validation.webhook-event-scope");
            }
        }
        PartnerWebhook webhook = new PartnerWebhook();
        webhook.id = UUID.randomUUID();
        webhook.clientId = clientId;
        webhook.url = url;
        webhook.events = events;
        webhook.offerView = input.offerView() == null ? OfferView.ALL : input.offerView();
        webhook.secret = "whsec_" + SecretTokens.generate();
        webhook.active = true;
        webhook.createdAt = clock.instant();
        webhook.persist();
        return new WebhookCreated(view(webhook), webhook.secret);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WebhookView> list(UUID clientId) {
        return PartnerWebhook.<PartnerWebhook>list("clientId = ?1 and active = true order by createdAt", clientId).stream()
                .map(Webhooks::view).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WebhookView get(UUID clientId, UUID id) {
        return view(own(clientId, id));
    }

    /** Unsubscribing stops the deliveries not yet made; the log stays readable. */
    @Transactional
    public void unsubscribe(UUID clientId, UUID id) {
        PartnerWebhook webhook = own(clientId, id);
        webhook.active = false;
        entityManager.createNativeQuery("""
                UPDATE partner_webhook_delivery SET status = 'FAILED', last_error = 'unsubscribed'
                WHERE webhook_id = :id AND status = 'PENDING'""").setParameter("id", id).executeUpdate();
    }

    /** The latest deliveries of a subscription with their attempts, in two statements. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<DeliveryView> deliveries(UUID clientId, UUID id, String status, int size) {
        own(clientId, id);
        List<WebhookDelivery> deliveries = WebhookDelivery.<WebhookDelivery>find(
                status == null ? "webhookId = ?1 order by createdAt desc, id" : "webhookId = ?1 and status = ?2 order by createdAt desc, id",
                status == null ? new Object[] { id } : new Object[] { id, status }).page(0, size).list();
        Map<UUID, List<AttemptView>> attempts = new HashMap<>();
        if (!deliveries.isEmpty()) {
            List<Object[]> rows = entityManager.createNativeQuery("""
                    SELECT delivery_id, attempted_at, status_code, error, duration_ms FROM partner_webhook_attempt
                    WHERE delivery_id IN (:ids) ORDER BY attempted_at, id""")
                    .setParameter("ids", deliveries.stream().map(d -> d.id).toList()).getResultList();
            for (Object[] row : rows) {
                attempts.computeIfAbsent((UUID) row[0], k -> new java.util.ArrayList<>()).add(new AttemptView((Instant) row[1],
                        row[2] == null ? null : ((Number) row[2]).intValue(), (String) row[3], ((Number) row[4]).intValue()));
            }
        }
        return deliveries.stream().map(d -> view(d, attempts.getOrDefault(d.id, List.of()))).toList();
    }

    /** A delivery is tried again now, with a new 24-hour window; the event id stays the same. */
    @Transactional
    public DeliveryView replay(UUID clientId, UUID id, UUID deliveryId) {
        own(clientId, id);
        WebhookDelivery delivery = WebhookDelivery.findById(deliveryId);
        if (delivery == null || !delivery.webhookId.equals(id)) {
            throw ApiException.notFound();
        }
        requeue(List.of(deliveryId));
        entityManager.refresh(delivery);
        return view(delivery, List.of());
    }

    /** Every delivery since an instant (or every failed one) is tried again, oldest first. */
    @Transactional
    @SuppressWarnings("unchecked")
    public Replayed replayAll(UUID clientId, UUID id, ReplayInput input) {
        own(clientId, id);
        List<UUID> ids = entityManager.createNativeQuery("""
                SELECT id FROM partner_webhook_delivery
                WHERE webhook_id = :id AND created_at >= :since AND (status = 'FAILED' OR NOT :failedOnly)""")
                .setParameter("id", id).setParameter("since", Timestamp.from(input.since()))
                .setParameter("failedOnly", input.failedOnly()).getResultList();
        requeue(ids);
        return new Replayed(ids.size());
    }

    private void requeue(List<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        entityManager.createNativeQuery("""
                UPDATE partner_webhook_delivery SET status = 'PENDING', window_start = :now, next_attempt_at = :now
                WHERE id IN (:ids)""").setParameter("now", Timestamp.from(now)).setParameter("ids", ids).executeUpdate();
    }

    private static PartnerWebhook own(UUID clientId, UUID id) {
        PartnerWebhook webhook = PartnerWebhook.findById(id);
        if (webhook == null || !webhook.clientId.equals(clientId) || !webhook.active) {
            throw ApiException.notFound();
        }
        return webhook;
    }

    static WebhookView view(PartnerWebhook webhook) {
        return new WebhookView(webhook.id, webhook.url, webhook.events, webhook.offerView, webhook.active, webhook.createdAt);
    }

    private static DeliveryView view(WebhookDelivery delivery, List<AttemptView> attempts) {
        return new DeliveryView(delivery.id, delivery.eventType, delivery.status, delivery.attempts, delivery.createdAt,
                WebhookDelivery.PENDING.equals(delivery.status) ? delivery.nextAttemptAt : null, delivery.deliveredAt, attempts);
    }
}
