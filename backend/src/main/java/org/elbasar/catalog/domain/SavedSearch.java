package org.elbasar.catalog.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A search a member saved: new matching items are sent to them in a daily digest. */
@Entity
@Table(name = "saved_search")
public class SavedSearch extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "person_id")
    public UUID personId;

    public String name;

    @Enumerated(EnumType.STRING)
    public ItemKind kind;

    @JdbcTypeCode(SqlTypes.JSON)
    public SearchCriteria criteria;

    @Column(name = "unsubscribe_token")
    public String unsubscribeToken;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "last_digest_at")
    public Instant lastDigestAt;

    public boolean active;
}
