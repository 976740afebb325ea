package org.elbasar.hotline.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A requester put in touch with a provider, about a request, an offer, or both. */
@Entity
public class Introduction extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "request_id")
    public UUID requestId;

    @Column(name = "offer_id")
    public UUID offerId;

    @Column(name = "requester_id")
    public UUID requesterId;

    @Column(name = "provider_id")
    public UUID providerId;

    @Column(name = "category_code")
    public String categoryCode;

    @Column(name = "created_by")
    public UUID createdBy;

    public String message;

    @Enumerated(EnumType.STRING)
    public IntroductionStatus status;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "responded_at")
    public Instant respondedAt;

    @Column(name = "outcome_at")
    public Instant outcomeAt;

    @Version
    public int version;

    public UUID organisationOf(Side side) {
        return side == Side.REQUESTER ? requesterId : providerId;
    }

    public boolean involves(UUID organisationId) {
        return organisationId != null && (organisationId.equals(requesterId) || organisationId.equals(providerId));
    }
}
