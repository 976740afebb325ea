package org.elbasar.partner.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response.Status;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.elbasar.common.api.ApiException;
import org.elbasar.partner.service.PartnerGate;
import org.elbasar.partner.service.PartnerGate.Verdict;
import org.elbasar.partner.service.PartnerTokens;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Partner tokens open the partner API and nothing else, and each request counts against its
 * client's rate limit; answers say where the client stands (RateLimit-* headers, Retry-After on 429).
 */
public class PartnerRequestFilter {

    static final String PARTNER_PATHS = "/api/v1/partner/";
    private static final String VERDICT = PartnerRequestFilter.class.getName() + ".verdict";

    private final SecurityIdentity identity;
    private final PartnerGate gate;

    public PartnerRequestFilter(SecurityIdentity identity, PartnerGate gate) {
        this.identity = identity;
        this.gate = gate;
    }

    @ServerRequestFilter
    public void admit(ContainerRequestContext request) {
        if (identity.isAnonymous() || !identity.hasRole(PartnerTokens.PARTNER) || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return;
        }
        if (!request.getUriInfo().getPath().startsWith(PARTNER_PATHS)) {
            throw new ApiException(Status.FORBIDDEN, "partner-only");
        }
        Verdict verdict = gate.admit(UUID.fromString(token.getClaim(PartnerTokens.CLIENT_CLAIM)), token.getIssuedAtTime());
        if (verdict.revoked()) {
            throw new ApiException(Status.UNAUTHORIZED, "partner-token-revoked");
        }
        request.setProperty(VERDICT, verdict);
        if (verdict.overLimit()) {
            throw ApiException.rateLimited(verdict.resetSeconds());
        }
    }

    @ServerResponseFilter
    public void tell(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(VERDICT) instanceof Verdict verdict) {
            response.getHeaders().putSingle("RateLimit-Limit", verdict.limit());
            response.getHeaders().putSingle("RateLimit-Remaining", Math.max(0, verdict.remaining()));
            response.getHeaders().putSingle("RateLimit-Reset", verdict.resetSeconds());
        }
    }
}
