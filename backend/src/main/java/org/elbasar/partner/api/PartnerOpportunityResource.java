package org.elbasar.partner.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.elbasar.partner.api.OpportunityViews.OpportunityInput;
import org.elbasar.partner.api.OpportunityViews.OpportunityView;
import org.elbasar.partner.domain.PartnerScopes;
import org.elbasar.partner.service.Opportunities;
import org.elbasar.partner.service.PartnerTokens;

/** Buyers' needs partners send to the hotline (scope opportunities:write). */
@Path("/api/v1/partner/opportunities")
@Tag(name = "Partner")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(PartnerScopes.OPPORTUNITIES_WRITE)
public class PartnerOpportunityResource {

    private final Opportunities opportunities;
    private final JsonWebToken token;

    public PartnerOpportunityResource(Opportunities opportunities, JsonWebToken token) {
        this.opportunities = opportunities;
        this.token = token;
    }

    private UUID client() {
        return UUID.fromString(token.getClaim(PartnerTokens.CLIENT_CLAIM));
    }

    @POST
    @Operation(operationId = "createPartnerOpportunity", summary = "Sends a buyer's need to the hotline, once per Idempotency-Key",
            description = "The same key with the same body answers the first answer again (header Idempotent-Replayed: true); "
                    + "with another body, 409 idempotency-key-reused. Its progress comes back by the webhook opportunity.status_changed.")
    @APIResponse(responseCode = "201", description = "The opportunity", headers = @Header(name = "Idempotent-Replayed", description = "true when it is the first answer given again"),
            content = @Content(schema = @Schema(implementation = OpportunityView.class)))
    @APIResponse(responseCode = "409", description = "The key was used with another body")
    public Response createPartnerOpportunity(
            @HeaderParam("Idempotency-Key") @Parameter(required = true, description = "Your unique id for this need (1 to 200 visible characters)", example = "ceres-need-8841") String idempotencyKey,
            @NotNull @Valid OpportunityInput input) {
        Opportunities.Created created = opportunities.create(client(), idempotencyKey, input);
        return Response.status(Response.Status.CREATED).entity(created.opportunity())
                .header("Idempotent-Replayed", created.replayed() ? "true" : null).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPartnerOpportunity", summary = "An opportunity the client sent, as it stands")
    public OpportunityView getPartnerOpportunity(@PathParam("id") UUID id) {
        return opportunities.get(client(), id);
    }
}
