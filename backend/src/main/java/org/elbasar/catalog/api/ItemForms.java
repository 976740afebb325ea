package org.elbasar.catalog.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.elbasar.catalog.domain.ItemKind;
import org.elbasar.catalog.domain.SearchCriteria;

/** Small request and response bodies of the catalogue. */
public final class ItemForms {

    private ItemForms() {
    }

    @Schema(name = "HideRequest")
    public record HideRequest(@NotBlank @Size(max = 1000) @Schema(examples = "Annonce commerciale sans lien avec l'ESS") String reason) {
    }

    @Schema(name = "SavedSearchInput")
    public record SavedSearchInput(
            @NotBlank @Size(max = 100) @Schema(examples = "Remorques près de Lille") String name,
            @NotNull ItemKind kind,
            @NotNull @Valid SearchCriteria criteria) {
    }

    @Schema(name = "SavedSearch")
    public record SavedSearchView(UUID id, String name, ItemKind kind, SearchCriteria criteria, Instant createdAt,
            @Schema(description = "New matches are emailed in a daily digest while active") boolean active) {
    }
}
