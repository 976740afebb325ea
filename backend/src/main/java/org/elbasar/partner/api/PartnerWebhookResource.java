package org.elbasar.partner.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.elbasar.partner.api.WebhookViews.DeliveryView;
import org.elbasar.partner.api.WebhookViews.ReplayInput;
import org.elbasar.partner.api.WebhookViews.Replayed;
import org.elbasar.partner.api.WebhookViews.WebhookCreated;
import org.elbasar.partner.api.WebhookViews.WebhookInput;
import org.elbasar.partner.api.WebhookViews.WebhookView;
import org.elbasar.partner.domain.PartnerScopes;
import org.elbasar.partner.service.PartnerTokens;
import org.elbasar.partner.service.Webhooks;

/** Partners subscribe to events, read what was delivered and replay it (scope webhooks:manage). */
@Path("/api/v1/partner/webhooks")
@Tag(name = "Partner")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(PartnerScopes.WEBHOOKS_MANAGE)
public class PartnerWebhookResource {

    private final Webhooks webhooks;
    private final JsonWebToken token;

    public PartnerWebhookResource(Webhooks webhooks, JsonWebToken token) {
        this.webhooks = webhooks;
        this.token = token;
    }

    private UUID client() {
        return UUID.fromString(token.getClaim(PartnerTokens.CLIENT_CLAIM));
    }

    @POST
    @Operation(operationId = "subscribePartnerWebhook", summary = "Subscribes an https address to events; the signing secret is shown this once")
    @APIResponse(responseCode = "201", description = "The subscription and its secret", content = @Content(schema = @Schema(implementation = WebhookCreated.class)))
    public Response subscribePartnerWebhook(@NotNull @Valid WebhookInput input) {
        return Response.status(Response.Status.CREATED).entity(webhooks.subscribe(client(), input)).build();
    }

    @GET
    @Operation(operationId = "listPartnerWebhooks", summary = "The client's subscriptions")
    public List<WebhookView> listPartnerWebhooks() {
        return webhooks.list(client());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPartnerWebhook", summary = "A subscription")
    public WebhookView getPartnerWebhook(@PathParam("id") UUID id) {
        return webhooks.get(client(), id);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "unsubscribePartnerWebhook", summary = "Stops a subscription and the deliveries it still had to make")
    @APIResponse(responseCode = "204", description = "Unsubscribed")
    public void unsubscribePartnerWebhook(@PathParam("id") UUID id) {
        webhooks.unsubscribe(client(), id);
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listPartnerWebhookDeliveries", summary = "The latest deliveries, newest first, with each attempt")
    public List<DeliveryView> listPartnerWebhookDeliveries(@PathParam("id") UUID id,
            @QueryParam("status") @Pattern(regexp = "^(PENDING|DELIVERED|FAILED)$") String status,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return webhooks.deliveries(client(), id, status, size);
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/replay")
    @Operation(operationId = "replayPartnerWebhookDelivery", summary = "Sends a delivery again now, with the same event id and a new 24-hour retry window")
    @APIResponse(responseCode = "202", description = "Queued", content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    public Response replayPartnerWebhookDelivery(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return Response.accepted(webhooks.replay(client(), id, deliveryId)).build();
    }

    @POST
    @Path("/{id}/replay")
    @Operation(operationId = "replayPartnerWebhookDeliveries", summary = "Sends again every delivery since an instant (or only the failed ones), oldest first")
    @APIResponse(responseCode = "202", description = "How many were queued", content = @Content(schema = @Schema(implementation = Replayed.class)))
    public Response replayPartnerWebhookDeliveries(@PathParam("id") UUID id, @NotNull @Valid ReplayInput input) {
        return Response.accepted(webhooks.replayAll(client(), id, input)).build();
    }
}
