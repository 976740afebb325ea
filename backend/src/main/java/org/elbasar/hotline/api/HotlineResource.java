package org.elbasar.hotline.api;

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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.elbasar.account.domain.Roles;
import org.elbasar.common.api.CurrentCaller;
import org.elbasar.common.api.Page;
import org.elbasar.hotline.api.HotlineViews.CaseDetail;
import org.elbasar.hotline.api.HotlineViews.CaseNote;
import org.elbasar.hotline.api.HotlineViews.CaseSummary;
import org.elbasar.hotline.api.HotlineViews.CaseUpdate;
import org.elbasar.hotline.api.HotlineViews.HotlineFigures;
import org.elbasar.hotline.api.HotlineViews.NeedInput;
import org.elbasar.hotline.api.HotlineViews.NoteInput;
import org.elbasar.hotline.api.HotlineViews.OfferMatch;
import org.elbasar.hotline.api.HotlineViews.PersonRef;
import org.elbasar.hotline.domain.CaseStatus;
import org.elbasar.hotline.service.HotlineBoard;
import org.elbasar.hotline.service.OfferMatches;

/** The animators' hotline board: needs, who handles them, notes, figures. */
@Path("/api/v1/hotline")
@Tag(name = "Hotline")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ANIMATOR, Roles.ADMIN })
public class HotlineResource {

    private final HotlineBoard board;
    private final OfferMatches matches;
    private final CurrentCaller caller;

    public HotlineResource(HotlineBoard board, OfferMatches matches, CurrentCaller caller) {
        this.board = board;
        this.matches = matches;
        this.caller = caller;
    }

    @POST
    @Path("/needs")
    @Operation(operationId = "receiveNeed", summary = "Type in a need received by phone, email, at an event or from a partner")
    @APIResponse(responseCode = "201", description = "Published as a request and opened on the board",
            content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response receiveNeed(@NotNull @Valid NeedInput input) {
        CaseDetail created = board.receive(input, caller.get());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("/cases")
    @Operation(operationId = "listCases", summary = "Open and past needs, most urgent first")
    public Page<CaseSummary> listCases(
            @QueryParam("status") CaseStatus status,
            @QueryParam("territory") @Size(max = 40) @Parameter(description = "Commune, EPCI or département of the requesting organisation") String territory,
            @QueryParam("assignee") @Parameter(description = "Person id of the animator handling it") UUID assignee,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return board.list(status, territory, assignee, page, size, caller.get());
    }

    @GET
    @Path("/cases/{requestId}")
    @Operation(operationId = "getCase", summary = "A need with its notes and introductions")
    public CaseDetail getCase(@PathParam("requestId") UUID requestId) {
        return board.detail(requestId, caller.get());
    }

    @PUT
    @Path("/cases/{requestId}")
    @Operation(operationId = "updateCase", summary = "Set the status, the animator handling it and the due date")
    public CaseDetail updateCase(@PathParam("requestId") UUID requestId, @NotNull @Valid CaseUpdate update) {
        return board.update(requestId, update, caller.get());
    }

    @POST
    @Path("/cases/{requestId}/notes")
    @Operation(operationId = "addCaseNote", summary = "Note what was done or said")
    @APIResponse(responseCode = "201", description = "Noted", content = @Content(schema = @Schema(implementation = CaseNote.class)))
    public Response addCaseNote(@PathParam("requestId") UUID requestId, @NotNull @Valid NoteInput note) {
        CaseNote added = board.addNote(requestId, note, caller.get());
        return Response.status(Response.Status.CREATED).entity(added).build();
    }

    @GET
    @Path("/staff")
    @Operation(operationId = "listHotlineStaff", summary = "The animators and admins a need can be assigned to")
    public List<PersonRef> listHotlineStaff() {
        return board.staff();
    }

    @GET
    @Path("/figures")
    @Operation(operationId = "getHotlineFigures", summary = "The month's needs, share introduced, median time to a first introduction, share resolved")
    public HotlineFigures getHotlineFigures(
            @QueryParam("month") @Pattern(regexp = "^\\d{4}-\\d{2}$") @Parameter(description = "Default: the current month (Paris time)", example = "2026-11") String month) {
        return board.figures(month, caller.get());
    }

    @GET
    @Path("/matches")
    @Operation(operationId = "listOfferMatches", summary = "Offers published lately that could meet open requests, newest first")
    public Page<OfferMatch> listOfferMatches(
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return matches.recent(page, size, caller.get());
    }
}
