package org.elbasar.exchange.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.elbasar.catalog.api.ItemViews.OrganisationRef;
import org.elbasar.catalog.domain.ItemMode;
import org.elbasar.exchange.domain.ExchangeSide;
import org.elbasar.exchange.domain.ExchangeStatus;
import org.elbasar.exchange.domain.OriginChannel;
import org.elbasar.exchange.domain.ValuationKind;
import org.elbasar.exchange.domain.ValuationMethod;
import org.elbasar.hotline.api.HotlineViews.PersonRef;
import org.elbasar.common.validation.DateWindow;

/** What the exchanges API reads and writes. */
public final class ExchangeViews {

    private ExchangeViews() {
    }

    @Schema(name = "ExchangeInput", description = """
            An exchange as declared by one party (or an animator). Market modes take amountEur (excluding tax);
            non-market modes take what the valuation rule of their kind needs: hours (hourly rates), days (loans),
            declaredValueEur (loans valued by percentage, donations, barters). offerId, requestId and introductionId
            say what it came from: the channel is then set from them unless given.""")
    public record ExchangeInput(
            @NotNull UUID providerOrganisationId,
            @NotNull UUID beneficiaryOrganisationId,
            @NotNull ItemMode mode,
            @NotNull @Schema(examples = "2026-11-20") LocalDate occurredOn,
            @NotBlank @Size(max = 2000) String description,
            UUID offerId,
            UUID requestId,
            UUID introductionId,
            @Schema(description = "The event where the parties met (an event that has taken place); the channel is then EVENT") UUID eventId,
            @Schema(description = "Where the parties found each other; HOTLINE from an introduction, CATALOGUE from an item, EVENT from an event, DIRECT otherwise") OriginChannel channel,
            @DecimalMin("0") @DecimalMax("10000000") @Digits(integer = 8, fraction = 2) @Schema(examples = "450.00") BigDecimal amountEur,
            @Schema(description = "Non-market: the kind of help the value rule is chosen by; defaults from the mode") ValuationKind valuationKind,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("10000") @Digits(integer = 5, fraction = 2) @Schema(examples = "6") BigDecimal hours,
            @Min(1) @Max(3650) Integer days,
            @DecimalMin("0") @DecimalMax("10000000") @Digits(integer = 8, fraction = 2) BigDecimal declaredValueEur,
            @Schema(description = "Animators: the side they declare for (the other confirms); PROVIDER if absent. Members declare for their own organisation") ExchangeSide declaredBySide) {
    }

    @Schema(name = "EventLink", description = "The event an exchange was born at")
    public record EventLink(UUID id, String title, OffsetDateTime startsAt) {
    }

    @Schema(name = "ItemLink", description = "The offer or request an exchange came from")
    public record ItemLink(UUID id, String title) {
    }

    @Schema(name = "ValuationRule", description = "How one kind of non-market help is valued, from a date until the next rule of that kind")
    public record ValuationRuleView(Integer id, ValuationKind kind, ValuationMethod method,
            @Schema(description = "€ per hour, € per day or % of the declared value per day; null for DECLARED_VALUE") BigDecimal rate,
            LocalDate effectiveFrom,
            @Schema(description = "The day before the next rule of this kind takes over; null while it is the latest") LocalDate effectiveUntil,
            @Schema(description = "The rule in words, in the caller's language", examples = "1 heure de coup de main = 18,00 €") String description) {
    }

    @Schema(name = "ValuationRuleInput")
    public record ValuationRuleInput(@NotNull ValuationKind kind, @NotNull ValuationMethod method,
            @DecimalMin("0") @DecimalMax("100000") @Digits(integer = 6, fraction = 2) BigDecimal rate,
            @NotNull LocalDate effectiveFrom) {
    }

    @Schema(name = "ExchangeAction", description = "What the caller may do with an exchange now")
    public enum ExchangeAction { CONFIRM, DISPUTE, AMEND, CANCEL, VOID }

