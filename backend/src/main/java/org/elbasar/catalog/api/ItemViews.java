package org.elbasar.catalog.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.elbasar.catalog.domain.ItemKind;
import org.elbasar.catalog.domain.ItemMode;
import org.elbasar.catalog.domain.ItemStatus;
import org.elbasar.catalog.domain.PriceUnit;
import org.elbasar.catalog.domain.Reach;
import org.elbasar.member.api.TerritoryRef;

/** What the catalogue answers. */
public final class ItemViews {

    private ItemViews() {
    }

    @Schema(name = "CategoryRef")
    public record CategoryRef(@Schema(examples = "transport-vehicles") String code,
            @Schema(examples = "Véhicules et remorques") String name,
            @Schema(description = "The top category, for a sub-category") CategoryRef parent) {
    }

    @Schema(name = "Category", description = "A top category with its sub-categories")
    public record CategoryTree(String code, String name, List<CategoryRef> children) {
    }

    @Schema(name = "ItemOrganisation")
    public record OrganisationRef(UUID id, String name, TerritoryRef commune) {
    }

    @Schema(name = "Photo")
    public record PhotoView(UUID id, @Schema(examples = "/api/v1/photos/8c1f…") String url,
            @Schema(examples = "/api/v1/photos/8c1f…/thumbnail") String thumbnailUrl, int width, int height) {
    }

    @Schema(name = "ItemContact", description = "Given to signed-in members and staff only")
    public record Contact(String authorName, String email, String phone) {
    }

    @Schema(name = "Moderation", description = "Why an animator hid the item; shown to its organisation and staff")
    public record Moderation(Instant hiddenAt, String reason) {
    }

    @Schema(name = "Item", description = "An offer or a request")
    public record ItemDetail(
            UUID id,
            ItemKind kind,
            String title,
            String description,
            CategoryRef category,
            ItemMode mode,
            boolean market,
            BigDecimal price,
            PriceUnit priceUnit,
            boolean onQuote,
            BigDecimal indicativeValue,
            Reach reach,
            TerritoryRef reachTerritory,
            String availability,
            LocalDate neededBy,
            @Schema(description = "Partner purchasing platforms (Ceres) may show this market offer") boolean showOnCeres,
            ItemStatus status,
            Moderation moderation,
            Instant expiresAt,
            Instant publishedAt,
            Instant updatedAt,
            @Schema(description = "Version for If-Match (also sent as ETag)") int version,
            OrganisationRef organisation,
            List<PhotoView> photos,
            Contact contact,
            @Schema(description = "The caller may edit it (its organisation's people)") boolean editable) {
    }

    @Schema(name = "ItemSummary", description = "An offer or a request as listed")
    public record ItemSummary(
            UUID id,
            ItemKind kind,
            String title,
            @Schema(description = "The start of the description") String summary,
            CategoryRef category,
            ItemMode mode,
            boolean market,
            BigDecimal price,
            PriceUnit priceUnit,
            boolean onQuote,
            BigDecimal indicativeValue,
            Reach reach,
            TerritoryRef reachTerritory,
            LocalDate neededBy,
            ItemStatus status,
            boolean hidden,
            Instant publishedAt,
            Instant expiresAt,
            OrganisationRef organisation,
            String thumbnailUrl,
            @Schema(description = "Why an animator hid it (in the organisation's and staff's lists)") String moderationReason) {
    }

    @Schema(name = "FacetValue")
    public record FacetValue(@Schema(examples = "EQUIPMENT_LOAN") String value, @Schema(examples = "12") long count,
            @Schema(description = "The name of a département or an organisation (other values are codes)", examples = "Nord") String label) {
    }

    @Schema(name = "Facets", description = "Counts of the matching items by each filter's values: mode, market or not, "
            + "top category, sector, département where they are available (as the territory filter), and the 10 "
            + "organisations with most of them")
    public record Facets(List<FacetValue> mode, List<FacetValue> market, List<FacetValue> category, List<FacetValue> sector,
            List<FacetValue> departement, List<FacetValue> organisation) {
    }

    @Schema(name = "ItemSearchPage", description = "A page of matching items with facet counts and, when few match, a spelling suggestion")
    public record SearchPage(List<ItemSummary> items, long total, int page, int size, Facets facets,
            @Schema(description = "The query with likely typos corrected", examples = "remorque") String suggestion) {
    }

    @Schema(name = "ItemChange", description = "One change: who, when, what")
    public record Change(Instant occurredAt, UUID actorId, String actorName, String action, java.util.Map<String, Object> changes) {
    }
}
