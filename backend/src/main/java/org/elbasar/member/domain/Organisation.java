package org.elbasar.member.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A member organisation (association, cooperative, social enterprise…) of the network. */
@Entity
public class Organisation extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_form")
    public LegalForm legalForm;

    public String siret;
    public String description;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> activities = new ArrayList<>();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commune_id")
    public Territory commune;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "organisation_sector",
            joinColumns = @JoinColumn(name = "organisation_id"),
            inverseJoinColumns = @JoinColumn(name = "sector_code"))
    @OrderBy("position")
    public Set<Sector> sectors = new LinkedHashSet<>();

    public String address;
    public String website;
    public String phone;

    @Column(name = "contact_email")
    public String contactEmail;

    @Enumerated(EnumType.STRING)
    public OrganisationStatus status;

    @Column(name = "rejection_reason")
    public String rejectionReason;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "joined_at")
    public Instant joinedAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;
}
