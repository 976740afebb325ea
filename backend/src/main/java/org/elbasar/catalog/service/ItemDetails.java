package org.elbasar.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.elbasar.account.domain.Person;
import org.elbasar.catalog.api.ItemViews.Contact;
import org.elbasar.catalog.api.ItemViews.ItemDetail;
import org.elbasar.catalog.api.ItemViews.Moderation;
import org.elbasar.catalog.api.ItemViews.OrganisationRef;
import org.elbasar.catalog.api.ItemViews.PhotoView;
import org.elbasar.catalog.domain.CatalogItem;
import org.elbasar.catalog.domain.CatalogPhoto;
import org.elbasar.catalog.domain.Category;
import org.elbasar.common.service.Caller;
import org.elbasar.member.domain.Organisation;
import org.elbasar.member.service.OrganisationViews;

/** The full view of one item, with what the caller may see of it. */
@ApplicationScoped
public class ItemDetails {

    public ItemDetail of(CatalogItem item, Caller caller) {
        Category category = item.category;
        Category parent = category.parentCode == null ? null : Category.findById(category.parentCode);
        Organisation organisation = item.organisation;
        boolean own = caller.belongsTo(organisation.id);
        boolean insider = own || caller.isStaff();
        List<PhotoView> photos = CatalogPhoto.<CatalogPhoto>list("itemId = ?1 order by position", item.id).stream()
                .map(ItemDetails::photo).toList();
        return new ItemDetail(item.id, item.kind, item.title, item.description,
                CategoryService.ref(category, parent, caller.locale()),
                item.mode, item.market, item.price, item.priceUnit, item.onQuote, item.indicativeValue,
                item.reach, OrganisationViews.ref(item.reachTerritory), item.availability, item.neededBy, item.showOnCeres, item.status,
                insider && item.hiddenAt != null ? new Moderation(item.hiddenAt, item.hiddenReason) : null,
                item.expiresAt, item.publishedAt, item.updatedAt, item.version,
                new OrganisationRef(organisation.id, organisation.name, OrganisationViews.ref(organisation.commune)),
                photos,
                caller.seesContacts() || own ? contact(item, organisation) : null,
                own && caller.has("MEMBER"));
    }

    public static PhotoView photo(CatalogPhoto photo) {
        String url = "/api/v1/photos/" + photo.id;
        return new PhotoView(photo.id, url, url + "/thumbnail", photo.width, photo.height);
    }

    private static Contact contact(CatalogItem item, Organisation organisation) {
        Person author = item.authorId == null ? null : Person.findById(item.authorId);
        boolean authorStillThere = author != null && author.active && author.organisation != null
                && author.organisation.id.equals(organisation.id);
        return new Contact(authorStillThere ? author.fullName() : null,
                authorStillThere ? author.email : organisation.contactEmail, organisation.phone);
    }
}
