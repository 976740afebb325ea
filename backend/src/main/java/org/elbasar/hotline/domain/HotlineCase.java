package org.elbasar.hotline.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A request as the hotline follows it; keyed by the request's item id. */
@Entity
@Table(name = "hotline_case")
public class HotlineCase extends PanacheEntityBase {

    @Id
    @Column(name = "request_id")
    public UUID requestId;

    @Enumerated(EnumType.STRING)
    public CaseStatus status;

    @Enumerated(EnumType.STRING)
    public NeedChannel channel;

    @Column(name = "requested_by")
    public UUID requestedBy;

    @Column(name = "entered_by")
    public UUID enteredBy;

    @Column(name = "assignee_id")
    public UUID assigneeId;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "first_introduction_at")
    public Instant firstIntroductionAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;
}
