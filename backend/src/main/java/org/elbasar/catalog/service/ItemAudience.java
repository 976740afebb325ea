package org.elbasar.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;
import org.elbasar.catalog.domain.CatalogItem;
import org.elbasar.catalog.domain.ItemKind;
import org.elbasar.common.api.ApiException;
import org.elbasar.common.service.Caller;

/**
 * Who may see an offer or a request, the one rule for the item, its photos and every id of one received in a body:
 * everybody while it is listed (published, not hidden, not expired); otherwise its organisation and the staff only.
 * An item the caller may not see answers as one that does not exist. docs/visibility.md has the table.
 */
@ApplicationScoped
public class ItemAudience {

    private final Clock clock;

    public ItemAudience(Clock clock) {
        this.clock = clock;
    }

    /** Whether anybody, signed in or not, may see it (and shared caches keep it). */
    public boolean isPublic(CatalogItem item) {
        return item.isListed(clock.instant());
    }

    public boolean includes(CatalogItem item, Caller caller) {
        return isPublic(item) || caller.belongsTo(item.organisation.id) || caller.isStaff();
    }

    /** The item of a path, if the caller may see it; 404 otherwise. */
    public CatalogItem visible(ItemKind kind, UUID id, Caller caller) {
        CatalogItem item = find(kind, id);
        if (item == null || !includes(item, caller)) {
            throw ApiException.notFound();
        }
        return item;
    }

    /** The item an id of a body names, if the caller may see it; the same field error as an unknown id otherwise. */
    public CatalogItem referenced(UUID id, ItemKind kind, String field, Caller caller) {
        CatalogItem item = find(kind, id);
        if (item == null || !includes(item, caller)) {
            throw ApiException.invalid(field, "validation.unknown-item");
        }
        return item;
    }

    static CatalogItem find(ItemKind kind, UUID id) {
        // its organisation is always shown; category and territories come from the second-level cache
        CatalogItem item = CatalogItem.<CatalogItem>find("from CatalogItem i join fetch i.organisation where i.id = ?1", id)
                .firstResult();
        return item == null || item.kind != kind ? null : item;
    }
}
