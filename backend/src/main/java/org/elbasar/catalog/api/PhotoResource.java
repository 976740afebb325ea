package org.elbasar.catalog.api;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.elbasar.catalog.service.PhotoService;
import org.elbasar.common.api.CurrentCaller;
import org.elbasar.common.api.ImageResponses;

/** Photo files, for whoever may see their item; caches keep them as long as that audience allows (docs/visibility.md). */
@Path("/api/v1/photos/{photoId}")
@Tag(name = "Catalogue")
public class PhotoResource {

    private static final String AUDIENCE = "Served to whoever may see its item: everybody while the item is listed (then cached "
            + "5 minutes at most), otherwise its organisation and the staff only (private, revalidated at each use).";

    private final PhotoService photos;
    private final CurrentCaller caller;

    public PhotoResource(PhotoService photos, CurrentCaller caller) {
        this.photos = photos;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Produces({ "image/jpeg", "image/png" })
    @Operation(operationId = "getPhoto", summary = "A photo, at most 1600 px wide", description = AUDIENCE)
    @APIResponse(responseCode = "200", description = "The image", content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag given in If-None-Match, and still visible to the caller")
    @APIResponse(responseCode = "404", description = "No such photo, or its item is not visible to the caller")
    public Response getPhoto(@PathParam("photoId") UUID photoId,
            @HeaderParam("If-None-Match") @Parameter(description = "The ETag of the image last fetched") String ifNoneMatch) {
        return ImageResponses.of(photos.image(photoId, false, caller.get()), ifNoneMatch);
    }

    @GET
    @Path("/thumbnail")
    @PermitAll
    @Produces("image/jpeg")
    @Operation(operationId = "getPhotoThumbnail", summary = "A photo's thumbnail, at most 480 px wide", description = AUDIENCE)
    @APIResponse(responseCode = "200", description = "The image", content = @Content(mediaType = "image/jpeg",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag given in If-None-Match, and still visible to the caller")
    @APIResponse(responseCode = "404", description = "No such photo, or its item is not visible to the caller")
    public Response getPhotoThumbnail(@PathParam("photoId") UUID photoId,
            @HeaderParam("If-None-Match") @Parameter(description = "The ETag of the image last fetched") String ifNoneMatch) {
        return ImageResponses.of(photos.image(photoId, true, caller.get()), ifNoneMatch);
    }
}
