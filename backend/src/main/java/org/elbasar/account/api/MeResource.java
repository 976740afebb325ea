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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.elbasar.account.api.AccountForms.AccountErasure;
import org.elbasar.account.api.AccountForms.Me;
import org.elbasar.account.api.AccountForms.MeUpdate;
import org.elbasar.account.api.AccountForms.PasswordChange;
import org.elbasar.account.domain.Roles;
import org.elbasar.account.service.AuthService;
import org.elbasar.account.service.MeService;
import org.elbasar.account.service.PersonalData;
import org.elbasar.common.api.CurrentCaller;
import org.elbasar.common.api.DataExport;

@Path("/api/v1/me")
@Tag(name = "Accounts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    private final MeService me;
    private final AuthService auth;
    private final PersonalData personalData;
    private final RefreshCookie cookie;
    private final CurrentCaller caller;

    public MeResource(MeService me, AuthService auth, PersonalData personalData, RefreshCookie cookie, CurrentCaller caller) {
        this.me = me;
        this.auth = auth;
        this.personalData = personalData;
        this.cookie = cookie;
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

    @GET
    @Path("/data")
    @RolesAllowed(Roles.SIGNED_IN)
    @Operation(operationId = "exportMyData", summary = "Download everything the platform holds about oneself (JSON)",
            description = "The account and every record that names the person by id or email address (offers written, exchanges declared, registrations, hotline cases, saved searches, subscriptions, emails, audit entries), without password or token hashes. Recorded in the audit log.")
    @APIResponse(responseCode = "200", description = "The document, as an attachment",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=elbasar-donnees-personnelles-<date>.json"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DataExport.class)))
    public Response exportMyData() {
        return personalData.export(caller.get()).asAttachment();
    }

    @POST
    @Path("/erasure")
    @RolesAllowed(Roles.SIGNED_IN)
    @Operation(operationId = "eraseMyAccount", summary = "Erase one's account",
            description = "Needs the current password. Name, email, password, sessions, saved searches, subscriptions and pending emails are erased; offers, exchanges and event attendance stay with the organisation, attributed to an erased account. 409 last-organisation-admin when the organisation has other members and no other admin; 409 last-platform-admin for the last admin.")
    @APIResponse(responseCode = "204", description = "Erased; every session ended and the refresh cookie cleared")
    @APIResponse(responseCode = "409", description = "The last admin of an organisation with other members, or of the platform")
    public Response eraseMyAccount(@NotNull @Valid AccountErasure erasure) {
        personalData.erase(erasure, caller.get());
        return Response.noContent().cookie(cookie.cleared()).build();
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
