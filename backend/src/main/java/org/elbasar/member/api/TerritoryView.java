package org.elbasar.member.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.elbasar.member.domain.Territory;

@Schema(name = "Territory", description = "A commune, EPCI, département or the region (official split of Hauts-de-France)")
public record TerritoryView(
        @Schema(examples = "commune:59350") String id,
        Territory.Kind kind,
        @Schema(description = "INSEE code (SIREN for an EPCI)", examples = "59350") String code,
        @Schema(examples = "Lille") String name,
        @Schema(examples = "[\"59000\", \"59800\"]") List<String> postalCodes,
        @Schema(examples = "59") String departementCode) {
}
