package org.elbasar.account.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.UUID;
import org.elbasar.member.domain.Organisation;

/** An emailed invitation to join an organisation; the link carries a secret whose hash is kept here. */
@Entity
public class Invitation extends PanacheEntityBase {

    /** Where an invitation stands, derived from its dates. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "InvitationStatus")
    public enum Status { PENDING, ACCEPTED, REVOKED, EXPIRED }

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;

    public String email;

    @Enumerated(EnumType.STRING)
    public OrganisationRole role;

    @Column(name = "token_hash")
    public String tokenHash;

    @Column(name = "invited_by")
    public UUID invitedBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "accepted_at")
    public Instant acceptedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    public Status status(Instant now) {
        if (acceptedAt != null) {
            return Status.ACCEPTED;
        }
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return now.isBefore(expiresAt) ? Status.PENDING : Status.EXPIRED;
    }
}
