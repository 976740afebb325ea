package org.elbasar.partner.api;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.elbasar.common.api.MalformedUtf8;
import org.elbasar.partner.api.PartnerViews.TokenResponse;
import org.elbasar.partner.service.PartnerTokens;

/** The OAuth 2 token endpoint for partners (client-credentials grant). */
@Path("/api/v1/oauth/token")
@Tag(name = "Partner")
public class OAuthResource {

    private static final CacheControl NO_STORE = CacheControl.valueOf("no-store");

    private final PartnerTokens tokens;

    public OAuthResource(PartnerTokens tokens) {
        this.tokens = tokens;
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "issuePartnerToken", summary = "A partner's access token (client credentials, RFC 6749 §4.4), valid 15 minutes",
            description = "Authenticate with HTTP Basic (client id and secret) or with client_id and client_secret in the form."
                    + " scope: space-separated, a subset of the client's scopes (all of them when absent).")
    @APIResponse(responseCode = "200", description = "The token", content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "401", description = "invalid-client: unknown client or wrong secret; client-inactive: the right"
            + " credentials of a client an admin deactivated (ask them to reactivate it)")
    public Response issuePartnerToken(
            @FormParam("grant_type") @Parameter(example = "client_credentials") String grantType,
            @FormParam("client_id") String clientId,
            @FormParam("client_secret") String clientSecret,
            @FormParam("scope") @Parameter(example = "catalog:read") String scope,
            @HeaderParam(HttpHeaders.AUTHORIZATION) @Parameter(hidden = true) String authorization) {
        MalformedUtf8.refuseReplaced(grantType, clientId, clientSecret, scope);
        String id = clientId;
        String secret = clientSecret;
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String[] pair = decodeBasic(authorization.substring(6).trim());
            id = pair[0];
            secret = pair[1];
        }
        return Response.ok(tokens.issue(grantType, id, secret, scope)).cacheControl(NO_STORE).header("Pragma", "no-cache").build();
    }

    /** "id:secret", each part URL-encoded as RFC 6749 §2.3.1 says; a malformed header names no client. */
    private static String[] decodeBasic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return new String[] { null, null };
            }
            return new String[] { java.net.URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                    java.net.URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8) };
        } catch (IllegalArgumentException e) {
            return new String[] { null, null };
        }
    }
}
