package org.elbasar.exchange.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The agreement attached to an exchange: its terms, the text made from them, and each side's acceptance. */
@Entity
@Table(name = "cooperation_agreement")
public class CooperationAgreement extends PanacheEntityBase {

    @Id
    @Column(name = "exchange_id")
    public UUID exchangeId;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> terms;

    public String text;

    public String sha256;

    @Column(name = "drafted_by")
    public UUID draftedBy;

    @Column(name = "drafted_at")
    public Instant draftedAt;

    @Column(name = "provider_accepted_by")
    public UUID providerAcceptedBy;

    @Column(name = "provider_accepted_at")
    public Instant providerAcceptedAt;

    @Column(name = "beneficiary_accepted_by")
    public UUID beneficiaryAcceptedBy;

    @Column(name = "beneficiary_accepted_at")
    public Instant beneficiaryAcceptedAt;

    @Column(name = "frozen_at")
    public Instant frozenAt;

    @Version
    public int version;

    public void accept(ExchangeSide side, UUID personId, Instant at) {
        if (side == ExchangeSide.PROVIDER) {
            providerAcceptedBy = personId;
            providerAcceptedAt = at;
        } else {
            beneficiaryAcceptedBy = personId;
            beneficiaryAcceptedAt = at;
        }
        if (providerAcceptedAt != null && beneficiaryAcceptedAt != null) {
            frozenAt = at;
        }
    }
}
