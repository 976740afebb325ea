package org.elbasar.catalog.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.elbasar.account.domain.Roles;
import org.elbasar.catalog.api.ItemViews.ItemSummary;
import org.elbasar.catalog.domain.ItemKind;
import org.elbasar.catalog.service.CatalogSearch;
import org.elbasar.common.api.CurrentCaller;
import org.elbasar.common.api.Page;

/** An organisation's own items ("my items"), under the organisation's path. */
@Path("/api/v1/organisations/{organisationId}/items")
@Tag(name = "Catalogue")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationItemsResource {

    private final CatalogSearch search;
    private final CurrentCaller caller;

    public OrganisationItemsResource(CatalogSearch search, CurrentCaller caller) {
        this.search = search;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.MEMBER, Roles.ANIMATOR, Roles.ADMIN })
    @Operation(operationId = "listOrganisationItems", summary = "An organisation's own offers or requests in every state (drafts, hidden…)",
            description = "For the organisation's people and staff.")
    public Page<ItemSummary> listOrganisationItems(@PathParam("organisationId") UUID organisationId,
            @QueryParam("kind") @NotNull ItemKind kind,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return search.ofOrganisation(kind, organisationId, page, size, caller.get());
    }
}
