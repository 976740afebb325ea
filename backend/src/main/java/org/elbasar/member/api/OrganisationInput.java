package org.elbasar.member.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.elbasar.common.validation.EmailAddress;
import org.elbasar.common.validation.Siret;
import org.elbasar.member.domain.LegalForm;

@Schema(name = "OrganisationInput", description = "An organisation's profile as its people write it")
public record OrganisationInput(
        @NotBlank @Size(max = 150) @Schema(examples = "Les Ateliers du Réemploi") String name,
        @NotNull LegalForm legalForm,
        @Siret @Schema(description = "14 digits, Luhn key checked; optional", examples = "73282932000074") String siret,
        @NotBlank @Schema(examples = "commune:59350") String communeId,
        @NotEmpty @Size(max = 5) @Schema(examples = "[\"reuse\"]") List<@NotBlank String> sectorCodes,
        @NotBlank @Size(max = 5000) @Schema(examples = "Recyclerie associative : collecte, réparation et revente d'objets.") String description,
        @Size(max = 20) @Schema(examples = "[\"réparation de vélos\", \"collecte de meubles\"]") List<@NotBlank @Size(max = 80) String> activities,
        @Size(max = 300) @Pattern(regexp = "^https?://\\S+$") @Schema(examples = "https://ateliers-reemploi.example") String website,
        @Size(max = 25) @Pattern(regexp = "^[+0-9 ().-]{6,25}$") @Schema(examples = "03 20 00 00 00") String phone,
        @NotBlank @Email @EmailAddress @Size(max = 254) @Schema(examples = "contact@ateliers-reemploi.example") String contactEmail,
        @Size(max = 300) @Schema(examples = "12 rue des Arts") String address) {
}
