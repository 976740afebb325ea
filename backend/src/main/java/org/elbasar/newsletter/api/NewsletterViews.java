package org.elbasar.newsletter.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.elbasar.common.validation.EmailAddress;
import org.elbasar.newsletter.domain.KeyFigures;
import org.elbasar.newsletter.domain.NewsletterStatus;
import org.elbasar.newsletter.domain.PostOfTheDay;
import org.elbasar.newsletter.domain.Section;

/** What the newsletter, subscription, post-of-the-day and feed endpoints read and write. */
public final class NewsletterViews {

    private NewsletterViews() {
    }

    public enum Action {
        EDIT, SEND, TEST, REFRESH
    }

    @Schema(name = "NewsletterSummary")
    public record NewsletterSummary(UUID id, @Schema(examples = "2026-12", description = "Month of publication; the issue covers the month before") String month,
            @Schema(examples = "La lettre d'elBasar — décembre 2026") String title, NewsletterStatus status, Instant sentAt, int version) {
    }

    @Schema(name = "NewsletterItem", description = "Pinned items open the issue (highlights); removed items are kept for the editor but not sent")
    public record ItemView(UUID id, Section section, String title, String summary, @Schema(description = "Absolute address") String link,
            @Schema(description = "Département, to group items by territory") String territory, String imageUrl, boolean pinned, boolean removed) {
    }

    @Schema(name = "NewsletterFigures", description = "The network's figures for the month the issue covers")
    public record FiguresView(@Schema(examples = "2026-11") String month, long exchanges, java.math.BigDecimal totalEur,
            java.math.BigDecimal hours, long organisationsInvolved, long newMembers, long eventsHeld) {

        public static FiguresView of(KeyFigures figures) {
            return new FiguresView(figures.month(), figures.exchanges(), figures.totalEur(), figures.hours(),
                    figures.organisationsInvolved(), figures.newMembers(), figures.eventsHeld());
        }
    }

    @Schema(name = "NewsletterProgress", description = "Recipients of the issue, and how many have been sent, have failed for good or wait")
    public record Progress(long total, long sent, long failed, long pending) {
    }

    @Schema(name = "Newsletter")
    public record NewsletterView(UUID id, String month, String title, NewsletterStatus status, Instant sentAt, int version,
            String editorialFr, String editorialEn, List<ItemView> items, FiguresView figures,
            @Schema(description = "Null while a draft") Progress progress, List<Action> actions) {
    }

    @Schema(name = "NewsletterItemPlace")
    public record ItemPlace(@NotNull UUID id, @Schema(defaultValue = "false") boolean pinned,
            @Schema(defaultValue = "false") boolean removed) {
    }

    @Schema(name = "NewsletterEdit", description = "items: every item of the issue, in the wanted order")
    public record NewsletterEdit(@NotNull @Size(max = 5000) String editorialFr, @NotNull @Size(max = 5000) String editorialEn,
            @NotNull @Size(max = 500) List<@NotNull @Valid ItemPlace> items) {
    }

    @Schema(name = "NewsletterCompose")
    public record ComposeInput(@Pattern(regexp = "^\\d{4}-(0[1-9]|1[0-2])$") @Schema(examples = "2026-12", description = "Month of publication; this month when absent") String month) {
    }

    @Schema(name = "NewsletterPreviewInput")
    public record PreviewInput(@NotNull @Valid NewsletterEdit edit, @NotNull @Pattern(regexp = "^(fr|en)$") String language) {
    }

    @Schema(name = "RenderedNewsletter", description = "The email as recipients get it: subject, complete HTML document and plain text")
    public record Rendered(String subject, String html, String text) {
    }

    @Schema(name = "MyNewsletterSubscription")
    public record MySubscription(boolean subscribed, String email) {
    }

    @Schema(name = "NewsletterSubscriptionChange")
    public record SubscriptionChange(@NotNull Boolean subscribed) {
    }

    @Schema(name = "NewsletterSubscription", description = "A recipient, named by the token of their unsubscribe link")
    public record SubscriptionView(@Schema(examples = "a***@example.org") String email, boolean subscribed) {
    }

    @Schema(name = "NewsletterSubscribe")
    public record SubscribeInput(@NotBlank @Email @EmailAddress @Size(max = 254) String email, @NotNull @Pattern(regexp = "^(fr|en)$") String language) {
    }

    @Schema(name = "PostSubject", description = "What the post is about")
    public record PostSubject(PostOfTheDay.Kind kind, UUID id, String title, String organisation, String territory,
            @Schema(description = "Catalogue mode, for offers and requests") String mode, String link) {
    }

    @Schema(name = "PostOfTheDay")
    public record PostView(UUID id, LocalDate day, PostOfTheDay.Status status, PostSubject subject,
            @Schema(description = "Ready to copy: at most 500 characters, its link included") String text, String imageUrl,
            String decidedBy, Instant decidedAt,
            @Schema(description = "Exchanges declared with the POST_OF_THE_DAY channel on this subject since that day") long exchanges) {
    }

    @Schema(name = "PostTextInput")
    public record PostTextInput(@NotBlank @Size(max = 500) String text) {
    }
}
