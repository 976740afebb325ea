package org.elbasar.partner.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.elbasar.partner.domain.OfferView;
import org.elbasar.partner.domain.WebhookEvent;

/** What partners send and read about their webhook subscriptions and deliveries. */
public final class WebhookViews {

    private WebhookViews() {
    }

    @Schema(name = "WebhookInput")
    public record WebhookInput(
            @NotBlank @Size(max = 2000) @Schema(description = "Where deliveries are POSTed (https)", examples = "https://ceres.example/hooks/elbasar") String url,
            @NotNull @Size(min = 1, max = 5) @Schema(description = "offer.published, offer.updated, offer.withdrawn (scope catalog:read), organisation.updated (organisations:read), opportunity.status_changed (opportunities:write)")
            List<@NotNull @Pattern(regexp = WebhookEvent.NAME_PATTERN) String> events,
            @Schema(description = "Offer events for every listed offer (ALL, the default) or for the market offers shown on Ceres (MARKET)") OfferView offerView) {
    }

    @Schema(name = "Webhook")
    public record WebhookView(UUID id, String url, List<String> events, OfferView offerView, boolean active, Instant createdAt) {
    }

    @Schema(name = "WebhookCreated", description = "The signing secret is shown this once")
    public record WebhookCreated(WebhookView webhook, @Schema(description = "Signs every delivery (HMAC-SHA256)") String secret) {
    }

    @Schema(name = "WebhookAttempt")
    public record AttemptView(Instant attemptedAt, @Schema(description = "The receiver's HTTP status, absent when it could not be reached") Integer statusCode,
            String error, int durationMs) {
    }

    @Schema(name = "WebhookDelivery", description = "One event for one subscription, with every attempt to deliver it")
    public record DeliveryView(@Schema(description = "The event id (header Elbasar-Event-Id): deduplicate on it") UUID id,
            @Schema(examples = "offer.published") String type,
            @Schema(examples = "DELIVERED", enumeration = { "PENDING", "DELIVERED", "FAILED" }) String status, int attempts,
            Instant createdAt, Instant nextAttemptAt, Instant deliveredAt, List<AttemptView> log) {
    }

    @Schema(name = "WebhookReplay", description = "Replays the deliveries of the subscription created from that instant, whatever their status")
    public record ReplayInput(@NotNull Instant since, @Schema(description = "Only FAILED ones when true", defaultValue = "false") boolean failedOnly) {
    }

    @Schema(name = "WebhookReplayed")
    public record Replayed(int deliveries) {
    }
}
