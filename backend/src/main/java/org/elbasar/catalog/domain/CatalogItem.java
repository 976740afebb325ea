package org.elbasar.catalog.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.elbasar.member.domain.Organisation;
import org.elbasar.member.domain.Territory;

/** An offer or a request of a member organisation. */
@Entity
@Table(name = "catalog_item")
public class CatalogItem extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public ItemKind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;

    @Column(name = "author_id")
    public UUID authorId;

    public String title;
    public String description;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_code")
    public Category category;

    @Enumerated(EnumType.STRING)
    public ItemMode mode;

    public boolean market;

    public BigDecimal price;

    @Enumerated(EnumType.STRING)
    @Column(name = "price_unit")
    public PriceUnit priceUnit;

    @Column(name = "on_quote")
    public boolean onQuote;

    @Column(name = "show_on_ceres")
    public boolean showOnCeres;

    @Column(name = "indicative_value")
    public BigDecimal indicativeValue;

    @Enumerated(EnumType.STRING)
    public Reach reach;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reach_territory_id")
    public Territory reachTerritory;

    public String availability;

    @Column(name = "needed_by")
    public LocalDate neededBy;

    @Enumerated(EnumType.STRING)
    public ItemStatus status;

    @Column(name = "hidden_at")
    public Instant hiddenAt;

    @Column(name = "hidden_reason")
    public String hiddenReason;

    @Column(name = "hidden_by")
    public UUID hiddenBy;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "expiry_reminded_at")
    public Instant expiryRemindedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Version
    public int version;

    /** What everybody sees: published, not hidden by an animator, not past its expiry. */
    public boolean isListed(Instant now) {
        return status == ItemStatus.PUBLISHED && hiddenAt == null && now.isBefore(expiresAt);
    }
}
