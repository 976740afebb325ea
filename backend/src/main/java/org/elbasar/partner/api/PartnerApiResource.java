package org.elbasar.partner.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.elbasar.partner.api.PartnerViews.ChangePage;
import org.elbasar.partner.api.PartnerViews.PartnerOffer;
import org.elbasar.partner.api.PartnerViews.PartnerOrganisation;
import org.elbasar.partner.api.PartnerViews.WhoAmI;
import org.elbasar.partner.domain.PartnerScopes;
import org.elbasar.partner.service.PartnerClients;
import org.elbasar.partner.service.PartnerSync;
import org.elbasar.partner.service.PartnerTokens;

/** What partners call with their token. */
@Path("/api/v1/partner")
@Tag(name = "Partner")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerApiResource {

    private final PartnerClients clients;
    private final PartnerSync sync;
    private final JsonWebToken token;

    public PartnerApiResource(PartnerClients clients, PartnerSync sync, JsonWebToken token) {
        this.clients = clients;
        this.sync = sync;
        this.token = token;
    }

    @GET
    @Path("/me")
    @RolesAllowed(PartnerTokens.PARTNER)
    @Operation(operationId = "getPartnerSelf", summary = "The partner the token names, the scopes it carries and the client's rate limit")
    public WhoAmI getPartnerSelf() {
        return clients.whoAmI(UUID.fromString(token.getClaim(PartnerTokens.CLIENT_CLAIM)), token.getGroups());
    }

    @GET
    @Path("/offers")
    @RolesAllowed(PartnerScopes.CATALOG_READ)
    @Operation(operationId = "syncPartnerOffers", summary = "Changes of the listed offers since a cursor or a time, withdrawals included (scope catalog:read)")
    public ChangePage<PartnerOffer> syncPartnerOffers(
            @Valid @BeanParam SyncQuery query) {
        return sync.offers(query.from(), query.size);
    }

    @GET
    @Path("/market-offers")
    @RolesAllowed(PartnerScopes.CATALOG_READ)
    @Operation(operationId = "syncPartnerMarketOffers", summary = "The Ceres view: changes of the market offers shown on partner purchasing platforms, keyed by SIRET where known (scope catalog:read)")
    public ChangePage<PartnerOffer> syncPartnerMarketOffers(
            @Valid @BeanParam SyncQuery query) {
        return sync.marketOffers(query.from(), query.size);
    }

    @GET
    @Path("/organisations")
    @RolesAllowed(PartnerScopes.ORGANISATIONS_READ)
    @Operation(operationId = "syncPartnerOrganisations", summary = "Changes of the active members since a cursor or a time, departures included (scope organisations:read)")
    public ChangePage<PartnerOrganisation> syncPartnerOrganisations(
            @Valid @BeanParam SyncQuery query) {
        return sync.organisations(query.from(), query.size);
    }
}
