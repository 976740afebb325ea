package org.elbasar.catalog.domain;

import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a catalogue search filters on; null means no filter. Saved as is with a saved search. */
@Schema(name = "SearchCriteria")
public record SearchCriteria(
        @Size(max = 200) @Schema(examples = "pret remorque") String q,
        @Schema(description = "true: market only; false: non-market only") Boolean market,
        ItemMode mode,
        @Size(max = 60) @Schema(description = "A category code; a top category includes its sub-categories", examples = "transport") String category,
        @Size(max = 40) @Schema(description = "Items available in this territory (commune, EPCI, département)", examples = "commune:59350") String territory,
        UUID organisation,
        @Size(max = 40) @Schema(description = "Sector code of the publishing organisation", examples = "reuse") String sector) {

    public SearchCriteria withoutText() {
        return new SearchCriteria(null, market, mode, category, territory, organisation, sector);
    }
}
