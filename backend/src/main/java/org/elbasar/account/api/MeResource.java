package org.elbasar.account.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.elbasar.account.api.AccountForms.Me;
import org.elbasar.account.api.AccountForms.MeUpdate;
import org.elbasar.account.api.AccountForms.PasswordChange;
import org.elbasar.account.domain.Roles;
import org.elbasar.account.service.AuthService;
import org.elbasar.account.service.MeService;
import org.elbasar.common.api.CurrentCaller;

@Path("/api/v1/me")
@Tag(name = "Accounts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    private final MeService me;
    private final AuthService auth;
    private final CurrentCaller caller;

    public MeResource(MeService me, AuthService auth, CurrentCaller caller) {
        this.me = me;
        this.auth = auth;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Roles.SIGNED_IN)
    @Operation(operationId = "getMe", summary = "The signed-in person, their roles and organisation")
    public Me getMe() {
        return me.me(caller.get());
    }

    @PUT
    @RolesAllowed(Roles.SIGNED_IN)
    @Operation(operationId = "updateMe", summary = "Change one's name and language")
    public Me updateMe(@NotNull @Valid MeUpdate update) {
        return me.update(update, caller.get());
    }

    @POST
    @Path("/password")
    @RolesAllowed(Roles.SIGNED_IN)
    @Operation(operationId = "changePassword", summary = "Change one's password", description = "Every session of the account ends.")
    @APIResponse(responseCode = "204", description = "Password changed")
    public void changePassword(@NotNull @Valid PasswordChange change) {
        auth.changePassword(change, caller.get());
    }
}
