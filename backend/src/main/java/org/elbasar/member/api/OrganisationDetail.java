package org.elbasar.member.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.elbasar.member.domain.LegalForm;
import org.elbasar.member.domain.OrganisationStatus;

@Schema(name = "OrganisationDetail", description = "An organisation's page. `contact` is present only for signed-in members and staff.")
public record OrganisationDetail(
        UUID id,
        String name,
        LegalForm legalForm,
        String siret,
        String description,
        List<String> activities,
        List<SectorRef> sectors,
        TerritoryRef commune,
        TerritoryRef epci,
        TerritoryRef departement,
        String address,
        String website,
        Instant joinedAt,
        OrganisationStatus status,
        @Schema(description = "Version for If-Match (also sent as ETag)") int version,
        Contact contact) {

    @Schema(name = "OrganisationContact")
    public record Contact(String email, String phone, List<PersonRef> people) {
    }

    @Schema(name = "OrganisationPerson")
    public record PersonRef(UUID id, String firstName, String lastName, String role) {
    }
}
