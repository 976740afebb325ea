package org.elbasar.account.api;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.elbasar.account.api.AccountForms.InvitationAcceptance;
import org.elbasar.account.api.AccountForms.InvitationPreview;
import org.elbasar.account.service.PeopleService;

/** Invitation links, opened by people who have no account yet. */
@Path("/api/v1/invitations/{token}")
@Tag(name = "People")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class InvitationResource {

    private final PeopleService people;

    public InvitationResource(PeopleService people) {
        this.people = people;
    }

    @GET
    @PermitAll
    @Operation(operationId = "previewInvitation", summary = "What an invitation link is for")
    public InvitationPreview previewInvitation(@PathParam("token") String token) {
        return people.preview(token);
    }

    @POST
    @Path("/accept")
    @PermitAll
    @Operation(operationId = "acceptInvitation", summary = "Create one's account in the inviting organisation",
            description = "The person accepts the current charter. 409 when the invited address already has an account.")
    @APIResponse(responseCode = "201", description = "Account created; sign in with it")
    @APIResponse(responseCode = "409", description = "The invited address already has an account")
    public Response acceptInvitation(@PathParam("token") String token, @NotNull @Valid InvitationAcceptance acceptance) {
        people.accept(token, acceptance);
        return Response.status(Response.Status.CREATED).build();
    }
}
