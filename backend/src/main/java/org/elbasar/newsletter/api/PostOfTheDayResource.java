package org.elbasar.newsletter.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.elbasar.account.domain.Roles;
import org.elbasar.common.api.CurrentCaller;
import org.elbasar.common.api.Page;
import org.elbasar.newsletter.api.NewsletterViews.PostTextInput;
import org.elbasar.newsletter.api.NewsletterViews.PostView;
import org.elbasar.newsletter.service.PostsOfTheDay;

@Path("/api/v1/posts-of-the-day")
@Tag(name = "Newsletter")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PostOfTheDayResource {

    private final PostsOfTheDay posts;
    private final CurrentCaller caller;

    public PostOfTheDayResource(PostsOfTheDay posts, CurrentCaller caller) {
        this.posts = posts;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.ANIMATOR, Roles.ADMIN })
    @Operation(operationId = "listPostsOfTheDay", summary = "Every proposal, newest first, with the exchanges attributed to it")
    public Page<PostView> listPostsOfTheDay(
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return posts.history(page, size, caller.get());
    }

    @GET
    @Path("/today")
    @RolesAllowed({ Roles.ANIMATOR, Roles.ADMIN })
    @Operation(operationId = "getPostOfTheDay", summary = "Today's accepted post, or its proposal (made now if needed)",
            description = "An offer, request or event not featured in the last 30 days, rotating across territories, modes and"
                    + " organisations, new members first; a text of at most 500 characters with its link.")
    @APIResponse(responseCode = "404", description = "Nothing can be proposed (problem code nothing-to-post)")
    @APIResponse(responseCode = "200", description = "Today's proposal", content = @Content(schema = @Schema(implementation = PostView.class)))
    public PostView getPostOfTheDay() {
        return posts.today(caller.get());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.ANIMATOR, Roles.ADMIN })
    @Operation(operationId = "editPostOfTheDay", summary = "Rewrites the text of a proposal or an accepted post")
    public PostView editPostOfTheDay(@PathParam("id") UUID id, @NotNull @Valid PostTextInput input) {
        return posts.rewrite(id, input.text(), caller.get());
    }

    @POST
    @Path("/{id}/accept")
    @RolesAllowed({ Roles.ANIMATOR, Roles.ADMIN })
    @Operation(operationId = "acceptPostOfTheDay", summary = "Accepts a proposal: it is the day's post, and its subject leaves the rotation for 30 days")
    public PostView acceptPostOfTheDay(@PathParam("id") UUID id) {
        return posts.accept(id, caller.get());
    }

    @POST
    @Path("/{id}/skip")
    @RolesAllowed({ Roles.ANIMATOR, Roles.ADMIN })
    @Operation(operationId = "skipPostOfTheDay", summary = "Skips a proposal and answers the next one for the same day (the skipped one when none is left)")
    public PostView skipPostOfTheDay(@PathParam("id") UUID id) {
        return posts.skip(id, caller.get());
    }
}
