package org.elbasar.impact.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.elbasar.account.domain.Roles;
import org.elbasar.common.api.CurrentCaller;
import org.elbasar.impact.api.ImpactViews.ImpactSummary;
import org.elbasar.impact.api.ImpactViews.NetworkGraph;
import org.elbasar.impact.api.ImpactViews.ScopeKind;
import org.elbasar.impact.api.ImpactViews.YearReport;
import org.elbasar.impact.service.ImpactExport;
import org.elbasar.impact.service.ImpactExport.Format;
import org.elbasar.impact.service.ImpactFigures;
import org.elbasar.impact.service.ImpactFigures.Period;
import org.elbasar.impact.service.ImpactFigures.Scope;
import org.elbasar.impact.service.YearReports;

/**
 * Figures of confirmed exchanges. Members see the aggregates of the network, territories and sectors and
 * their own organisation's; animators see every organisation's and the graph of who exchanges with whom.
 */
@Path("/api/v1/impact")
@Tag(name = "Impact")
@Produces(MediaType.APPLICATION_JSON)
public class ImpactResource {

    private static final String MONTH = "^\\d{4}-(0[1-9]|1[0-2])$";

    private final ImpactFigures figures;
    private final ImpactExport export;
    private final YearReports reports;
    private final CurrentCaller caller;

    public ImpactResource(ImpactFigures figures, ImpactExport export, YearReports reports, CurrentCaller caller) {
        this.figures = figures;
        this.export = export;
        this.reports = reports;
        this.caller = caller;
    }

    @GET
    @Path("/network")
    @RolesAllowed(Roles.SIGNED_IN)
    @Operation(operationId = "getNetworkImpact", summary = "The whole network's figures over whole months (the last 12 by default)")
    public ImpactSummary getNetworkImpact(@QueryParam("from") @Pattern(regexp = MONTH) @Parameter(example = "2026-01") String from,
            @QueryParam("to") @Pattern(regexp = MONTH) @Parameter(example = "2026-12") String to) {
        return figures.summary(Scope.network(), Period.of(from, to), caller.get());
    }

    @GET
    @Path("/territories/{territoryId}")
    @RolesAllowed(Roles.SIGNED_IN)
    @Operation(operationId = "getTerritoryImpact", summary = "Figures of exchanges with a party in a département or an EPCI")
    public ImpactSummary getTerritoryImpact(@PathParam("territoryId") @Parameter(example = "departement:59") String territoryId,
            @QueryParam("from") @Pattern(regexp = MONTH) String from, @QueryParam("to") @Pattern(regexp = MONTH) String to) {
        return figures.summary(new Scope(ScopeKind.TERRITORY, territoryId), Period.of(from, to), caller.get());
    }

    @GET
    @Path("/sectors/{code}")
    @RolesAllowed(Roles.SIGNED_IN)
    @Operation(operationId = "getSectorImpact", summary = "Figures of exchanges with a party in a sector")
    public ImpactSummary getSectorImpact(@PathParam("code") String code,
            @QueryParam("from") @Pattern(regexp = MONTH) String from, @QueryParam("to") @Pattern(regexp = MONTH) String to) {
        return figures.summary(new Scope(ScopeKind.SECTOR, code), Period.of(from, to), caller.get());
    }

    @GET
    @Path("/organisations/{id}")
    @RolesAllowed(Roles.SIGNED_IN)
    @Operation(operationId = "getOrganisationImpact", summary = "One organisation's figures, for its people and animators")
    public ImpactSummary getOrganisationImpact(@PathParam("id") UUID id,
            @QueryParam("from") @Pattern(regexp = MONTH) String from, @QueryParam("to") @Pattern(regexp = MONTH) String to) {
        return figures.summary(new Scope(ScopeKind.ORGANISATION, id.toString()), Period.of(from, to), caller.get());
    }

    @GET
    @Path("/organisations/{id}/years/{year}")
    @RolesAllowed(Roles.SIGNED_IN)
    @Operation(operationId = "getYearReport", summary = "An organisation's year in elBasar: figures, partners, exchanges, testimonials")
    public YearReport getYearReport(@PathParam("id") UUID id, @PathParam("year") @Min(2000) @Max(2100) int year) {
        return reports.report(id, year, caller.get());
    }

    @GET
    @Path("/graph")
    @RolesAllowed({ Roles.ANIMATOR, Roles.ADMIN })
    @Operation(operationId = "getNetworkGraph", summary = "Who exchanged with whom: organisations and their heaviest exchange pairs")
    public NetworkGraph getNetworkGraph(
            @QueryParam("scope") @Parameter(description = "network (default), a territory id or sector:<code>") String scope,
            @QueryParam("from") @Pattern(regexp = MONTH) String from, @QueryParam("to") @Pattern(regexp = MONTH) String to,
            @QueryParam("limit") @DefaultValue("150") @Min(1) @Max(500) int limit) {
        return figures.graph(scope == null ? Scope.network() : Scope.parse(scope), Period.of(from, to), limit, caller.get());
    }

    @GET
    @Path("/export")
    @RolesAllowed(Roles.SIGNED_IN)
    @Produces({ "text/csv", ImpactExport.ODS })
    @Operation(operationId = "exportImpact", summary = "The figures for funders: ODS with one sheet per table, or one table as CSV")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            @Content(mediaType = ImpactExport.ODS, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")) })
    public Response exportImpact(
            @QueryParam("scope") @Parameter(description = "network (default), a territory id, sector:<code> or organisation:<id>") String scope,
            @QueryParam("from") @Pattern(regexp = MONTH) String from, @QueryParam("to") @Pattern(regexp = MONTH) String to,
            @QueryParam("format") @NotNull @Parameter(required = true) Format format,
            @QueryParam("table") @DefaultValue("summary") @Pattern(regexp = "^(summary|monthly|channels|modes)$")
            @Parameter(description = "CSV: which table") String table) {
        ImpactExport.File file = export.export(scope == null ? Scope.network() : Scope.parse(scope), Period.of(from, to), format, table,
                caller.get());
        return Response.ok(file.content(), file.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.name() + "\"").build();
    }
}
