package org.elbasar.catalog.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A photo of an item, with its thumbnail, stored in the database with the item it belongs to. */
@Entity
@Table(name = "catalog_photo")
public class CatalogPhoto extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "item_id")
    public UUID itemId;

    public int position;

    @Column(name = "content_type")
    public String contentType;

    @Basic(fetch = FetchType.LAZY)
    public byte[] content;

    @Basic(fetch = FetchType.LAZY)
    public byte[] thumbnail;

    public int width;
    public int height;

    @Column(name = "created_at")
    public Instant createdAt;
}