    @Schema(name = "Exchange")
    public record ExchangeView(UUID id, ExchangeStatus status, OrganisationRef provider, OrganisationRef beneficiary,
            ExchangeSide declaredBySide, PersonRef declaredBy, ItemMode mode,
            @Schema(description = "SALE, SERVICE and ADVICE are market exchanges") boolean market,
            LocalDate occurredOn, String description, ItemLink offer, ItemLink request, UUID introductionId, EventLink event,
            OriginChannel channel, BigDecimal amountEur, ValuationKind valuationKind, BigDecimal hours, Integer days,
            BigDecimal declaredValueEur,
            @Schema(description = "Non-market: the euro value computed by the rule, fixed when declared") BigDecimal valueEur,
            ValuationRuleView rule, PersonRef confirmedBy, boolean confirmedOnBehalf, Instant confirmedAt,
            Instant createdAt, Instant updatedAt,
            @Schema(description = "Null, DRAFT or ACCEPTED") String agreement,
            List<ExchangeAction> actions) {
    }

    @Schema(name = "ExchangeChange", description = "One recorded change of an exchange")
    public record ChangeView(Instant at, PersonRef actor,
            @Schema(examples = "DECLARED", enumeration = { "DECLARED", "AMENDED", "CONFIRMED", "DISPUTED", "CANCELLED", "VOIDED" }) String action,
            boolean onBehalf, String note) {
    }

    @Schema(name = "ExchangeDetail", description = "An exchange with its history, agreement and testimonial")
    public record ExchangeDetail(ExchangeView exchange, List<ChangeView> history, AgreementView agreement, TestimonialView testimonial) {
    }

    @Schema(name = "ConfirmInput", description = "Animators confirming for a party say how it was confirmed (e.g. by phone)")
    public record ConfirmInput(@Size(max = 1000) String note) {
    }

    @Schema(name = "ReasonInput")
    public record ReasonInput(@NotBlank @Size(max = 1000) String reason) {
    }

    @Schema(name = "AgreementTerms", description = "What the cooperation agreement is made of; the text is built from them")
    public record AgreementTerms(
            @NotBlank @Size(max = 500) String object,
            @NotNull @DateWindow(past = "P2Y", future = "P2Y") LocalDate startsOn,
            @NotNull @Min(1) @Max(120) Integer durationMonths,
            @NotBlank @Size(max = 2000) String providerContributions,
            @NotBlank @Size(max = 2000) String beneficiaryContributions,
            @Size(max = 2000) @Schema(description = "Who answers for what; required for equipment loans") String responsibilities,
            @Size(max = 2000) @Schema(description = "Insurance covering the loan; required for equipment loans") String insurance,
            @Schema(defaultValue = "false") boolean confidential) {
    }

    @Schema(name = "Acceptance")
    public record Acceptance(PersonRef by, Instant at) {
    }

    @Schema(name = "Agreement")
    public record AgreementView(AgreementTerms terms, String text,
            @Schema(description = "SHA-256 of the text, hex") String sha256, PersonRef draftedBy, Instant draftedAt,
            Acceptance provider, Acceptance beneficiary,
            @Schema(description = "When both had accepted: the text can no longer change") Instant frozenAt) {
    }

    @Schema(name = "AgreementAcceptInput", description = "The hash of the text accepted, as shown: a text changed meanwhile is refused")
    public record AcceptInput(@NotBlank @Pattern(regexp = "^[0-9a-f]{64}$") String sha256) {
    }

    @Schema(name = "TestimonialInput")
    public record TestimonialInput(@NotBlank @Size(max = 2000) String text) {
    }

    @Schema(name = "ConsentInput")
    public record ConsentInput(@NotNull Boolean publish) {
    }

    @Schema(name = "Testimonial")
    public record TestimonialView(String text, PersonRef writtenBy, boolean providerConsents, boolean beneficiaryConsents,
            Instant updatedAt, Instant publishedAt) {
    }

    @Schema(name = "PublishedTestimonial", description = "A testimonial both parties agreed to publish")
    public record PublishedTestimonial(UUID exchangeId, String text, OrganisationRef provider, OrganisationRef beneficiary,
            ItemMode mode, LocalDate occurredOn, Instant publishedAt) {
    }
}
