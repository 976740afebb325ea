package org.elbasar.event.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.elbasar.catalog.api.ItemViews.OrganisationRef;
import org.elbasar.catalog.domain.ItemMode;
import org.elbasar.event.domain.EventKind;
import org.elbasar.event.domain.EventStatus;
import org.elbasar.event.domain.RegistrationStatus;
import org.elbasar.hotline.api.HotlineViews.PersonRef;
import org.elbasar.member.api.TerritoryRef;
import org.elbasar.common.validation.DateWindow;

/** What the events API reads and writes. Times are written as Europe/Paris local times and read with their offset. */
public final class EventViews {

    private EventViews() {
    }

    @Schema(name = "EventInput", description = """
            An event. start, end and registrationDeadline are local times in Europe/Paris (no offset); a time that does not
            exist because the clocks go forward is refused, an ambiguous one (clocks going back) is the first of the two.
            registrationDeadline: until when people may register; the start if absent. capacity: none for no limit.""")
    public record EventInput(
            @NotNull EventKind kind,
            @NotBlank @Size(max = 150) @Schema(examples = "Apéro du réseau à Lille") String title,
            @Size(max = 5000) String description,
            @NotBlank @Size(max = 40) @Schema(description = "Commune, EPCI or département where it happens", examples = "commune:59350") String territoryId,
            @Size(max = 300) @Schema(description = "Venue and address; a venue or an online link is required", examples = "La Condition Publique, 14 place du Général Faidherbe, Roubaix") String venue,
            @Size(max = 500) @Pattern(regexp = "^https?://\\S+$") @Schema(examples = "https://visio.example.org/apero") String onlineUrl,
            @NotNull @DateWindow(past = "P1Y", future = "P5Y") LocalDateTime start,
            @NotNull @DateWindow(past = "P1Y", future = "P5Y") LocalDateTime end,
            @Min(1) @Max(10000) @Schema(description = "Places; none for no limit", examples = "30") Integer capacity,
            @DateWindow(past = "P1Y", future = "P5Y") LocalDateTime registrationDeadline,
            @Schema(description = "The member organisation hosting it, if any") UUID hostOrganisationId) {
    }

    @Schema(name = "EventAction", description = "What the caller may do with an event")
    public enum EventAction { EDIT, APPROVE, REJECT, CANCEL, ATTENDEES, REGISTER, UNREGISTER }

    @Schema(name = "OrganisationName")
    public record OrganisationName(UUID id, String name) {
    }

    @Schema(name = "MyRegistration", description = "The caller's place at the event")
    public record MyPlace(UUID id, RegistrationStatus status,
            @Schema(description = "Place in the waiting list (1 is next), when waiting") Integer position) {
    }

    @Schema(name = "EventExchange", description = "A confirmed exchange whose parties met at the event")
    public record EventExchange(UUID id, OrganisationName provider, OrganisationName beneficiary, ItemMode mode, LocalDate occurredOn,
            @Schema(description = "Amount or euro value") BigDecimal valueEur) {
    }

    @Schema(name = "EventOutcome", description = "What the event produced, once it has ended: who came (checked in) and the exchanges born there")
    public record EventOutcome(long attendance, List<OrganisationName> organisations, List<EventExchange> exchanges) {
    }

    @Schema(name = "Event")
    public record EventView(UUID id, EventKind kind, EventStatus status, String title, String description, TerritoryRef territory,
            String venue, String onlineUrl,
            @Schema(examples = "2027-03-28T18:30:00+02:00") OffsetDateTime startsAt,
            @Schema(examples = "2027-03-28T20:30:00+02:00") OffsetDateTime endsAt,
            @Schema(examples = "Europe/Paris") String timeZone,
            Integer capacity, OffsetDateTime registrationDeadline,
            @Schema(description = "People registered") long registered,
            @Schema(description = "People on the waiting list") long waiting,
            @Schema(description = "Places left; null without a limit") Integer placesLeft,
            boolean registrationOpen,
            @Schema(examples = "/api/v1/events/8c1f…/image") String imageUrl,
            @Schema(description = "The person organising it") PersonRef organiser,
            OrganisationName host,
            @Schema(description = "Why it was rejected or cancelled") String statusReason,
            @Schema(description = "Version for If-Match (also sent as ETag)") int version,
            MyPlace myRegistration,
            List<EventAction> actions,
            @Schema(description = "On an ended event read alone; null in lists") EventOutcome outcome) {

        public EventView withOutcome(EventOutcome value) {
            return new EventView(id, kind, status, title, description, territory, venue, onlineUrl, startsAt, endsAt, timeZone, capacity,
                    registrationDeadline, registered, waiting, placesLeft, registrationOpen, imageUrl, organiser, host, statusReason, version,
                    myRegistration, actions, value);
        }
    }

    @Schema(name = "EventRef")
    public record EventRef(UUID id, String title, EventKind kind, EventStatus status, OffsetDateTime startsAt, OffsetDateTime endsAt,
            TerritoryRef territory, String venue, String onlineUrl) {
    }

    @Schema(name = "Registration", description = "A person's place at an event or in its waiting list")
    public record RegistrationView(UUID id, RegistrationStatus status,
            @Schema(description = "Place in the waiting list (1 is next), when waiting") Integer position,
            Instant registeredAt, Instant promotedAt, EventRef event) {
    }

    @Schema(name = "AttendeePerson")
    public record AttendeePerson(UUID id, String firstName, String lastName, String email) {
    }

    @Schema(name = "Attendee", description = "A registration as the organiser sees it")
    public record AttendeeView(UUID registrationId, AttendeePerson person, OrganisationName organisation, RegistrationStatus status,
            Integer position, Instant registeredAt, Instant checkedInAt) {
    }
}
