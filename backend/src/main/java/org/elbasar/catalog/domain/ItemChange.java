package org.elbasar.catalog.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One change to an item: who, when, what (the changed fields with their old and new values). */
@Entity
@Table(name = "catalog_item_change")
public class ItemChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "item_id")
    public UUID itemId;

    @Column(name = "actor_id")
    public UUID actorId;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    public String action;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> changes;
}
