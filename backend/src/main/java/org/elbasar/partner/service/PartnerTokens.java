package org.elbasar.partner.service;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.elbasar.common.api.ApiException;
import org.elbasar.common.service.SecretTokens;
import org.elbasar.partner.api.PartnerViews.TokenResponse;
import org.elbasar.partner.domain.PartnerClient;

/** The OAuth 2 client-credentials grant (RFC 6749 §4.4): a partner's id and secret for a short-lived token of its scopes. */
@ApplicationScoped
public class PartnerTokens {

    /** The group every partner token carries; its scopes are groups too. */
    public static final String PARTNER = "PARTNER";
    public static final String CLIENT_CLAIM = "client_id";
    static final long LIFETIME_SECONDS = 900;

    private final Clock clock;

    public PartnerTokens(Clock clock) {
        this.clock = clock;
    }

    /**
     * A token for the scopes asked ({@code null}: all the client's), refused alike for an unknown client
     * or a wrong secret. Only a caller that proved it holds the secret learns that its client is
     * deactivated (401 client-inactive), so that it asks the platform's admins instead of its own
     * configuration; nobody else learns anything of the client.
     */
    @Transactional
    public TokenResponse issue(String grantType, String clientId, String clientSecret, String scope) {
        if (!"client_credentials".equals(grantType)) {
            throw ApiException.invalid("grant_type", "validation.grant-type");
        }
        PartnerClient client = client(clientId);
        if (client == null || clientSecret == null || !sameHash(client.secretHash, SecretTokens.hash(clientSecret))) {
            throw new ApiException(Status.UNAUTHORIZED, "invalid-client");
        }
        if (!client.active) {
            throw new ApiException(Status.UNAUTHORIZED, "client-inactive");
        }
        Set<String> granted = new LinkedHashSet<>(client.scopes);
        if (scope != null && !scope.isBlank()) {
            Set<String> asked = new HashSet<>(Arrays.asList(scope.trim().split("\\s+")));
            if (!client.scopes.containsAll(asked)) {
                throw ApiException.invalid("scope", "validation.partner-scope");
            }
            granted.retainAll(asked);
        }
        Instant now = clock.instant();
        Set<String> groups = new LinkedHashSet<>(List.of(PARTNER));
        groups.addAll(granted);
        String token = Jwt.subject(client.id.toString())
                .groups(groups)
                .claim(CLIENT_CLAIM, client.id.toString())
                .claim("scope", String.join(" ", granted))
                .issuedAt(now)
                .expiresAt(now.plusSeconds(LIFETIME_SECONDS))
                .sign();
        return new TokenResponse(token, "Bearer", LIFETIME_SECONDS, String.join(" ", granted));
    }

    private static PartnerClient client(String clientId) {
        try {
            return clientId == null ? null : PartnerClient.findById(UUID.fromString(clientId));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean sameHash(String stored, String presented) {
        return MessageDigest.isEqual(stored.getBytes(StandardCharsets.US_ASCII), presented.getBytes(StandardCharsets.US_ASCII));
    }
}
