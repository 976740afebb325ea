package org.elbasar.newsletter.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.elbasar.account.domain.Roles;
import org.elbasar.common.api.CurrentCaller;
import org.elbasar.newsletter.api.NewsletterViews.MySubscription;
import org.elbasar.newsletter.api.NewsletterViews.SubscriptionChange;
import org.elbasar.newsletter.service.Subscriptions;

/** The signed-in person's choice (a path of its own: /api/v1/me belongs to the account). */
@Path("/api/v1/me/newsletter")
@Tag(name = "Newsletter")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class MyNewsletterResource {

    private final Subscriptions subscriptions;
    private final CurrentCaller caller;

    public MyNewsletterResource(Subscriptions subscriptions, CurrentCaller caller) {
        this.subscriptions = subscriptions;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Roles.SIGNED_IN)
    @Operation(operationId = "getMyNewsletterSubscription", summary = "Whether the caller receives the monthly newsletter")
    public MySubscription getMyNewsletterSubscription() {
        return subscriptions.mine(caller.get());
    }

    @PUT
    @RolesAllowed(Roles.SIGNED_IN)
    @Operation(operationId = "setMyNewsletterSubscription", summary = "The caller chooses to receive the newsletter or not")
    public MySubscription setMyNewsletterSubscription(@NotNull @Valid SubscriptionChange change) {
        return subscriptions.setMine(change.subscribed(), caller.get());
    }
}
