package org.elbasar.member.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Sector", description = "A sector of activity, named in the caller's language")
public record SectorRef(@Schema(examples = "reuse") String code,
        @Schema(examples = "Réemploi, recyclage et économie circulaire") String name) {
}
