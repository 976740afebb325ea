package org.elbasar.partner.api;

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
import org.elbasar.catalog.domain.ItemMode;
import org.elbasar.catalog.domain.Reach;
import org.elbasar.common.validation.EmailAddress;
import org.elbasar.partner.domain.AmountBracket;
import org.elbasar.partner.domain.OpportunityStatus;

/** A buyer's need a partner sends to the hotline, and what becomes of it. */
public final class OpportunityViews {

    private OpportunityViews() {
    }

    @Schema(name = "OpportunityBuyer", description = "Who buys. The contact receives the hotline's introductions by email")
    public record Buyer(@NotBlank @Size(max = 150) @Schema(examples = "Ville de Roubaix") String name,
            @Pattern(regexp = "^[0-9]{14}$") @Schema(examples = "21590512800015") String siret,
            @Size(max = 150) String contactName,
            @NotBlank @Email @EmailAddress @Size(max = 254) @Schema(examples = "achats@ville-roubaix.example") String contactEmail) {
    }

    @Schema(name = "OpportunityInput")
    public record OpportunityInput(
            @NotBlank @Size(max = 120) @Schema(examples = "Traiteur pour 300 repas solidaires") String title,
            @NotBlank @Size(max = 5000) String description,
            @NotBlank @Size(max = 60) @Schema(examples = "food-catering") String categoryCode,
            @NotNull @Schema(description = "A market mode: SALE, SERVICE or ADVICE") ItemMode mode,
            @NotBlank @Size(max = 40) @Schema(description = "Where the need is, a commune", examples = "commune:59512") String communeId,
            @Schema(description = "How far providers may be from it; DEPARTEMENT when absent") Reach reach,
            @NotNull @Schema(description = "The buyer's deadline for answers") LocalDate deadline,
            @NotNull AmountBracket amountBracket,
            @NotNull @Valid Buyer buyer,
            @Size(max = 2000) @Pattern(regexp = "^https?://\\S+$") @Schema(description = "The need on the partner's site") String link) {
    }

    @Schema(name = "OpportunityIntroduction", description = "A member the hotline introduced to the buyer")
    public record IntroducedMember(PartnerViews.OrganisationRef organisation, Instant introducedAt) {
    }

    @Schema(name = "Opportunity")
    public record OpportunityView(UUID id, OpportunityStatus status, String title, @Schema(description = "The request on elBasar") UUID requestId,
            String buyerName, String buyerSiret, LocalDate deadline, AmountBracket amountBracket, Instant createdAt,
            List<IntroducedMember> introductions, @Schema(description = "Its page on elBasar") String link) {
    }
}
