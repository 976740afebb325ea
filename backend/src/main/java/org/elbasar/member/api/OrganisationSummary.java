package org.elbasar.member.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.elbasar.member.domain.LegalForm;

@Schema(name = "OrganisationSummary", description = "An organisation as listed in the directory")
public record OrganisationSummary(
        UUID id,
        @Schema(examples = "Les Ateliers du Réemploi") String name,
        LegalForm legalForm,
        TerritoryRef commune,
        List<SectorRef> sectors,
        @Schema(description = "The start of the description") String summary,
        Instant joinedAt) {
}
