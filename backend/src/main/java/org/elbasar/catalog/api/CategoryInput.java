package org.elbasar.catalog.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CategoryInput", description = "A category; with a parentCode it is a sub-category of that top category")
public record CategoryInput(
        @Size(max = 60) @Schema(examples = "transport") String parentCode,
        @NotBlank @Size(max = 120) @Schema(examples = "Vélos cargos") String nameFr,
        @NotBlank @Size(max = 120) @Schema(examples = "Cargo bikes") String nameEn,
        @Min(0) @Schema(defaultValue = "0") int position) {
}
