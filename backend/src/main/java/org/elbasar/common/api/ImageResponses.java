package org.elbasar.common.api;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import org.elbasar.common.service.ServedImage;

/**
 * Item photos and event images, with caching that follows their audience: an image that can later be hidden is never
 * kept long, and every revalidation goes through the access check again (docs/visibility.md).
 */
public final class ImageResponses {

    /** Anybody may see it: shared caches keep it 5 minutes, then ask again, so a hidden image leaves them within 5 minutes. */
    static final String PUBLIC = "public, max-age=300, must-revalidate";
    /** Its organisation's or the staff's: no shared cache, and the browser asks again before each use. */
    static final String PRIVATE = "private, no-cache";

    private ImageResponses() {
    }

    /** The image, or 304 when the caller, who may still see it, holds it already. */
    public static Response of(ServedImage image, String ifNoneMatch) {
        EntityTag tag = new EntityTag(image.etag());
        String cache = image.isPublic() ? PUBLIC : PRIVATE;
        if (ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(",")).map(String::trim)
                .anyMatch(held -> held.equals(tag.toString()) || held.equals("W/" + tag) || held.equals("*"))) {
            return Response.notModified(tag).header(HttpHeaders.CACHE_CONTROL, cache).build();
        }
        return Response.ok(image.bytes(), image.contentType()).tag(tag).header(HttpHeaders.CACHE_CONTROL, cache).build();
    }
}
