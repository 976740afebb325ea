package org.elbasar.member.api;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CharterVersion", description = "A version of the members' charter, in the caller's language")
public record CharterView(
        @Schema(examples = "1") int version,
        @Schema(examples = "Charte des adhérents elBasar") String title,
        @Schema(description = "Plain text; paragraphs separated by blank lines") String body,
        Instant publishedAt) {
}
