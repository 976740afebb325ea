package org.elbasar.event.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.elbasar.account.domain.Roles;
import org.elbasar.common.api.CurrentCaller;
import org.elbasar.common.api.ETags;
import org.elbasar.common.api.ImageResponses;
import org.elbasar.common.api.Page;
import org.elbasar.event.api.EventViews.AttendeeView;
import org.elbasar.event.api.EventViews.EventInput;
import org.elbasar.event.api.EventViews.EventView;
import org.elbasar.event.api.EventViews.RegistrationView;
import org.elbasar.event.domain.EventKind;
import org.elbasar.event.domain.EventStatus;
import org.elbasar.event.service.EventCalendar;
import org.elbasar.event.service.Events;
import org.elbasar.event.service.Registrations;
import org.elbasar.exchange.api.ExchangeViews.ReasonInput;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/v1/events")
@Tag(name = "Events")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {

    static final String CALENDAR = "text/calendar";
    private static final CacheControl FEED_CACHE = CacheControl.valueOf("public, max-age=300");

    private final Events events;
    private final Registrations registrations;
    private final EventCalendar calendar;
    private final CurrentCaller caller;

    public EventResource(Events events, Registrations registrations, EventCalendar calendar, CurrentCaller caller) {
        this.events = events;
        this.registrations = registrations;
        this.calendar = calendar;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listEvents", summary = "Published events not yet ended, by start; between two days for a month view; or the proposals waiting for an animator")
    public Page<EventView> listEvents(
            @QueryParam("territory") @Size(max = 40) @Parameter(description = "Events in this commune, EPCI or département, or inside it", example = "departement:59") String territory,
            @QueryParam("kind") EventKind kind,
            @QueryParam("from") @Parameter(description = "Starting on or after this Paris day") LocalDate from,
            @QueryParam("to") @Parameter(description = "Starting on or before this Paris day") LocalDate to,
            @QueryParam("status") @Parameter(description = "PROPOSED: the approval queue (animators)") EventStatus status,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return events.list(new Events.Filter(territory, kind, from, to, status), page, size, caller.get());
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Roles.SIGNED_IN)
    @Operation(operationId = "listMyEvents", summary = "The events the caller organises, whatever their status")
    public List<EventView> listMyEvents() {
        return events.organisedBy(caller.get());
    }

    @POST
    @RolesAllowed({ Roles.MEMBER, Roles.ANIMATOR, Roles.ADMIN })
    @Operation(operationId = "createEvent", summary = "Animators publish an event; members propose one, which an animator approves")
    @APIResponse(responseCode = "201", description = "Published (animators) or proposed (members)",
            content = @Content(schema = @Schema(implementation = EventView.class)))
    public Response createEvent(@NotNull @Valid EventInput input) {
        return tagged(Response.status(Response.Status.CREATED), events.create(input, caller.get()));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getEvent", summary = "An event; once ended, who came and the exchanges born there (signed-in people)",
            description = "Published events are public, and stay so once cancelled; proposals (pending, rejected, or cancelled before approval) "
                    + "only for their organiser and animators.")
    @APIResponse(responseCode = "200", description = "The event", headers = @Header(name = "ETag", description = "Its version, for If-Match"),
            content = @Content(schema = @Schema(implementation = EventView.class)))
    public Response getEvent(@PathParam("id") UUID id) {
        return tagged(Response.ok(), events.detail(id, caller.get()));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.SIGNED_IN)
    @Operation(operationId = "updateEvent", summary = "The organiser or an animator rewrites an event; a larger capacity lets people in from the waiting list",
            description = "Needs If-Match with the ETag last read: 428 without it, 412 when someone changed it meanwhile.")
    @APIResponse(responseCode = "200", description = "The event", content = @Content(schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "412", description = "Changed by someone else since it was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response updateEvent(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag last read", example = "\"3\"") String ifMatch,
            @NotNull @Valid EventInput input) {
        return tagged(Response.ok(), events.update(id, ETags.version(ifMatch), input, caller.get()));
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed({ Roles.ANIMATOR, Roles.ADMIN })
    @Operation(operationId = "approveEvent", summary = "An animator publishes a member's proposal; its organiser is told")
    public EventView approveEvent(@PathParam("id") UUID id) {
        return events.approve(id, caller.get());
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed({ Roles.ANIMATOR, Roles.ADMIN })
    @Operation(operationId = "rejectEvent", summary = "An animator turns a proposal down, saying why; its organiser is told")
    public EventView rejectEvent(@PathParam("id") UUID id, @NotNull @Valid ReasonInput input) {
        return events.reject(id, input.reason(), caller.get());
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed(Roles.SIGNED_IN)
    @Operation(operationId = "cancelEvent", summary = "The organiser or an animator cancels an event that has not started; everyone registered is told")
    public EventView cancelEvent(@PathParam("id") UUID id, @NotNull @Valid ReasonInput input) {
        return events.cancel(id, input.reason(), caller.get());
    }

    @PUT
    @Path("/{id}/image")
    @RolesAllowed(Roles.SIGNED_IN)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "setEventImage", summary = "The event's image: JPEG or PNG, at most 5 MB (re-encoded without its metadata)")
    @APIResponse(responseCode = "413", description = "Larger than 5 MB")
    @APIResponse(responseCode = "415", description = "Neither JPEG nor PNG")
    @APIResponse(responseCode = "200", description = "The event with its image", content = @Content(schema = @Schema(implementation = EventView.class)))
    public EventView setEventImage(@PathParam("id") UUID id,
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file) {
        return events.setImage(id, file == null ? null : file.uploadedFile(), caller.get());
    }

    @DELETE
    @Path("/{id}/image")
    @RolesAllowed(Roles.SIGNED_IN)
    @Operation(operationId = "removeEventImage", summary = "Removes the event's image")
    public EventView removeEventImage(@PathParam("id") UUID id) {
        return events.removeImage(id, caller.get());
    }

    @GET
    @Path("/{id}/image")
    @PermitAll
    @Produces({ "image/jpeg", "image/png" })
    @Operation(operationId = "getEventImage", summary = "The event's image, at most 1600 px wide, or a 480 px thumbnail",
            description = "For whoever may see the event: everybody once it is published (then cached 5 minutes at most), its organiser and "
                    + "the staff only before (private, revalidated at each use).")
    @APIResponse(responseCode = "200", description = "The image", content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag given in If-None-Match, and still visible to the caller")
    public Response getEventImage(@PathParam("id") UUID id, @QueryParam("thumbnail") @DefaultValue("false") boolean thumbnail,
            @HeaderParam("If-None-Match") @Parameter(description = "The ETag of the image last fetched") String ifNoneMatch) {
        return ImageResponses.of(events.image(id, thumbnail, caller.get()), ifNoneMatch);
    }

    @POST
    @Path("/{id}/registrations")
    @RolesAllowed(Roles.SIGNED_IN)
    @Operation(operationId = "registerForEvent", summary = "Register the caller (with their organisation); when the event is full, join its waiting list")
    @APIResponse(responseCode = "201", description = "Registered or waiting", content = @Content(schema = @Schema(implementation = RegistrationView.class)))
    @APIResponse(responseCode = "409", description = "registration-closed (deadline passed, started, not published) or already-registered")
    public Response registerForEvent(@PathParam("id") UUID id) {
        return Response.status(Response.Status.CREATED).entity(registrations.register(id, caller.get())).build();
    }

    @GET
    @Path("/{id}/attendees")
    @RolesAllowed(Roles.SIGNED_IN)
    @Operation(operationId = "listAttendees", summary = "Everyone registered or waiting, for the organiser and animators")
    public List<AttendeeView> listAttendees(@PathParam("id") UUID id) {
        return registrations.attendees(id, caller.get());
    }

    @GET
    @Path("/{id}/attendees.csv")
    @RolesAllowed(Roles.SIGNED_IN)
    @Produces("text/csv")
    @Operation(operationId = "exportAttendees", summary = "The attendee list as CSV, for the organiser and animators")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response exportAttendees(@PathParam("id") UUID id) {
        return Response.ok(registrations.attendeesCsv(id, caller.get()), "text/csv; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"elbasar-attendees-" + id + ".csv\"").build();
    }

    @POST
    @Path("/{id}/attendees/{registrationId}/check-in")
    @RolesAllowed(Roles.SIGNED_IN)
    @Operation(operationId = "checkInAttendee", summary = "The organiser or an animator marks a registered person present")
    public AttendeeView checkInAttendee(@PathParam("id") UUID id, @PathParam("registrationId") UUID registrationId) {
        return registrations.checkIn(id, registrationId, true, caller.get());
    }

    @DELETE
    @Path("/{id}/attendees/{registrationId}/check-in")
    @RolesAllowed(Roles.SIGNED_IN)
    @Operation(operationId = "undoCheckIn", summary = "Takes a check-in back")
    public AttendeeView undoCheckIn(@PathParam("id") UUID id, @PathParam("registrationId") UUID registrationId) {
        return registrations.checkIn(id, registrationId, false, caller.get());
    }

    @GET
    @Path("/calendar.ics")
    @PermitAll
    @Produces(CALENDAR)
    @Operation(operationId = "getEventFeed", summary = "iCalendar feed (RFC 5545) of the network's events, or of a territory's, for calendar applications")
    @APIResponse(responseCode = "200", description = "The feed", content = @Content(mediaType = CALENDAR, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag given in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such territory")
    public Response getEventFeed(
            @QueryParam("territory") @Size(max = 40) @Parameter(description = "Only events in this commune, EPCI or département, or inside it", example = "departement:59") String territory,
            @HeaderParam("If-None-Match") @Parameter(description = "The ETag of the feed last fetched") String ifNoneMatch) {
        EventCalendar.Feed feed = calendar.feed(territory, caller.locale());
        EntityTag tag = EntityTag.valueOf(feed.etag());
        if (feed.etag().equals(ifNoneMatch)) {
            return Response.notModified(tag).cacheControl(FEED_CACHE).build();
        }
        return Response.ok(feed.text(), CALENDAR + "; charset=UTF-8").tag(tag).cacheControl(FEED_CACHE).build();
    }

    @GET
    @Path("/{id}/calendar.ics")
    @PermitAll
    @Produces(CALENDAR)
    @Operation(operationId = "getEventCalendar", summary = "One event as an iCalendar file, to add it to one's calendar")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = CALENDAR, schema = @Schema(type = SchemaType.STRING)))
    public Response getEventCalendar(@PathParam("id") UUID id) {
        return Response.ok(calendar.single(id, caller.get()), CALENDAR + "; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"elbasar-event-" + id + ".ics\"").build();
    }

    private static Response tagged(Response.ResponseBuilder builder, EventView event) {
        return builder.entity(event).tag(new EntityTag(Integer.toString(event.version()))).build();
    }
}
