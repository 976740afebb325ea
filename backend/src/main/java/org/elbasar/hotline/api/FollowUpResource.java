package org.elbasar.hotline.api;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.elbasar.hotline.api.HotlineViews.FollowUpAnswerInput;
import org.elbasar.hotline.api.HotlineViews.FollowUpView;
import org.elbasar.hotline.service.FollowUps;

/**
 * The "did an exchange happen?" links of follow-up emails: no sign-in, the token is the credential.
 * Reading does not consume it (mail scanners open links); answering does, once.
 */
@Path("/api/v1/follow-ups/{token}")
@Tag(name = "Hotline")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class FollowUpResource {

    private final FollowUps followUps;

    public FollowUpResource(FollowUps followUps) {
        this.followUps = followUps;
    }

    @GET
    @Operation(operationId = "getFollowUp", summary = "What a follow-up link is about")
    @APIResponse(responseCode = "410", description = "Expired")
    @APIResponse(responseCode = "200", description = "The question and its exchange", content = @Content(schema = @Schema(implementation = FollowUpView.class)))
    public FollowUpView getFollowUp(@PathParam("token") @Size(max = 100) String token) {
        return followUps.view(token);
    }

    @POST
    @Operation(operationId = "answerFollowUp", summary = "Answer \"did an exchange happen?\" (once per link)")
    @APIResponse(responseCode = "409", description = "Already answered with this link")
    @APIResponse(responseCode = "410", description = "Expired")
    @APIResponse(responseCode = "200", description = "The answer recorded", content = @Content(schema = @Schema(implementation = FollowUpView.class)))
    public FollowUpView answerFollowUp(@PathParam("token") @Size(max = 100) String token, @NotNull @Valid FollowUpAnswerInput input) {
        return followUps.answer(token, input.answer());
    }
}
