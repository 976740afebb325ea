package org.elbasar.member.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.elbasar.account.domain.Roles;
import org.elbasar.common.api.CurrentCaller;
import org.elbasar.common.api.DataExport;
import org.elbasar.common.api.ETags;
import org.elbasar.common.api.Page;
import org.elbasar.member.domain.LegalForm;
import org.elbasar.member.service.DirectoryQuery;
import org.elbasar.member.service.OrganisationData;
import org.elbasar.member.service.OrganisationService;

@Path("/api/v1/organisations")
@Tag(name = "Directory")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    private final OrganisationService organisations;
    private final OrganisationData organisationData;
    private final CurrentCaller caller;

    public OrganisationResource(OrganisationService organisations, OrganisationData organisationData, CurrentCaller caller) {
        this.organisations = organisations;
        this.organisationData = organisationData;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Operation(operationId = "searchOrganisations", summary = "Search the directory of active members",
            description = "French full-text search (accents, case and plurals ignored) on name, activities and description, or a part of the name"
                    + " as typed; filters combine. Relevance ranks the 300 most recently joined matches (with 300 or fewer, all of them);"
                    + " the others follow them, newest first.")
    public Page<OrganisationSummary> searchOrganisations(
            @QueryParam("q") @Size(max = 200) @Parameter(description = "Words to search", example = "recyclerie velo") String q,
            @QueryParam("sector") @Size(max = 40) @Parameter(description = "Sector code", example = "reuse") String sector,
            @QueryParam("territory") @Size(max = 40) @Parameter(description = "Commune, EPCI or département id: organisations located inside it", example = "epci:200093201") String territory,
            @QueryParam("legalForm") LegalForm legalForm,
            @QueryParam("newThisMonth") @DefaultValue("false") @Parameter(description = "Only members who joined this calendar month") boolean newThisMonth,
            @QueryParam("sort") @DefaultValue("relevance") @Pattern(regexp = "relevance|name|newest") String sort,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return organisations.search(caller.get().personId(), new DirectoryQuery(q, sector, territory, legalForm, newThisMonth,
                DirectoryQuery.Sort.valueOf(sort.toUpperCase()), page, size), caller.locale());
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getOrganisation", summary = "An organisation's page",
            description = "`contact` (email, phone, people) is given to signed-in members and staff only.")
    @APIResponse(responseCode = "200", description = "The organisation",
            headers = @Header(name = "ETag", description = "Its version, for If-Match"),
            content = @Content(schema = @Schema(implementation = OrganisationDetail.class)))
    public Response getOrganisation(@PathParam("id") UUID id) {
        OrganisationDetail detail = organisations.detail(id, caller.get());
        return Response.ok(detail).tag(new EntityTag(Integer.toString(detail.version()))).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.ORG_ADMIN, Roles.ANIMATOR, Roles.ADMIN })
    @Operation(operationId = "updateOrganisation", summary = "Update an organisation's profile",
            description = "For its admins and staff. Needs If-Match with the ETag last read: 428 without it, 412 when someone changed it meanwhile.")
    @APIResponse(responseCode = "200", description = "The updated organisation",
            headers = @Header(name = "ETag", description = "The new version"),
            content = @Content(schema = @Schema(implementation = OrganisationDetail.class)))
    @APIResponse(responseCode = "409", description = "Another member organisation has this SIRET")
    @APIResponse(responseCode = "412", description = "Changed by someone else since it was read: read it again")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response updateOrganisation(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag last read", example = "\"3\"") String ifMatch,
            @NotNull @Valid OrganisationInput input) {
        OrganisationDetail detail = organisations.update(id, ETags.version(ifMatch), input, caller.get());
        return Response.ok(detail).tag(new EntityTag(Integer.toString(detail.version()))).build();
    }

    @GET
    @Path("/{id}/data")
    @RolesAllowed({ Roles.ORG_ADMIN, Roles.ADMIN })
    @Operation(operationId = "exportOrganisationData", summary = "Download everything the platform holds about an organisation (JSON)",
            description = "For the organisation's admins and platform admins: its profile and every record that belongs to it (people, offers and requests, exchanges, events, hotline cases, agreements, figures, audit entries), without secrets. Recorded in the audit log.")
    @APIResponse(responseCode = "200", description = "The document, as an attachment",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=elbasar-donnees-organisation-<date>.json"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DataExport.class)))
    public Response exportOrganisationData(@PathParam("id") UUID id) {
        return organisationData.export(id, caller.get()).asAttachment();
    }
}
