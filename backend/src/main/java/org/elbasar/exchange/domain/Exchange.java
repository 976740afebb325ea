package org.elbasar.exchange.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.elbasar.catalog.domain.ItemMode;

/** Something one member organisation gave another, declared by one side and confirmed by the other. */
@Entity
public class Exchange extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "provider_id")
    public UUID providerId;

    @Column(name = "beneficiary_id")
    public UUID beneficiaryId;

    @Enumerated(EnumType.STRING)
    @Column(name = "declared_by_side")
    public ExchangeSide declaredBySide;

    @Column(name = "declared_by")
    public UUID declaredBy;

    @Enumerated(EnumType.STRING)
    public ItemMode mode;

    @Column(name = "occurred_on")
    public LocalDate occurredOn;

    public String description;

    @Column(name = "offer_id")
    public UUID offerId;

    @Column(name = "request_id")
    public UUID requestId;

    @Column(name = "introduction_id")
    public UUID introductionId;

    /** The event where the parties met, when it was born there. */
    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "category_code")
    public String categoryCode;

    @Enumerated(EnumType.STRING)
    public OriginChannel channel;

    @Column(name = "amount_eur")
    public BigDecimal amountEur;

    @Enumerated(EnumType.STRING)
    @Column(name = "valuation_kind")
    public ValuationKind valuationKind;

    public BigDecimal hours;

    public Integer days;

    @Column(name = "declared_value_eur")
    public BigDecimal declaredValueEur;

    @Column(name = "value_eur")
    public BigDecimal valueEur;

    @Column(name = "rule_id")
    public Integer ruleId;

    @Enumerated(EnumType.STRING)
    public ExchangeStatus status;

    @Column(name = "confirmed_by")
    public UUID confirmedBy;

    @Column(name = "confirmed_on_behalf")
    public boolean confirmedOnBehalf;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;

    public UUID organisationOf(ExchangeSide side) {
        return side == ExchangeSide.PROVIDER ? providerId : beneficiaryId;
    }

    /** The side the organisation is on, or null when it is not a party. */
    public ExchangeSide sideOf(UUID organisationId) {
        if (organisationId == null) {
            return null;
        }
        return organisationId.equals(providerId) ? ExchangeSide.PROVIDER
                : organisationId.equals(beneficiaryId) ? ExchangeSide.BENEFICIARY : null;
    }
}
