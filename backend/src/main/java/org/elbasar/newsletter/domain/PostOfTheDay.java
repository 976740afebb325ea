package org.elbasar.newsletter.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The platform's proposal for the day's social-media post, and what the animators made of it. */
@Entity
@Table(name = "post_of_the_day")
public class PostOfTheDay extends PanacheEntityBase {

    public enum Status {
        PROPOSED, ACCEPTED, SKIPPED
    }

    public enum Kind {
        OFFER, REQUEST, EVENT
    }

    @Id
    public UUID id;

    public LocalDate day;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind")
    public Kind kind;

    @Column(name = "item_id")
    public UUID itemId;

    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "organisation_id")
    public UUID organisationId;

    @Column(name = "departement_id")
    public String departementId;

    public String mode;
    public String text;

    @Column(name = "image_url")
    public String imageUrl;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "decided_by")
    public UUID decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    public UUID subjectId() {
        return itemId != null ? itemId : eventId;
    }
}
