package org.elbasar.catalog.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.elbasar.account.domain.Roles;
import org.elbasar.catalog.api.ItemViews.CategoryRef;
import org.elbasar.catalog.api.ItemViews.CategoryTree;
import org.elbasar.catalog.api.ItemViews.ItemDetail;
import org.elbasar.catalog.api.ItemViews.ItemSummary;
import org.elbasar.catalog.domain.ItemKind;
import org.elbasar.catalog.service.CatalogSearch;
import org.elbasar.catalog.service.CategoryService;
import org.elbasar.catalog.service.ItemService;
import org.elbasar.common.api.ApiException;
import org.elbasar.common.api.CurrentCaller;
import org.elbasar.common.api.Page;

/** Categories, one organisation's items, moderation, and the one-click extension link. */
@Path("/api/v1")
@Tag(name = "Catalogue")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogResource {

    private final CategoryService categories;
    private final CatalogSearch search;
    private final ItemService items;
    private final CurrentCaller caller;

    public CatalogResource(CategoryService categories, CatalogSearch search, ItemService items, CurrentCaller caller) {
        this.categories = categories;
        this.search = search;
        this.items = items;
        this.caller = caller;
    }

    @GET
    @Path("/categories")
    @PermitAll
    @Operation(operationId = "listCategories", summary = "The two-level list of catalogue categories, in the language asked for")
    public List<CategoryTree> listCategories() {
        return categories.tree(caller.locale());
    }

    @PUT
    @Path("/categories/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "saveCategory", summary = "Create or rename a category")
    public CategoryRef saveCategory(
            @PathParam("code") @Pattern(regexp = "^[a-z0-9-]{2,60}$") String code, @NotNull @Valid CategoryInput input) {
        return categories.save(code, input, caller.get());
    }

    @DELETE
    @Path("/categories/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteCategory", summary = "Delete a category no item or sub-category uses (409 otherwise)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "Items or sub-categories use it")
    public void deleteCategory(@PathParam("code") String code) {
        categories.delete(code, caller.get());
    }

    @GET
    @Path("/moderation/items")
    @RolesAllowed({ Roles.ANIMATOR, Roles.ADMIN })
    @Operation(operationId = "listHiddenItems", summary = "Items hidden by animators, latest first")
    public Page<ItemSummary> listHiddenItems(@QueryParam("kind") @NotNull ItemKind kind,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return search.hidden(kind, page, size, caller.locale());
    }

    @POST
    @Path("/catalog/extensions/{token}")
    @PermitAll
    @Operation(operationId = "extendItemByLink", summary = "Keep an item 90 more days from the link of its expiry reminder",
            description = "No sign-in; the link works once.")
    public ItemDetail extendItemByLink(@PathParam("token") String token) {
        return items.extendByLink(token, caller.get());
    }
}
