package org.elbasar.partner.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One event for one subscription in the outbox, until delivered or given up after 24 hours. */
@Entity
@Table(name = "partner_webhook_delivery")
public class WebhookDelivery extends PanacheEntityBase {

    public static final String PENDING = "PENDING";
    public static final String DELIVERED = "DELIVERED";
    public static final String FAILED = "FAILED";

    @Id
    public UUID id;

    @Column(name = "webhook_id")
    public UUID webhookId;

    @Column(name = "event_type")
    public String eventType;

    public String payload;

    public String status;

    public int attempts;

    @Column(name = "window_start")
    public Instant windowStart;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @Column(name = "last_status_code")
    public Integer lastStatusCode;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at")
    public Instant createdAt;
}
