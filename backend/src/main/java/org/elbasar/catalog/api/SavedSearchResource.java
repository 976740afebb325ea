package org.elbasar.catalog.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.elbasar.account.domain.Roles;
import org.elbasar.catalog.api.ItemForms.SavedSearchInput;
import org.elbasar.catalog.api.ItemForms.SavedSearchView;
import org.elbasar.catalog.api.ItemViews.SearchPage;
import org.elbasar.catalog.service.SavedSearchService;
import org.elbasar.common.api.CurrentCaller;

@Path("/api/v1/saved-searches")
@Tag(name = "Saved searches")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SavedSearchResource {

    private final SavedSearchService savedSearches;
    private final CurrentCaller caller;

    public SavedSearchResource(SavedSearchService savedSearches, CurrentCaller caller) {
        this.savedSearches = savedSearches;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.MEMBER, Roles.ANIMATOR, Roles.ADMIN })
    @Operation(operationId = "listSavedSearches", summary = "One's saved searches")
    public List<SavedSearchView> listSavedSearches() {
        return savedSearches.mine(caller.get());
    }

    @POST
    @RolesAllowed({ Roles.MEMBER, Roles.ANIMATOR, Roles.ADMIN })
    @Operation(operationId = "saveSearch", summary = "Save a search: new matching items come in a daily email digest")
    @APIResponse(responseCode = "201", description = "Saved", content = @Content(schema = @Schema(implementation = SavedSearchView.class)))
    public Response saveSearch(@NotNull @Valid SavedSearchInput input) {
        return Response.status(Response.Status.CREATED).entity(savedSearches.save(input, caller.get())).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.MEMBER, Roles.ANIMATOR, Roles.ADMIN })
    @Operation(operationId = "deleteSavedSearch", summary = "Delete one's saved search")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteSavedSearch(@PathParam("id") UUID id) {
        savedSearches.delete(id, caller.get());
    }

    @GET
    @Path("/{id}/matches")
    @RolesAllowed({ Roles.MEMBER, Roles.ANIMATOR, Roles.ADMIN })
    @Operation(operationId = "listSavedSearchMatches", summary = "The latest items matching one's saved search")
    public SearchPage listSavedSearchMatches(@PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return savedSearches.matches(id, page, size, caller.get());
    }

    @POST
    @Path("/unsubscribe")
    @Consumes(MediaType.WILDCARD)
    @PermitAll
    @Operation(operationId = "unsubscribeSavedSearch", summary = "Stop a saved search's digest: one click, no sign-in (RFC 8058)",
            description = "The link of every digest email; mail clients POST `List-Unsubscribe=One-Click` to it.")
    @APIResponse(responseCode = "204", description = "No more digests for this search")
    @APIResponse(responseCode = "404", description = "Unknown link")
    public void unsubscribeSavedSearch(@QueryParam("token") @NotBlank String token) {
        savedSearches.unsubscribe(token);
    }
}
