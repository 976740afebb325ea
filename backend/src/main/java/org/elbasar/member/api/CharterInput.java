package org.elbasar.member.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CharterInput", description = "A new version of the charter, in French and English")
public record CharterInput(
        @NotBlank @Size(max = 200) String titleFr,
        @NotBlank @Size(max = 50000) String bodyFr,
        @NotBlank @Size(max = 200) String titleEn,
        @NotBlank @Size(max = 50000) String bodyEn) {
}
