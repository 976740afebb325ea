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
import org.elbasar.common.validation.EmailAddress;

/** What the partner credentials and token endpoints read and write. */
public final class PartnerViews {

    static final String SCOPE_PATTERN = "^(catalog:read|organisations:read|opportunities:write|webhooks:manage)$";

    private PartnerViews() {
    }

    @Schema(name = "PartnerClientInput")
    public record PartnerClientInput(@NotBlank @Size(max = 150) String name, @NotBlank @Email @EmailAddress @Size(max = 254) String contactEmail,
            @NotNull @Size(min = 1, max = 4) @Schema(description = "Among catalog:read, organisations:read, opportunities:write, webhooks:manage") List<@NotNull @Pattern(regexp = SCOPE_PATTERN) String> scopes,
            @Min(1) @Max(100000) @Schema(description = "Requests a minute before 429; when omitted, "
                    + PartnerClientInput.DEFAULT_REQUESTS_PER_MINUTE + " at registration and unchanged by an update",
                    defaultValue = "" + PartnerClientInput.DEFAULT_REQUESTS_PER_MINUTE, examples = "120") Integer requestsPerMinute,
            @Schema(description = "False stops its tokens at once; when omitted, active at registration and unchanged by an update",
                    defaultValue = "true") Boolean active) {

        public static final int DEFAULT_REQUESTS_PER_MINUTE = 120;
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

    @Schema(name = "PartnerOrganisationRef")
    public record OrganisationRef(UUID id, String name, @Schema(description = "When known") String siret) {
    }

    @Schema(name = "PartnerOffer", description = "A listed offer, without anyone's private contact data")
    public record PartnerOffer(UUID id, String title, String description, @Schema(examples = "transport-vehicles") String categoryCode,
            String categoryName, @Schema(examples = "SALE") String mode, boolean market, java.math.BigDecimal price,
            @Schema(examples = "HOUR") String priceUnit, boolean onQuote, @Schema(examples = "EPCI") String reach, String reachTerritoryId,
            OrganisationRef organisation, @Schema(description = "Its organisation lets partner purchasing platforms (Ceres) show it") boolean showOnCeres,
            Instant publishedAt, Instant updatedAt, @Schema(description = "Its page on elBasar") String link) {
    }

    @Schema(name = "PartnerOrganisation", description = "An active member, without its private contact data")
    public record PartnerOrganisation(UUID id, String name, @Schema(examples = "ASSOCIATION") String legalForm, String siret,
            String description, List<String> activities, List<String> sectors, @Schema(examples = "commune:59350") String communeId,
            String communeName, String website, Instant joinedAt, @Schema(description = "Its page on elBasar") String link) {
    }

    @Schema(name = "PartnerChange", description = "The state of one thing after a change: withdrawn (a tombstone: delete your copy) or its data")
    public record Change<T>(UUID id, boolean withdrawn, T data) {
    }

    @Schema(name = "PartnerChangePage", description = """
            Changes in a stable order. Apply them in order (upsert the data, delete on withdrawn), keep `next` and ask with             `cursor=<next>` until `hasMore` is false; ask again later with the last `next`. Replaying every page from the             start gives exactly what is listed now.""")
    public record ChangePage<T>(List<Change<T>> changes, @Schema(description = "The cursor to ask from next time") String next, boolean hasMore) {
    }
}
