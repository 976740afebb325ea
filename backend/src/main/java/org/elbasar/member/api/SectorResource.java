package org.elbasar.member.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.elbasar.account.domain.Roles;
import org.elbasar.common.api.CurrentCaller;
import org.elbasar.member.service.SectorService;

@Path("/api/v1/sectors")
@Tag(name = "Reference data")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SectorResource {

    private final SectorService sectors;
    private final CurrentCaller caller;

    public SectorResource(SectorService sectors, CurrentCaller caller) {
        this.sectors = sectors;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listSectors", summary = "Sectors of activity, in the language asked for")
    public List<SectorRef> listSectors() {
        return sectors.list(caller.locale());
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "saveSector", summary = "Create or rename a sector")
    public SectorRef saveSector(@PathParam("code") String code, @NotNull @Valid SectorInput input) {
        return sectors.save(code, input, caller.get());
    }

    @DELETE
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteSector", summary = "Delete a sector no organisation uses (409 otherwise)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "Organisations use this sector")
    public void deleteSector(@PathParam("code") String code) {
        sectors.delete(code, caller.get());
    }
}
