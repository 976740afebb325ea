package org.elbasar.account.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.elbasar.account.api.AccountForms.InvitationInput;
import org.elbasar.account.api.AccountForms.InvitationView;
import org.elbasar.account.api.AccountForms.PersonView;
import org.elbasar.account.api.AccountForms.RoleChange;
import org.elbasar.account.domain.Roles;
import org.elbasar.account.service.PeopleService;
import org.elbasar.common.api.CurrentCaller;

@Path("/api/v1/organisations/{organisationId}")
@Tag(name = "People")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PeopleResource {

    private final PeopleService people;
    private final CurrentCaller caller;

    public PeopleResource(PeopleService people, CurrentCaller caller) {
        this.people = people;
        this.caller = caller;
    }

    @GET
    @Path("/people")
    @RolesAllowed({ Roles.MEMBER, Roles.ANIMATOR, Roles.ADMIN })
    @Operation(operationId = "listPeople", summary = "The people acting for an organisation",
            description = "For the organisation's own people and staff.")
    public List<PersonView> listPeople(@PathParam("organisationId") UUID organisationId) {
        return people.people(organisationId, caller.get());
    }

    @PUT
    @Path("/people/{personId}/role")
    @RolesAllowed({ Roles.ORG_ADMIN, Roles.ANIMATOR, Roles.ADMIN })
    @Operation(operationId = "changePersonRole", summary = "Make a person admin of the organisation, or not",
            description = "The organisation keeps at least one admin (409 otherwise).")
    @APIResponse(responseCode = "409", description = "The organisation would have no admin left")
    @APIResponse(responseCode = "200", description = "The person with their new role", content = @Content(schema = @Schema(implementation = PersonView.class)))
    public PersonView changePersonRole(@PathParam("organisationId") UUID organisationId,
            @PathParam("personId") UUID personId, @NotNull @Valid RoleChange change) {
        return people.changeRole(organisationId, personId, change.role(), caller.get());
    }

    @DELETE
    @Path("/people/{personId}")
    @RolesAllowed({ Roles.ORG_ADMIN, Roles.ANIMATOR, Roles.ADMIN })
    @Operation(operationId = "removePerson", summary = "Remove a person from the organisation",
            description = "Their account stays, without organisation; their sessions end.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "The organisation would have no admin left")
    public void removePerson(@PathParam("organisationId") UUID organisationId, @PathParam("personId") UUID personId) {
        people.remove(organisationId, personId, caller.get());
    }

    @GET
    @Path("/invitations")
    @RolesAllowed({ Roles.ORG_ADMIN, Roles.ANIMATOR, Roles.ADMIN })
    @Operation(operationId = "listInvitations", summary = "Invitations sent for the organisation")
    public List<InvitationView> listInvitations(@PathParam("organisationId") UUID organisationId) {
        return people.invitations(organisationId, caller.get());
    }

    @POST
    @Path("/invitations")
    @RolesAllowed({ Roles.ORG_ADMIN, Roles.ANIMATOR, Roles.ADMIN })
    @Operation(operationId = "invitePerson", summary = "Invite someone by email to join the organisation",
            description = "The link in the email is valid 14 days.")
    @APIResponse(responseCode = "201", description = "Invitation sent",
            content = @Content(schema = @Schema(implementation = InvitationView.class)))
    @APIResponse(responseCode = "409", description = "This address already belongs to an organisation")
    public Response invitePerson(@PathParam("organisationId") UUID organisationId, @NotNull @Valid InvitationInput input) {
        return Response.status(Response.Status.CREATED).entity(people.invite(organisationId, input, caller.get())).build();
    }

    @DELETE
    @Path("/invitations/{invitationId}")
    @RolesAllowed({ Roles.ORG_ADMIN, Roles.ANIMATOR, Roles.ADMIN })
    @Operation(operationId = "revokeInvitation", summary = "Revoke a pending invitation")
    @APIResponse(responseCode = "204", description = "Revoked")
    public void revokeInvitation(@PathParam("organisationId") UUID organisationId,
            @PathParam("invitationId") UUID invitationId) {
        people.revoke(organisationId, invitationId, caller.get());
    }
}
