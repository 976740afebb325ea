package org.elbasar.hotline.api;

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
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.elbasar.account.domain.Roles;
import org.elbasar.common.api.CurrentCaller;
import org.elbasar.common.api.Page;
import org.elbasar.hotline.api.HotlineViews.IntroductionInput;
import org.elbasar.hotline.api.HotlineViews.IntroductionView;
import org.elbasar.hotline.api.HotlineViews.OutcomeInput;
import org.elbasar.hotline.service.Introductions;
import org.elbasar.hotline.service.Introductions.Reply;

@Path("/api/v1/introductions")
@Tag(name = "Hotline")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class IntroductionResource {

    private final Introductions introductions;
    private final CurrentCaller caller;

    public IntroductionResource(Introductions introductions, CurrentCaller caller) {
        this.introductions = introductions;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({ Roles.MEMBER, Roles.ANIMATOR, Roles.ADMIN })
    @Operation(operationId = "createIntroduction", summary = "Introduce a requester and a provider; both are emailed each other's contact")
    @APIResponse(responseCode = "201", description = "Proposed", content = @Content(schema = @Schema(implementation = IntroductionView.class)))
    public Response createIntroduction(@NotNull @Valid IntroductionInput input) {
        IntroductionView created = introductions.create(input, caller.get());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @RolesAllowed(Roles.SIGNED_IN)
    @Operation(operationId = "listIntroductions", summary = "Introductions of the caller's organisation; all of them for animators, newest first")
    public Page<IntroductionView> listIntroductions(
            @QueryParam("needsNudge") @DefaultValue("false") @Parameter(description = "Staff: only those waiting too long") boolean needsNudge,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return introductions.list(needsNudge, page, size, caller.get());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.SIGNED_IN)
    @Operation(operationId = "getIntroduction", summary = "An introduction, for its two parties and animators")
    public IntroductionView getIntroduction(@PathParam("id") UUID id) {
        return introductions.get(id, caller.get());
    }

    @POST
    @Path("/{id}/accept")
    @RolesAllowed(Roles.SIGNED_IN)
    @Operation(operationId = "acceptIntroduction", summary = "The provider (or an animator for it) takes the contact up")
    public IntroductionView acceptIntroduction(@PathParam("id") UUID id) {
        return introductions.respond(id, Reply.ACCEPT, caller.get());
    }

    @POST
    @Path("/{id}/decline")
    @RolesAllowed(Roles.SIGNED_IN)
    @Operation(operationId = "declineIntroduction", summary = "The provider (or an animator for it) cannot help")
    public IntroductionView declineIntroduction(@PathParam("id") UUID id) {
        return introductions.respond(id, Reply.DECLINE, caller.get());
    }

    @POST
    @Path("/{id}/outcome")
    @RolesAllowed(Roles.SIGNED_IN)
    @Operation(operationId = "recordIntroductionOutcome", summary = "Record that an exchange was made, or that nothing came of it")
    public IntroductionView recordIntroductionOutcome(@PathParam("id") UUID id, @NotNull @Valid OutcomeInput outcome) {
        return introductions.outcome(id, outcome.outcome(), caller.get());
    }
}
