package org.elbasar.event.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A convivial event: where and when, how many places, who organises it. */
@Entity
public class Event extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public EventKind kind;

    @Enumerated(EnumType.STRING)
    public EventStatus status;

    public String title;
    public String description;

    @Column(name = "territory_id")
    public String territoryId;

    public String venue;

    @Column(name = "online_url")
    public String onlineUrl;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    /** Null: no limit. */
    public Integer capacity;

    /** Null: registrations are open until the start. */
    @Column(name = "registration_deadline")
    public Instant registrationDeadline;

    @Column(name = "organiser_id")
    public UUID organiserId;

    @Column(name = "host_organisation_id")
    public UUID hostOrganisationId;

    /** Why it was rejected or cancelled. */
    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "reviewed_by")
    public UUID reviewedBy;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    /** When an animator published it (or approved the proposal); null for a proposal, even one cancelled or rejected. */
    @Column(name = "published_at")
    public Instant publishedAt;

    @Basic(fetch = FetchType.LAZY)
    public byte[] image;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "image_thumbnail")
    public byte[] imageThumbnail;

    @Column(name = "image_type")
    public String imageType;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;

    /** Until when people may register. */
    public Instant registrationCloses() {
        return registrationDeadline != null ? registrationDeadline : startsAt;
    }

    /**
     * Whether everybody may see it, its image and its .ics, and feeds carry it: once published, also after its
     * cancellation, which calendars must hear about. {@link org.elbasar.event.service.Events#PUBLIC} says the same in SQL.
     */
    public boolean isPublic() {
        return publishedAt != null && (status == EventStatus.PUBLISHED || status == EventStatus.CANCELLED);
    }

    public boolean organisedBy(UUID personId) {
        return organiserId.equals(personId);
    }
}
