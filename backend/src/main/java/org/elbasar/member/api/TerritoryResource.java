package org.elbasar.member.api;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.elbasar.member.domain.Territory;
import org.elbasar.member.service.TerritoryService;

@Path("/api/v1/territories")
@Tag(name = "Reference data")
@Produces(MediaType.APPLICATION_JSON)
public class TerritoryResource {

    private final TerritoryService territories;

    public TerritoryResource(TerritoryService territories) {
        this.territories = territories;
    }

    @GET
    @PermitAll
    @Operation(operationId = "searchTerritories", summary = "Communes, EPCI, départements and the region of Hauts-de-France",
            description = "Matches the start of a name (accents, case, hyphens ignored), a close spelling, or a postal code.")
    public List<TerritoryView> searchTerritories(
            @QueryParam("q") @Size(max = 100) @Parameter(example = "villeneuve d'ascq") String q,
            @QueryParam("kind") Territory.Kind kind,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return territories.search(q, kind, limit);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getTerritory", summary = "One territory")
    public TerritoryView getTerritory(@PathParam("id") @Parameter(example = "commune:59350") String id) {
        return territories.get(id);
    }
}
