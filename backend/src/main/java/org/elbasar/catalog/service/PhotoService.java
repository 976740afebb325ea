package org.elbasar.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.elbasar.catalog.api.ItemViews.PhotoView;
import org.elbasar.catalog.domain.CatalogItem;
import org.elbasar.catalog.domain.CatalogPhoto;
import org.elbasar.catalog.domain.ItemKind;
import org.elbasar.common.api.ApiException;
import org.elbasar.common.service.Caller;
import org.elbasar.common.service.Pictures;
import org.elbasar.common.service.Pictures.Picture;
import org.elbasar.common.service.ServedImage;

/** Photos of items: at most 5 per item, each read as {@link Pictures} says. */
@ApplicationScoped
public class PhotoService {

    static final int MAX_PHOTOS = 5;

    private final ItemService items;
    private final ItemAudience audience;
    private final Clock clock;

    public PhotoService(ItemService items, ItemAudience audience, Clock clock) {
        this.items = items;
        this.audience = audience;
        this.clock = clock;
    }

    @Transactional
    public PhotoView add(ItemKind kind, UUID itemId, Path upload, Caller caller) {
        CatalogItem item = lockedForPhotos(kind, itemId, caller);
        if (upload == null) {
            throw ApiException.invalid("file", "validation.photo-missing");
        }
        long count = CatalogPhoto.count("itemId", itemId);
        if (count >= MAX_PHOTOS) {
            throw ApiException.invalid("file", "validation.photo-count");
        }
        Picture picture = Pictures.read(upload);
        CatalogPhoto photo = new CatalogPhoto();
        photo.id = UUID.randomUUID();
        photo.itemId = item.id;
        photo.position = (int) count;
        photo.contentType = picture.contentType();
        photo.content = picture.content();
        photo.thumbnail = picture.thumbnail();
        photo.width = picture.width();
        photo.height = picture.height();
        photo.createdAt = clock.instant();
        photo.persist();
        items.record(item, caller, "photo-added", Map.of("photo", photo.id.toString()));
        return ItemDetails.photo(photo);
    }

    @Transactional
    public void delete(ItemKind kind, UUID itemId, UUID photoId, Caller caller) {
        CatalogItem item = lockedForPhotos(kind, itemId, caller);
        CatalogPhoto photo = CatalogPhoto.findById(photoId);
        if (photo == null || !photo.itemId.equals(itemId)) {
            throw ApiException.notFound();
        }
        photo.delete();
        CatalogPhoto.update("position = position - 1 where itemId = ?1 and position > ?2", itemId, photo.position);
        items.record(item, caller, "photo-removed", Map.of("photo", photoId.toString()));
    }

    /** A photo or its thumbnail, for those who may see its item. A photo never changes: a new one gets a new id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ServedImage image(UUID photoId, boolean thumbnail, Caller caller) {
        CatalogPhoto photo = CatalogPhoto.findById(photoId);
        CatalogItem item = photo == null ? null : CatalogItem.findById(photo.itemId);
        if (item == null || !audience.includes(item, caller)) {
            throw ApiException.notFound();
        }
        boolean isPublic = audience.isPublic(item);
        return thumbnail ? new ServedImage(photo.thumbnail, "image/jpeg", photoId + "-thumbnail", isPublic)
                : new ServedImage(photo.content, photo.contentType, photoId.toString(), isPublic);
    }

    /** The caller's item, locked so that concurrent uploads cannot pass the limit or share a position. */
    private CatalogItem lockedForPhotos(ItemKind kind, UUID itemId, Caller caller) {
        CatalogItem item = items.owned(kind, itemId, caller);
        CatalogItem.getEntityManager().lock(item, LockModeType.PESSIMISTIC_WRITE);
        return item;
    }
}
