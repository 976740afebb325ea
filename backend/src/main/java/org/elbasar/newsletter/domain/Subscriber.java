package org.elbasar.newsletter.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Someone outside the network who asked for the newsletter; they receive it once they confirm. */
@Entity
@Table(name = "newsletter_subscriber")
public class Subscriber extends PanacheEntityBase {

    public enum Status {
        PENDING, CONFIRMED, UNSUBSCRIBED
    }

    @Id
    public UUID id;

    public String email;
    public String locale;

    @Enumerated(EnumType.STRING)
    public Status status;

    public String token;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    @Column(name = "unsubscribed_at")
    public Instant unsubscribedAt;
}
