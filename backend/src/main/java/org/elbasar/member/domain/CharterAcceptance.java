package org.elbasar.member.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Who accepted which version of the charter, for which organisation, and when. */
@Entity
@Table(name = "charter_acceptance")
public class CharterAcceptance extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "person_id")
    public UUID personId;

    @Column(name = "organisation_id")
    public UUID organisationId;

    @Column(name = "charter_version")
    public int charterVersion;

    @Column(name = "accepted_at")
    public Instant acceptedAt;
}
