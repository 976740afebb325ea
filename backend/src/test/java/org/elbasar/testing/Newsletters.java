package org.elbasar.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

/** Newsletter test data straight in SQL: when an organisation joined, an exchange story. */
@ApplicationScoped
public class Newsletters {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final EntityManager entityManager;

    public Newsletters(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public static Instant paris(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).atZone(PARIS).toInstant();
    }

    @Transactional
    public void joinedAt(UUID organisationId, Instant when) {
        entityManager.createNativeQuery("UPDATE organisation SET joined_at = :when WHERE id = :id")
                .setParameter("when", when).setParameter("id", organisationId).executeUpdate();
    }

    /** A confirmed exchange of that day, with a published testimonial when {@code testimonial} is not null. */
    @Transactional
    public UUID confirmedExchange(UUID provider, UUID beneficiary, Instant when, String description, String testimonial) {
        UUID id = UUID.randomUUID();
        entityManager.createNativeQuery("""
                INSERT INTO exchange (id, provider_id, beneficiary_id, declared_by_side, mode, occurred_on, description, channel,
                  amount_eur, status, confirmed_at, created_at, updated_at)
                VALUES (:id, :provider, :beneficiary, 'PROVIDER', 'SERVICE', CAST(:day AS date), :description, 'DIRECT', 300, 'CONFIRMED',
                  :when, :when, :when)""")
                .setParameter("id", id).setParameter("provider", provider).setParameter("beneficiary", beneficiary)
                .setParameter("day", when.atZone(PARIS).toLocalDate().toString()).setParameter("description", description)
                .setParameter("when", when).executeUpdate();
        if (testimonial != null) {
            entityManager.createNativeQuery("""
                    INSERT INTO testimonial (exchange_id, text, provider_consents, beneficiary_consents, updated_at, published_at)
                    VALUES (:id, :text, true, true, :when, :when)""")
                    .setParameter("id", id).setParameter("text", testimonial).setParameter("when", when).executeUpdate();
        }
        return id;
    }

    /** Declares an exchange born from a post of the day on an offer. */
    @Transactional
    public void exchangeFromPost(UUID provider, UUID beneficiary, UUID offerId, Instant when) {
        UUID id = confirmedExchange(provider, beneficiary, when, "Né de l'annonce du jour", null);
        entityManager.createNativeQuery("UPDATE exchange SET channel = 'POST_OF_THE_DAY', offer_id = :offer WHERE id = :id")
                .setParameter("offer", offerId).setParameter("id", id).executeUpdate();
    }
}
