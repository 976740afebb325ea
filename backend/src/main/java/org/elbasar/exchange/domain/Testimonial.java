package org.elbasar.exchange.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** What the parties say of an exchange; public only while both sides agree. */
@Entity
public class Testimonial extends PanacheEntityBase {

    @Id
    @Column(name = "exchange_id")
    public UUID exchangeId;

    public String text;

    @Column(name = "written_by")
    public UUID writtenBy;

    @Column(name = "provider_consents")
    public boolean providerConsents;

    @Column(name = "beneficiary_consents")
    public boolean beneficiaryConsents;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    public void consent(ExchangeSide side, boolean consents) {
        if (side == ExchangeSide.PROVIDER) {
            providerConsents = consents;
        } else {
            beneficiaryConsents = consents;
        }
    }
}
