package org.elbasar.member.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TerritoryRef")
public record TerritoryRef(@Schema(examples = "commune:59350") String id, @Schema(examples = "Lille") String name) {
}
