package org.elbasar.partner.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.elbasar.account.domain.Roles;
import org.elbasar.common.api.CurrentCaller;
import org.elbasar.common.api.ETags;
import org.elbasar.partner.api.PartnerViews.Credentials;
import org.elbasar.partner.api.PartnerViews.PartnerClientInput;
import org.elbasar.partner.api.PartnerViews.PartnerClientView;
import org.elbasar.partner.api.PartnerViews.UsageHour;
import org.elbasar.partner.service.PartnerClients;

/** Admins register the partner platforms that use the API. */
@Path("/api/v1/partner-clients")
@Tag(name = "Partner")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PartnerClientResource {

    private final PartnerClients clients;
    private final CurrentCaller caller;

    public PartnerClientResource(PartnerClients clients, CurrentCaller caller) {
        this.clients = clients;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "listPartnerClients", summary = "Partner clients with their usage over the last hour and day")
    public List<PartnerClientView> listPartnerClients() {
        return clients.list(caller.get());
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "registerPartnerClient", summary = "Registers a partner: its client id and a secret shown this once (only its hash is kept)")
    @APIResponse(responseCode = "201", description = "The credentials", content = @Content(schema = @Schema(implementation = Credentials.class)))
    public Response registerPartnerClient(@NotNull @Valid PartnerClientInput input) {
        return Response.status(Response.Status.CREATED).entity(clients.register(input, caller.get())).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "getPartnerClient", summary = "A partner client")
    @APIResponse(responseCode = "200", description = "The client", headers = @Header(name = "ETag", description = "Its version, for If-Match"),
            content = @Content(schema = @Schema(implementation = PartnerClientView.class)))
    public Response getPartnerClient(@PathParam("id") UUID id) {
        return tagged(clients.detail(id, caller.get()));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updatePartnerClient", summary = "Changes a partner's name, contact, scopes, rate limit or activity (inactive: its tokens stop at once)",
            description = "Needs If-Match with the ETag last read: 428 without it, 412 when someone changed it meanwhile.")
    @APIResponse(responseCode = "200", description = "The client", content = @Content(schema = @Schema(implementation = PartnerClientView.class)))
    @APIResponse(responseCode = "412", description = "Changed by someone else since it was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response updatePartnerClient(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag last read", example = "\"3\"") String ifMatch,
            @NotNull @Valid PartnerClientInput input) {
        return tagged(clients.update(id, ETags.version(ifMatch), input, caller.get()));
    }

    @POST
    @Path("/{id}/rotate-secret")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "rotatePartnerSecret", summary = "A new secret, shown this once; the old one and the tokens it obtained stop working")
    public Credentials rotatePartnerSecret(@PathParam("id") UUID id) {
        return clients.rotate(id, caller.get());
    }

    @GET
    @Path("/{id}/usage")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "getPartnerUsage", summary = "Requests answered and refused by hour, oldest first (hours without requests left out)")
    public List<UsageHour> getPartnerUsage(@PathParam("id") UUID id,
            @QueryParam("hours") @DefaultValue("24") @Min(1) @Max(720) int hours) {
        return clients.usage(id, hours, caller.get());
    }

    private static Response tagged(PartnerClientView client) {
        return Response.ok(client).tag(new EntityTag(Integer.toString(client.version()))).build();
    }
}
