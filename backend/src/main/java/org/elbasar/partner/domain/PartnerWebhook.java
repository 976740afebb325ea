package org.elbasar.partner.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A partner's subscription: where to POST which events, signed with its secret. */
@Entity
@Table(name = "partner_webhook")
public class PartnerWebhook extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "client_id")
    public UUID clientId;

    public String url;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> events;

    @Enumerated(EnumType.STRING)
    @Column(name = "offer_view")
    public OfferView offerView;

    public String secret;

    public boolean active;

    @Column(name = "created_at")
    public Instant createdAt;
}
