package org.elbasar.member.api;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CharterAcceptance", description = "Who accepted which version of the charter, and when")
public record CharterAcceptanceView(
        UUID personId,
        String personName,
        UUID organisationId,
        String organisationName,
        int version,
        Instant acceptedAt) {
}
