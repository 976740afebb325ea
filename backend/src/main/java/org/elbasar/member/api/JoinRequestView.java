package org.elbasar.member.api;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "JoinRequest", description = "A pending organisation waiting for an animator's decision")
public record JoinRequestView(
        OrganisationDetail organisation,
        Applicant applicant,
        Instant submittedAt,
        Integer charterVersion) {

    @Schema(name = "JoinRequestApplicant")
    public record Applicant(String firstName, String lastName, String email) {
    }
}
