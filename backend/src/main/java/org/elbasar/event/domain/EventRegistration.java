package org.elbasar.event.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Generated;

/** A person's place at an event, or their place in its waiting list. */
@Entity
@Table(name = "event_registration")
public class EventRegistration extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "person_id")
    public UUID personId;

    @Column(name = "organisation_id")
    public UUID organisationId;

    @Enumerated(EnumType.STRING)
    public RegistrationStatus status;

    /** Arrival order, given by the database while the event's row is locked. */
    @Generated
    @Column(insertable = false, updatable = false)
    public Long arrival;

    @Column(name = "registered_at")
    public Instant registeredAt;

    @Column(name = "promoted_at")
    public Instant promotedAt;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "checked_in_at")
    public Instant checkedInAt;

    @Column(name = "checked_in_by")
    public UUID checkedInBy;

    @Column(name = "reminded_at")
    public Instant remindedAt;
}
