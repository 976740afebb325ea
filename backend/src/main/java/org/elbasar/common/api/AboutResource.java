package org.elbasar.common.api;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What a client needs to know before talking to the API. It touches no database, which also makes
 * it the benchmark's measure of the HTTP stack alone.
 */
@Path("/api/v1/about")
@Tag(name = "Reference data")
@Produces(MediaType.APPLICATION_JSON)
public class AboutResource {

    /** The platform's name and the version of the API contract it serves. */
    public record About(String name, String apiVersion) {
    }

    private final About about;

    public AboutResource(@ConfigProperty(name = "quarkus.smallrye-openapi.info-version") String apiVersion) {
        this.about = new About("elBasar", apiVersion);
    }

    @GET
    @PermitAll
    @Operation(operationId = "getAbout", summary = "The platform's name and API version")
    public About getAbout() {
        return about;
    }
}
