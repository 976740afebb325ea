package org.elbasar.catalog.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.elbasar.account.domain.Roles;
import org.elbasar.catalog.api.ItemForms.HideRequest;
import org.elbasar.catalog.api.ItemViews.Change;
import org.elbasar.catalog.api.ItemViews.ItemDetail;
import org.elbasar.catalog.api.ItemViews.PhotoView;
import org.elbasar.catalog.api.ItemViews.SearchPage;
import org.elbasar.catalog.domain.ItemMode;
import org.elbasar.catalog.domain.SearchCriteria;
import org.elbasar.catalog.service.CatalogSearch;
import org.elbasar.catalog.service.ItemService;
import org.elbasar.catalog.service.ItemService.Action;
import org.elbasar.catalog.service.PhotoService;
import org.elbasar.common.api.CurrentCaller;
import org.elbasar.common.api.ETags;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Offers (/api/v1/offers) and requests (/api/v1/requests): the same operations on both. */
@Path("/api/v1/" + KindPath.PATTERN)
@Tag(name = "Catalogue")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ItemResource {

    /** The filters of a catalogue search, as query parameters. */
    public static class SearchParameters {
        @QueryParam("q") @Size(max = 200)
        @Parameter(description = "Words, French full-text (accents, case and plurals ignored)", example = "pret remorque")
        public String q;

        @QueryParam("market") @Parameter(description = "true: market exchanges only; false: non-market only")
        public Boolean market;

        @QueryParam("mode")
        public ItemMode mode;

        @QueryParam("category") @Size(max = 60) @Parameter(description = "Category code; a top category includes its sub-categories")
        public String category;

        @QueryParam("territory") @Size(max = 40)
        @Parameter(description = "Commune, EPCI or département id: items available there", example = "commune:59350")
        public String territory;

        @QueryParam("organisation") @Parameter(description = "Organisation id")
        public UUID organisation;

        @QueryParam("sector") @Size(max = 40) @Parameter(description = "Sector code of the publishing organisation")
        public String sector;

        @QueryParam("sort") @DefaultValue("relevance") @Pattern(regexp = "relevance|date")
        public String sort;

        @QueryParam("page") @DefaultValue("0") @Min(0) @Max(CatalogSearch.BROWSABLE - 1)
        @Parameter(description = "Zero-based. Only the first " + CatalogSearch.BROWSABLE + " results of a search can be paged through "
                + "(`(page + 1) × size` at most that): a page beyond is a field error on `page`, asking to narrow the search")
        public int page;

        @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100)
        public int size;

        SearchCriteria criteria() {
            return new SearchCriteria(q, market, mode, category, territory, organisation, sector);
        }
    }

    private final ItemService items;
    private final CatalogSearch search;
    private final PhotoService photos;
    private final CurrentCaller caller;

    public ItemResource(ItemService items, CatalogSearch search, PhotoService photos, CurrentCaller caller) {
        this.items = items;
        this.search = search;
        this.photos = photos;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Operation(operationId = "searchItems", summary = "Search published offers or requests",
            description = "French full-text search with filters, facet counts for each filter, and a spelling suggestion when few items match.")
    public SearchPage searchItems(@PathParam("kind") @Parameter(schema = @Schema(enumeration = { "offers", "requests" }, type = SchemaType.STRING)) String kind,
            @Valid @BeanParam SearchParameters parameters) {
        return search.search(caller.get().personId(), KindPath.kind(kind), parameters.criteria(),
                CatalogSearch.Sort.valueOf(parameters.sort.toUpperCase()), parameters.page, parameters.size, caller.locale());
    }

    @POST
    @RolesAllowed(Roles.MEMBER)
    @Operation(operationId = "createItem", summary = "Write a draft offer or request for one's organisation",
            description = "It is published by the publish action. A price on a non-market mode, or none on a market mode, is a field error.")
    @APIResponse(responseCode = "201", description = "The draft", content = @Content(schema = @Schema(implementation = ItemDetail.class)))
    public Response createItem(@PathParam("kind") @Parameter(schema = @Schema(enumeration = { "offers", "requests" }, type = SchemaType.STRING)) String kind, @NotNull @Valid ItemInput input) {
        return tagged(Response.status(Response.Status.CREATED), items.create(KindPath.kind(kind), input, caller.get()));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getItem", summary = "An offer or a request",
            description = "Published ones are public; drafts and hidden ones only for their organisation and staff. The author's contact is for signed-in members.")
    @APIResponse(responseCode = "200", description = "The item", headers = @Header(name = "ETag", description = "Its version, for If-Match"),
            content = @Content(schema = @Schema(implementation = ItemDetail.class)))
    public Response getItem(@PathParam("kind") @Parameter(schema = @Schema(enumeration = { "offers", "requests" }, type = SchemaType.STRING)) String kind, @PathParam("id") UUID id) {
        return tagged(Response.ok(), items.get(KindPath.kind(kind), id, caller.get()));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.MEMBER)
    @Operation(operationId = "updateItem", summary = "Rewrite an item of one's organisation",
            description = "Needs If-Match with the ETag last read: 428 without it, 412 when someone changed it meanwhile.")
    @APIResponse(responseCode = "200", description = "The item", content = @Content(schema = @Schema(implementation = ItemDetail.class)))
    @APIResponse(responseCode = "412", description = "Changed by someone else since it was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response updateItem(@PathParam("kind") @Parameter(schema = @Schema(enumeration = { "offers", "requests" }, type = SchemaType.STRING)) String kind, @PathParam("id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag last read", example = "\"3\"") String ifMatch,
            @NotNull @Valid ItemInput input) {
        return tagged(Response.ok(), items.update(KindPath.kind(kind), id, ETags.version(ifMatch), input, caller.get()));
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed(Roles.MEMBER)
    @APIResponse(responseCode = "200", description = "The item", content = @Content(schema = @Schema(implementation = ItemDetail.class)))
    @Operation(operationId = "publishItem", summary = "Publish a draft, withdrawn or expired item")
    @APIResponse(responseCode = "409", description = "Not possible in its current state")
    public Response publishItem(@PathParam("kind") @Parameter(schema = @Schema(enumeration = { "offers", "requests" }, type = SchemaType.STRING)) String kind, @PathParam("id") UUID id) {
        return act(kind, id, Action.PUBLISH);
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed(Roles.MEMBER)
    @APIResponse(responseCode = "200", description = "The item", content = @Content(schema = @Schema(implementation = ItemDetail.class)))
    @Operation(operationId = "withdrawItem", summary = "Take a published item out of the catalogue")
    @APIResponse(responseCode = "409", description = "Not possible in its current state")
    public Response withdrawItem(@PathParam("kind") @Parameter(schema = @Schema(enumeration = { "offers", "requests" }, type = SchemaType.STRING)) String kind, @PathParam("id") UUID id) {
        return act(kind, id, Action.WITHDRAW);
    }

    @POST
    @Path("/{id}/fulfil")
    @RolesAllowed(Roles.MEMBER)
    @APIResponse(responseCode = "200", description = "The item", content = @Content(schema = @Schema(implementation = ItemDetail.class)))
    @Operation(operationId = "fulfilItem", summary = "Mark an item fulfilled (the exchange happened)")
    @APIResponse(responseCode = "409", description = "Not possible in its current state")
    public Response fulfilItem(@PathParam("kind") @Parameter(schema = @Schema(enumeration = { "offers", "requests" }, type = SchemaType.STRING)) String kind, @PathParam("id") UUID id) {
        return act(kind, id, Action.FULFIL);
    }

    @POST
    @Path("/{id}/extend")
    @RolesAllowed(Roles.MEMBER)
    @APIResponse(responseCode = "200", description = "The item", content = @Content(schema = @Schema(implementation = ItemDetail.class)))
    @Operation(operationId = "extendItem", summary = "Keep an item 90 more days in the catalogue (an expired one comes back)")
    @APIResponse(responseCode = "409", description = "Not possible in its current state")
    public Response extendItem(@PathParam("kind") @Parameter(schema = @Schema(enumeration = { "offers", "requests" }, type = SchemaType.STRING)) String kind, @PathParam("id") UUID id) {
        return act(kind, id, Action.EXTEND);
    }

    @POST
    @Path("/{id}/hide")
    @RolesAllowed({ Roles.ANIMATOR, Roles.ADMIN })
    @Operation(operationId = "hideItem", summary = "Hide an item from the catalogue, with a reason emailed to its author")
    @APIResponse(responseCode = "409", description = "Already hidden")
    @APIResponse(responseCode = "200", description = "The item, hidden", content = @Content(schema = @Schema(implementation = ItemDetail.class)))
    public ItemDetail hideItem(@PathParam("kind") @Parameter(schema = @Schema(enumeration = { "offers", "requests" }, type = SchemaType.STRING)) String kind, @PathParam("id") UUID id, @NotNull @Valid HideRequest request) {
        return items.hide(KindPath.kind(kind), id, request.reason(), caller.get());
    }

    @POST
    @Path("/{id}/restore")
    @RolesAllowed({ Roles.ANIMATOR, Roles.ADMIN })
    @Operation(operationId = "restoreItem", summary = "Show a hidden item again")
    @APIResponse(responseCode = "409", description = "Not hidden")
    @APIResponse(responseCode = "200", description = "The item, shown again", content = @Content(schema = @Schema(implementation = ItemDetail.class)))
    public ItemDetail restoreItem(@PathParam("kind") @Parameter(schema = @Schema(enumeration = { "offers", "requests" }, type = SchemaType.STRING)) String kind, @PathParam("id") UUID id) {
        return items.restore(KindPath.kind(kind), id, caller.get());
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({ Roles.MEMBER, Roles.ANIMATOR, Roles.ADMIN })
    @Operation(operationId = "getItemHistory", summary = "Every change of an item: who, when, what",
            description = "For its organisation and staff.")
    public List<Change> getItemHistory(@PathParam("kind") @Parameter(schema = @Schema(enumeration = { "offers", "requests" }, type = SchemaType.STRING)) String kind, @PathParam("id") UUID id) {
        return items.history(KindPath.kind(kind), id, caller.get());
    }

    @POST
    @Path("/{id}/photos")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.MEMBER)
    @Operation(operationId = "addItemPhoto", summary = "Add a photo (JPEG or PNG, 5 MB and 5 photos at most)",
            description = "The photo is re-encoded (its metadata removed) and a thumbnail is made.")
    @APIResponse(responseCode = "201", description = "The photo", content = @Content(schema = @Schema(implementation = PhotoView.class)))
    @APIResponse(responseCode = "413", description = "Larger than 5 MB")
    @APIResponse(responseCode = "415", description = "Not a JPEG or PNG image")
    public Response addItemPhoto(@PathParam("kind") @Parameter(schema = @Schema(enumeration = { "offers", "requests" }, type = SchemaType.STRING)) String kind, @PathParam("id") UUID id,
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file) {
        PhotoView photo = photos.add(KindPath.kind(kind), id, file == null ? null : file.uploadedFile(), caller.get());
        return Response.status(Response.Status.CREATED).entity(photo).build();
    }

    @DELETE
    @Path("/{id}/photos/{photoId}")
    @RolesAllowed(Roles.MEMBER)
    @Operation(operationId = "deleteItemPhoto", summary = "Remove a photo")
    @APIResponse(responseCode = "204", description = "Removed")
    public void deleteItemPhoto(@PathParam("kind") @Parameter(schema = @Schema(enumeration = { "offers", "requests" }, type = SchemaType.STRING)) String kind, @PathParam("id") UUID id, @PathParam("photoId") UUID photoId) {
        photos.delete(KindPath.kind(kind), id, photoId, caller.get());
    }

    private Response act(String kind, UUID id, Action action) {
        return tagged(Response.ok(), items.act(KindPath.kind(kind), id, action, caller.get()));
    }

    private static Response tagged(Response.ResponseBuilder builder, ItemDetail item) {
        return builder.entity(item).tag(new EntityTag(Integer.toString(item.version()))).build();
    }
}
