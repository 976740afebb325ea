package org.elbasar.partner.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A partner platform's credentials: its scopes, its rate limit and the hash of its secret. */
@Entity
@Table(name = "partner_client")
public class PartnerClient extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    @Column(name = "contact_email")
    public String contactEmail;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> scopes;

    @Column(name = "requests_per_minute")
    public int requestsPerMinute;

    @Column(name = "secret_hash")
    public String secretHash;

    @Column(name = "secret_rotated_at")
    public Instant secretRotatedAt;

    public boolean active;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public UUID createdBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;
}
