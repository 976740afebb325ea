package org.elbasar.member.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SectorInput")
public record SectorInput(
        @NotBlank @Pattern(regexp = "^[a-z0-9-]{2,40}$") @Schema(examples = "reuse") String code,
        @NotBlank @Size(max = 120) @Schema(examples = "Réemploi") String nameFr,
        @NotBlank @Size(max = 120) @Schema(examples = "Reuse") String nameEn,
        @Min(0) @Schema(defaultValue = "0") int position) {
}
