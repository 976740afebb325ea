package org.elbasar.partner.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.elbasar.partner.api.PartnerViews.WhoAmI;
import org.elbasar.partner.service.PartnerClients;
import org.elbasar.partner.service.PartnerTokens;

/** What partners call with their token. */
@Path("/api/v1/partner")
@Tag(name = "Partner")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerApiResource {

    private final PartnerClients clients;
    private final JsonWebToken token;

    public PartnerApiResource(PartnerClients clients, JsonWebToken token) {
        this.clients = clients;
        this.token = token;
    }

    @GET
    @Path("/me")
    @RolesAllowed(PartnerTokens.PARTNER)
    @Operation(operationId = "getPartnerSelf", summary = "The partner the token names, the scopes it carries and the client's rate limit")
    public WhoAmI getPartnerSelf() {
        return clients.whoAmI(UUID.fromString(token.getClaim(PartnerTokens.CLIENT_CLAIM)), token.getGroups());
    }
}
