package org.elbasar.hotline.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A "did an exchange happen?" email sent to one party, and its single-use answer. */
@Entity
@Table(name = "follow_up")
public class FollowUp extends PanacheEntityBase {

    @Id
    @Column(name = "token_hash")
    public String tokenHash;

    @Column(name = "introduction_id")
    public UUID introductionId;

    @Enumerated(EnumType.STRING)
    public Side side;

    @Column(name = "round_days")
    public int roundDays;

    @Column(name = "recipient_id")
    public UUID recipientId;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Enumerated(EnumType.STRING)
    public FollowUpAnswer answer;

    @Column(name = "answered_at")
    public Instant answeredAt;
}
