package org.elbasar.newsletter.api;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.elbasar.newsletter.api.NewsletterViews.SubscribeInput;
import org.elbasar.newsletter.api.NewsletterViews.SubscriptionChange;
import org.elbasar.newsletter.api.NewsletterViews.SubscriptionView;
import org.elbasar.newsletter.service.Subscriptions;

/** Subscribing and leaving without an account: the links of the emails. */
@Path("/api/v1/newsletter")
@Tag(name = "Newsletter")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SubscriptionResource {

    private final Subscriptions subscriptions;

    public SubscriptionResource(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @POST
    @Path("/subscribers")
    @PermitAll
    @Operation(operationId = "subscribeToNewsletter", summary = "Anyone asks for the newsletter; an email asks them to confirm (double opt-in)",
            description = "The answer is the same whether the address was known or not.")
    @APIResponse(responseCode = "202", description = "A confirmation email is on its way (unless the address is already subscribed)")
    public Response subscribeToNewsletter(@NotNull @Valid SubscribeInput input) {
        subscriptions.subscribe(input.email(), input.language());
        return Response.accepted().build();
    }

    @POST
    @Path("/subscribers/confirm/{token}")
    @PermitAll
    @Operation(operationId = "confirmNewsletterSubscription", summary = "The confirmation link: the address receives the next issues")
    @APIResponse(responseCode = "200", description = "Subscribed")
    @APIResponse(responseCode = "404", description = "Unknown link")
    @APIResponse(responseCode = "410", description = "The link is older than 7 days: subscribe again")
    public SubscriptionView confirmNewsletterSubscription(@PathParam("token") @Size(max = 100) String token) {
        return subscriptions.confirm(token);
    }

    @GET
    @Path("/subscription/{token}")
    @PermitAll
    @Operation(operationId = "getNewsletterSubscription", summary = "Whom an unsubscribe link names (address half hidden) and whether they receive the newsletter")
    @APIResponse(responseCode = "404", description = "Unknown link")
    @APIResponse(responseCode = "200", description = "The subscription", content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    public SubscriptionView getNewsletterSubscription(@PathParam("token") @Size(max = 100) String token) {
        return subscriptions.subscription(token);
    }

    @PUT
    @Path("/subscription/{token}")
    @PermitAll
    @Operation(operationId = "setNewsletterSubscription", summary = "Leave, or come back, from the link of any issue, without signing in")
    @APIResponse(responseCode = "404", description = "Unknown link")
    @APIResponse(responseCode = "200", description = "The subscription as changed", content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    public SubscriptionView setNewsletterSubscription(@PathParam("token") @Size(max = 100) String token,
            @NotNull @Valid SubscriptionChange change) {
        return subscriptions.set(token, change.subscribed());
    }

    @POST
    @Path("/unsubscribe/{token}")
    @Consumes(MediaType.WILDCARD)
    @PermitAll
    @Operation(operationId = "unsubscribeFromNewsletter", summary = "One-click unsubscribe (RFC 8058): mail clients POST `List-Unsubscribe=One-Click` here")
    @APIResponse(responseCode = "200", description = "Unsubscribed")
    @APIResponse(responseCode = "404", description = "Unknown link")
    public SubscriptionView unsubscribeFromNewsletter(@PathParam("token") @Size(max = 100) String token) {
        return subscriptions.set(token, false);
    }
}
