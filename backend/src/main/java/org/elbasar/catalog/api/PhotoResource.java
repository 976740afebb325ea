package org.elbasar.catalog.api;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.elbasar.catalog.service.PhotoService;

/** Photo files. A photo never changes (a new one gets a new id), so browsers may keep it for a year. */
@Path("/api/v1/photos/{photoId}")
@Tag(name = "Catalogue")
public class PhotoResource {

    private static final CacheControl FOREVER = CacheControl.valueOf("public, max-age=31536000, immutable");

    private final PhotoService photos;

    public PhotoResource(PhotoService photos) {
        this.photos = photos;
    }

    @GET
    @PermitAll
    @Produces({ "image/jpeg", "image/png" })
    @Operation(operationId = "getPhoto", summary = "A photo, at most 1600 px wide")
    @APIResponse(responseCode = "200", description = "The image", content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response getPhoto(@PathParam("photoId") UUID photoId) {
        return image(photos.image(photoId, false));
    }

    @GET
    @Path("/thumbnail")
    @PermitAll
    @Produces("image/jpeg")
    @Operation(operationId = "getPhotoThumbnail", summary = "A photo's thumbnail, at most 480 px wide")
    @APIResponse(responseCode = "200", description = "The image", content = @Content(mediaType = "image/jpeg",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response getPhotoThumbnail(@PathParam("photoId") UUID photoId) {
        return image(photos.image(photoId, true));
    }

    private static Response image(PhotoService.Image image) {
        return Response.ok(image.bytes(), image.contentType()).cacheControl(FOREVER).build();
    }
}
