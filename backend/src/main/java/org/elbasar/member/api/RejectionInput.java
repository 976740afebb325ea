package org.elbasar.member.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Rejection")
public record RejectionInput(
        @NotBlank @Size(max = 2000) @Schema(examples = "Votre structure n'a pas son siège en Hauts-de-France.") String reason) {
}
