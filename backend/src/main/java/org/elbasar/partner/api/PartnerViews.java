package org.elbasar.partner.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the partner credentials and token endpoints read and write. */
public final class PartnerViews {

    static final String SCOPE_PATTERN = "^(catalog:read|organisations:read|opportunities:write|webhooks:manage)$";

    private PartnerViews() {
    }

    @Schema(name = "PartnerClientInput")
    public record PartnerClientInput(@NotBlank @Size(max = 150) String name, @NotBlank @Email @Size(max = 254) String contactEmail,
            @NotNull @Size(min = 1, max = 4) @Schema(description = "Among catalog:read, organisations:read, opportunities:write, webhooks:manage") List<@NotNull @Pattern(regexp = SCOPE_PATTERN) String> scopes,
            @Min(1) @Max(100000) @Schema(description = "Requests a minute before 429", examples = "120") int requestsPerMinute,
            @Schema(description = "False stops its tokens at once") boolean active) {
    }

    @Schema(name = "PartnerUsage", description = "Requests answered and refused (429) over the last hour and the last 24 hours")
    public record Usage(long lastHour, long last24Hours, long refusedLast24Hours) {
    }

    @Schema(name = "PartnerClient")
    public record PartnerClientView(@Schema(description = "The client id") UUID id, String name, String contactEmail, List<String> scopes,
            int requestsPerMinute, boolean active, Instant createdAt, Instant secretRotatedAt, Usage usage, int version) {
    }

    @Schema(name = "PartnerCredentials", description = "The secret is shown this once; only its hash is kept")
    public record Credentials(String clientId, String clientSecret, PartnerClientView client) {
    }

    @Schema(name = "PartnerUsageHour")
    public record UsageHour(@Schema(examples = "2026-11-28T10:00:00Z") Instant hour, long requests, long refused) {
    }

    @Schema(name = "OAuthToken", description = "RFC 6749 access token response")
    public record TokenResponse(@JsonProperty("access_token") String accessToken, @JsonProperty("token_type") @Schema(examples = "Bearer") String tokenType,
            @JsonProperty("expires_in") @Schema(examples = "900") long expiresIn,
            @Schema(examples = "catalog:read organisations:read") String scope) {
    }

    @Schema(name = "PartnerWhoAmI", description = "The partner the token names, its scopes and its rate limit")
    public record WhoAmI(UUID clientId, String name, List<String> scopes, int requestsPerMinute) {
    }
}
