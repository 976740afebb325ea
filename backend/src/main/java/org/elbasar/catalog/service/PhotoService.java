package org.elbasar.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.elbasar.catalog.api.ItemViews.PhotoView;
import org.elbasar.catalog.domain.CatalogItem;
import org.elbasar.catalog.domain.CatalogPhoto;
import org.elbasar.catalog.domain.ItemKind;
import org.elbasar.common.api.ApiException;
import org.elbasar.common.service.Caller;

/**
 * Photos of items: JPEG or PNG, at most 5 MB and 5 per item. Each is decoded and re-encoded
 * (which drops its metadata, such as a phone's GPS position) at most 1600 px wide, with a 480 px thumbnail.
 */
@ApplicationScoped
public class PhotoService {

    static final long MAX_BYTES = 5L * 1024 * 1024;
    static final int MAX_PHOTOS = 5;
    private static final int MAX_SIDE = 1600;
    private static final int THUMBNAIL_SIDE = 480;

    /** A stored image: its bytes and media type. */
    public record Image(byte[] bytes, String contentType) {
    }

    private final ItemService items;
    private final Clock clock;

    public PhotoService(ItemService items, Clock clock) {
        this.items = items;
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
        byte[] bytes = read(upload);
        if (bytes.length > MAX_BYTES) {
            throw ApiException.withField(Status.REQUEST_ENTITY_TOO_LARGE, "validation", "file", "validation.photo-size");
        }
        String format = format(bytes);
        BufferedImage image = format == null ? null : decode(bytes);
        if (image == null) {
            throw ApiException.withField(Status.UNSUPPORTED_MEDIA_TYPE, "validation", "file", "validation.photo-type");
        }
        BufferedImage full = scale(image, MAX_SIDE, "png".equals(format));
        CatalogPhoto photo = new CatalogPhoto();
        photo.id = UUID.randomUUID();
        photo.itemId = item.id;
        photo.position = (int) count;
        photo.contentType = "image/" + ("png".equals(format) ? "png" : "jpeg");
        photo.content = encode(full, "png".equals(format) ? "png" : "jpg");
        photo.thumbnail = encode(scale(image, THUMBNAIL_SIDE, false), "jpg");
        photo.width = full.getWidth();
        photo.height = full.getHeight();
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

    @Transactional(Transactional.TxType.SUPPORTS)
    public Image image(UUID photoId, boolean thumbnail) {
        CatalogPhoto photo = CatalogPhoto.findById(photoId);
        if (photo == null) {
            throw ApiException.notFound();
        }
        return thumbnail ? new Image(photo.thumbnail, "image/jpeg") : new Image(photo.content, photo.contentType);
    }

    /** The caller's item, locked so that concurrent uploads cannot pass the limit or share a position. */
    private CatalogItem lockedForPhotos(ItemKind kind, UUID itemId, Caller caller) {
        CatalogItem item = items.owned(kind, itemId, caller);
        CatalogItem.getEntityManager().lock(item, LockModeType.PESSIMISTIC_WRITE);
        return item;
    }

    /** The format the bytes really are (not what the client said), by their signature. */
    static String format(byte[] bytes) {
        if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return "jpeg";
        }
        if (bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return "png";
        }
        return null;
    }

    private static byte[] read(Path upload) {
        try {
            return Files.readAllBytes(upload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static BufferedImage scale(BufferedImage source, int maxSide, boolean keepAlpha) {
        double ratio = Math.min(1.0, (double) maxSide / Math.max(source.getWidth(), source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * ratio));
        int height = Math.max(1, (int) Math.round(source.getHeight() * ratio));
        BufferedImage target = new BufferedImage(width, height, keepAlpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = target.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        if (!keepAlpha) {
            graphics.setColor(java.awt.Color.WHITE);
            graphics.fillRect(0, 0, width, height);
        }
        graphics.drawImage(source, 0, 0, width, height, null);
        graphics.dispose();
        return target;
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
