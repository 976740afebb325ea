package org.elbasar.newsletter.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.util.Locale;
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
import org.elbasar.common.api.ETags;
import org.elbasar.common.api.Page;
import org.elbasar.newsletter.api.NewsletterViews.ComposeInput;
import org.elbasar.newsletter.api.NewsletterViews.NewsletterEdit;
import org.elbasar.newsletter.api.NewsletterViews.NewsletterSummary;
import org.elbasar.newsletter.api.NewsletterViews.NewsletterView;
import org.elbasar.newsletter.api.NewsletterViews.PreviewInput;
import org.elbasar.newsletter.api.NewsletterViews.Rendered;
import org.elbasar.newsletter.service.NewsletterDrafts;
import org.elbasar.newsletter.service.NewsletterSending;

@Path("/api/v1/newsletters")
@Tag(name = "Newsletter")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class NewsletterResource {

    private final NewsletterDrafts drafts;
    private final NewsletterSending sending;
    private final CurrentCaller caller;

    public NewsletterResource(NewsletterDrafts drafts, NewsletterSending sending, CurrentCaller caller) {
        this.drafts = drafts;
        this.sending = sending;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listNewsletters", summary = "Issues, newest month first: the sent ones for everyone (the archive), drafts too for animators")
    public Page<NewsletterSummary> listNewsletters(
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return drafts.list(page, size, caller.get());
    }

    @POST
    @RolesAllowed({ Roles.ANIMATOR, Roles.ADMIN })
    @Operation(operationId = "composeNewsletter", summary = "Composes a month's draft now (the platform also does on the first working day of each month)",
            description = "It tells the month before the month of publication: new members and their offers, new offers and requests by"
                    + " département, coming events, the exchange story of the month and the key figures. 409 when the month has an issue.")
    @APIResponse(responseCode = "201", description = "The draft", content = @Content(schema = @Schema(implementation = NewsletterView.class)))
    public Response composeNewsletter(@Valid ComposeInput input) {
        YearMonth month = input == null || input.month() == null ? null : YearMonth.parse(input.month());
        return tagged(Response.status(Response.Status.CREATED), drafts.compose(month, caller.get()));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getNewsletter", summary = "An issue with its items and figures; while sending, its progress",
            description = "Sent issues are public; drafts only for animators.")
    @APIResponse(responseCode = "200", description = "The issue", headers = @Header(name = "ETag", description = "Its version, for If-Match"),
            content = @Content(schema = @Schema(implementation = NewsletterView.class)))
    public Response getNewsletter(@PathParam("id") UUID id) {
        return tagged(Response.ok(), drafts.detail(id, caller.get()));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.ANIMATOR, Roles.ADMIN })
    @Operation(operationId = "editNewsletter", summary = "Writes the editorial and pins, removes or reorders the items of a draft",
            description = "Needs If-Match with the ETag last read: 428 without it, 412 when someone changed it meanwhile.")
    @APIResponse(responseCode = "200", description = "The issue", content = @Content(schema = @Schema(implementation = NewsletterView.class)))
    @APIResponse(responseCode = "412", description = "Changed by someone else since it was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response editNewsletter(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag last read", example = "\"3\"") String ifMatch,
            @NotNull @Valid NewsletterEdit edit) {
        return tagged(Response.ok(), drafts.edit(id, ETags.version(ifMatch), edit, caller.get()));
    }

    @POST
    @Path("/{id}/refresh")
    @RolesAllowed({ Roles.ANIMATOR, Roles.ADMIN })
    @Operation(operationId = "refreshNewsletter", summary = "Reads the month's news again, keeping the editorial, pins and removals")
    public Response refreshNewsletter(@PathParam("id") UUID id) {
        return tagged(Response.ok(), drafts.refresh(id, caller.get()));
    }

    @POST
    @Path("/{id}/preview")
    @RolesAllowed({ Roles.ANIMATOR, Roles.ADMIN })
    @Operation(operationId = "previewNewsletter", summary = "The email an unsaved edit would send, in one language")
    public Rendered previewNewsletter(@PathParam("id") UUID id, @NotNull @Valid PreviewInput input) {
        return drafts.preview(id, input.edit(), Locale.forLanguageTag(input.language()), caller.get());
    }

    @GET
    @Path("/{id}/rendered")
    @PermitAll
    @Operation(operationId = "getRenderedNewsletter", summary = "An issue as its recipients read it (the web archive); drafts for animators")
    public Rendered getRenderedNewsletter(@PathParam("id") UUID id,
            @QueryParam("language") @DefaultValue("fr") @Pattern(regexp = "^(fr|en)$") String language) {
        return drafts.rendered(id, Locale.forLanguageTag(language), caller.get());
    }

    @POST
    @Path("/{id}/test")
    @RolesAllowed({ Roles.ANIMATOR, Roles.ADMIN })
    @Operation(operationId = "sendNewsletterTest", summary = "Sends the saved draft to the caller only, in their language")
    @APIResponse(responseCode = "202", description = "On its way")
    public Response sendNewsletterTest(@PathParam("id") UUID id) {
        sending.sendTest(id, caller.get());
        return Response.accepted().build();
    }

    @POST
    @Path("/{id}/send")
    @RolesAllowed({ Roles.ANIMATOR, Roles.ADMIN })
    @Operation(operationId = "sendNewsletter", summary = "Sends the issue to every recipient once; follow the progress on the issue",
            description = "Recipients: people of active organisations and the network's staff who did not opt out, and confirmed public subscribers. Needs If-Match.")
    @APIResponse(responseCode = "202", description = "Sending", content = @Content(schema = @Schema(implementation = NewsletterView.class)))
    @APIResponse(responseCode = "412", description = "Changed by someone else since it was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response sendNewsletter(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag last read", example = "\"3\"") String ifMatch) {
        return tagged(Response.accepted(), sending.send(id, ETags.version(ifMatch), caller.get()));
    }

    private static Response tagged(Response.ResponseBuilder builder, NewsletterView newsletter) {
        return builder.entity(newsletter).tag(new EntityTag(Integer.toString(newsletter.version()))).build();
    }
}
