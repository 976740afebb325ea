package org.elbasar.catalog.api;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.elbasar.catalog.domain.ItemMode;
import org.elbasar.catalog.domain.PriceUnit;
import org.elbasar.catalog.domain.Reach;
import org.elbasar.common.validation.DateWindow;

@Schema(name = "ItemInput", description = """
        An offer or a request as its organisation writes it. Market modes (SALE, SERVICE, ADVICE) need a price \
        with its unit, or onQuote; non-market modes take no price but may give an indicative value. \
        reachTerritoryId names the commune, EPCI or département reached (none for REGION and REMOTE). \
        neededBy is for requests only.""")
public record ItemInput(
        @NotBlank @Size(max = 120) @Schema(examples = "Prêt d'une remorque bâchée 750 kg") String title,
        @NotBlank @Size(max = 5000) @Schema(examples = "Remorque disponible les week-ends pour vos déménagements et collectes.") String description,
        @NotBlank @Size(max = 60) @Schema(examples = "transport-vehicles") String categoryCode,
        @NotNull ItemMode mode,
        @DecimalMin("0") @Digits(integer = 10, fraction = 2) @Schema(description = "Euros excluding tax", examples = "45") BigDecimal price,
        PriceUnit priceUnit,
        @Schema(description = "Market modes only: the price is given on quote", defaultValue = "false") boolean onQuote,
        @DecimalMin("0") @Digits(integer = 10, fraction = 2) @Schema(description = "Non-market modes only: what it would cost, in euros", examples = "30") BigDecimal indicativeValue,
        @NotNull Reach reach,
        @Size(max = 40) @Schema(examples = "epci:200093201") String reachTerritoryId,
        @Size(max = 300) @Schema(examples = "Les week-ends, sur réservation") String availability,
        @Schema(description = "Last day it stays in the catalogue; default 90 days from now, at most a year") LocalDate expiresOn,
        @DateWindow(future = "P3Y") @Schema(description = "Requests only: when the need must be met") LocalDate neededBy,
        @Schema(description = "Market offers only: the organisation lets partner purchasing platforms (Ceres) show this offer",
                defaultValue = "false") boolean showOnCeres) {
}
