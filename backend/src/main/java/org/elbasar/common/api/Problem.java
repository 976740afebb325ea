package org.elbasar.common.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, the one shape of every error answer. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details. `violations` names each invalid field.")
public record Problem(
        @Schema(examples = "https://elbasar.org/problems/validation") String type,
        @Schema(examples = "Invalid data") String title,
        @Schema(examples = "400") int status,
        @Schema(examples = "Some fields are invalid.") String detail,
        @Schema(examples = "/api/v1/auth/signup") String instance,
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field: its JSON path in the request (or the query parameter's name) and why. */
    @Schema(name = "Violation")
    public record Violation(
            @Schema(examples = "organisation.siret") String field,
            @Schema(examples = "SIRET number is invalid (Luhn key)") String message) {
    }
}
