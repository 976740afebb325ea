package org.elbasar.member.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.elbasar.account.domain.Roles;
import org.elbasar.common.api.CurrentCaller;
import org.elbasar.common.api.Page;
import org.elbasar.member.service.JoinRequestService;

@Path("/api/v1/join-requests")
@Tag(name = "Join requests")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class JoinRequestResource {

    private final JoinRequestService joinRequests;
    private final CurrentCaller caller;

    public JoinRequestResource(JoinRequestService joinRequests, CurrentCaller caller) {
        this.joinRequests = joinRequests;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.ANIMATOR, Roles.ADMIN })
    @Operation(operationId = "listJoinRequests", summary = "Organisations waiting for approval, oldest first")
    public Page<JoinRequestView> listJoinRequests(
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return joinRequests.pending(page, size, caller.get());
    }

    @POST
    @Path("/{organisationId}/approve")
    @RolesAllowed({ Roles.ANIMATOR, Roles.ADMIN })
    @Operation(operationId = "approveJoinRequest", summary = "Approve an organisation",
            description = "It becomes an active member and appears in the directory; its people are told by email. 409 if already handled.")
    @APIResponse(responseCode = "204", description = "Approved")
    @APIResponse(responseCode = "409", description = "Already approved or rejected")
    public void approveJoinRequest(@PathParam("organisationId") UUID organisationId) {
        joinRequests.approve(organisationId, caller.get());
    }

    @POST
    @Path("/{organisationId}/reject")
    @RolesAllowed({ Roles.ANIMATOR, Roles.ADMIN })
    @Operation(operationId = "rejectJoinRequest", summary = "Reject an organisation with a reason",
            description = "The reason is emailed to its people. 409 if already handled.")
    @APIResponse(responseCode = "204", description = "Rejected")
    @APIResponse(responseCode = "409", description = "Already approved or rejected")
    public void rejectJoinRequest(@PathParam("organisationId") UUID organisationId, @NotNull @Valid RejectionInput rejection) {
        joinRequests.reject(organisationId, rejection.reason(), caller.get());
    }
}
