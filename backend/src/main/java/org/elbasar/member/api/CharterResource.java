package org.elbasar.member.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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
import org.elbasar.common.api.CurrentCaller;
import org.elbasar.member.service.CharterService;

@Path("/api/v1/charter")
@Tag(name = "Charter")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CharterResource {

    private final CharterService charter;
    private final CurrentCaller caller;

    public CharterResource(CharterService charter, CurrentCaller caller) {
        this.charter = charter;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Operation(operationId = "getCurrentCharter", summary = "The charter in force, in the language asked for")
    public CharterView getCurrentCharter() {
        return charter.current(caller.locale());
    }

    @GET
    @Path("/versions")
    @PermitAll
    @Operation(operationId = "listCharterVersions", summary = "Every version of the charter, newest first")
    public List<CharterView> listCharterVersions() {
        return charter.versions(caller.locale());
    }

    @POST
    @Path("/versions")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "publishCharterVersion", summary = "Publish a new version of the charter",
            description = "New members accept it from now on; earlier acceptances keep their version.")
    @APIResponse(responseCode = "201", description = "Published", content = @Content(schema = @Schema(implementation = CharterView.class)))
    public Response publishCharterVersion(@NotNull @Valid CharterInput input) {
        return Response.status(Response.Status.CREATED).entity(charter.publish(input, caller.get())).build();
    }

    @GET
    @Path("/acceptances")
    @RolesAllowed({ Roles.ANIMATOR, Roles.ADMIN })
    @Operation(operationId = "listCharterAcceptances", summary = "Who accepted which version, and when (latest 1000)")
    public List<CharterAcceptanceView> listCharterAcceptances(@QueryParam("organisationId") UUID organisationId) {
        return charter.acceptances(organisationId);
    }
}
