package org.elbasar.event.service;

import io.quarkus.quartz.Nonconcurrent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.elbasar.common.api.ApiException;
import org.elbasar.common.api.Messages;
import org.elbasar.common.service.Caller;
import org.elbasar.common.service.CsvFiles;
import org.elbasar.common.service.SqlValues;
import org.elbasar.event.api.EventViews.AttendeePerson;
import org.elbasar.event.api.EventViews.AttendeeView;
import org.elbasar.event.api.EventViews.EventRef;
import org.elbasar.event.api.EventViews.OrganisationName;
import org.elbasar.event.api.EventViews.RegistrationView;
import org.elbasar.event.domain.Event;
import org.elbasar.event.domain.EventKind;
import org.elbasar.event.domain.EventRegistration;
import org.elbasar.event.domain.EventStatus;
import org.elbasar.event.domain.RegistrationStatus;
import org.elbasar.member.api.TerritoryRef;
import org.jboss.logging.Logger;

/** People registering for events, the organiser's attendee list and check-in, and the reminder the day before. */
@ApplicationScoped
public class Registrations {

    private static final Logger LOG = Logger.getLogger(Registrations.class);

    private final EntityManager entityManager;
    private final Clock clock;
    private final Events events;
    private final WaitingList waitingList;
    private final Messages messages;

    public Registrations(EntityManager entityManager, Clock clock, Events events, WaitingList waitingList, Messages messages) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.events = events;
        this.waitingList = waitingList;
        this.messages = messages;
    }

    /** A place for the caller (with their organisation), or a place in the waiting list when the event is full. */
    @Transactional
    public RegistrationView register(UUID eventId, Caller caller) {
        Event event = Events.visible(Event.findById(eventId, LockModeType.PESSIMISTIC_WRITE), caller);
        if (event.status != EventStatus.PUBLISHED || !clock.instant().isBefore(event.registrationCloses())) {
            throw new ApiException(Status.CONFLICT, "registration-closed");
        }
        if (EventRegistration.count("eventId = ?1 and personId = ?2 and status <> ?3", eventId, caller.personId(),
                RegistrationStatus.CANCELLED) > 0) {
            throw new ApiException(Status.CONFLICT, "already-registered");
        }
        EventRegistration registration = new EventRegistration();
        registration.id = UUID.randomUUID();
        registration.eventId = eventId;
        registration.personId = caller.personId();
        registration.organisationId = caller.organisationId();
        registration.status = event.capacity == null || waitingList.registered(eventId) < event.capacity
                ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITING;
        registration.registeredAt = clock.instant();
        registration.persist();
        registration.flush();
        return view(registration.id);
    }

    /** The registered person gives up their place (or their place in the waiting list); the next waiting person gets it. */
    @Transactional
    public RegistrationView cancel(UUID registrationId, Caller caller) {
        EventRegistration found = EventRegistration.findById(registrationId);
        if (found == null || !found.personId.equals(caller.personId())) {
            throw ApiException.notFound();
        }
        Event event = Event.findById(found.eventId, LockModeType.PESSIMISTIC_WRITE);
        entityManager.refresh(found);
        if (found.status == RegistrationStatus.CANCELLED) {
            throw new ApiException(Status.CONFLICT, "registration-cancelled");
        }
        if (!event.startsAt.isAfter(clock.instant())) {
            throw new ApiException(Status.CONFLICT, "event-started");
        }
        boolean freesAPlace = found.status == RegistrationStatus.REGISTERED;
        found.status = RegistrationStatus.CANCELLED;
        found.cancelledAt = clock.instant();
        if (freesAPlace && event.status == EventStatus.PUBLISHED) {
            entityManager.flush();
            waitingList.promote(event);
        }
        return view(registrationId);
    }

    /** The caller's registrations that still stand: upcoming events first (soonest first), then past ones. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RegistrationView> mine(Caller caller) {
        return views("r.person_id = :person AND r.status <> 'CANCELLED'"
                + " ORDER BY (e.ends_at < :now), CASE WHEN e.ends_at >= :now THEN e.starts_at END, e.starts_at DESC LIMIT 500",
                Map.of("person", caller.personId(), "now", clock.instant()));
    }

    /** Everyone registered or waiting, for the organiser and animators. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AttendeeView> attendees(UUID eventId, Caller caller) {
        events.managed(eventId, caller, LockModeType.NONE);
        return attendeeViews(eventId, null);
    }

    /** The attendees of an event, or one of them (positions in the waiting list need them all: only registered ones are asked alone). */
    @SuppressWarnings("unchecked")
    private List<AttendeeView> attendeeViews(UUID eventId, UUID only) {
        Query select = entityManager.createNativeQuery("""
                SELECT r.id, p.id, p.first_name, p.last_name, p.email, o.id, o.name, r.status, r.registered_at, r.checked_in_at,
                       CASE WHEN r.status = 'WAITING' THEN row_number() OVER (PARTITION BY r.status ORDER BY r.arrival) END
                FROM event_registration r JOIN person p ON p.id = r.person_id LEFT JOIN organisation o ON o.id = r.organisation_id
                WHERE r.event_id = :event AND r.status <> 'CANCELLED'%s
                ORDER BY r.status, CASE WHEN r.status = 'WAITING' THEN r.arrival END, lower(p.last_name), lower(p.first_name)"""
                .formatted(only == null ? "" : " AND r.id = :only")).setParameter("event", eventId);
        if (only != null) {
            select.setParameter("only", only);
        }
        List<Object[]> rows = select.getResultList();
        return rows.stream().map(r -> new AttendeeView((UUID) r[0], new AttendeePerson((UUID) r[1], (String) r[2], (String) r[3], (String) r[4]),
                r[5] == null ? null : new OrganisationName((UUID) r[5], (String) r[6]), RegistrationStatus.valueOf((String) r[7]),
                r[10] == null ? null : ((Number) r[10]).intValue(), SqlValues.instant(r[8]), SqlValues.instant(r[9]))).toList();
    }

    /** The attendee list as a spreadsheet, in the caller's language, times in Paris time. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] attendeesCsv(UUID eventId, Caller caller) {
        Locale locale = caller.locale();
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ParisTime.ZONE);
        List<List<Object>> rows = new ArrayList<>();
        for (AttendeeView a : attendees(eventId, caller)) {
            rows.add(Arrays.asList(a.person().lastName(), a.person().firstName(), a.person().email(),
                    a.organisation() == null ? "" : a.organisation().name(), messages.get(locale, "registration." + a.status()),
                    a.position(), time.format(a.registeredAt()), a.checkedInAt() == null ? "" : time.format(a.checkedInAt())));
        }
        List<String> header = List.of("lastName", "firstName", "email", "organisation", "status", "position", "registeredAt", "checkedInAt")
                .stream().map(column -> messages.get(locale, "attendees.csv." + column)).toList();
        return CsvFiles.write(header, rows);
    }

    /** The organiser marks someone present on the day (or takes it back). */
    @Transactional
    public AttendeeView checkIn(UUID eventId, UUID registrationId, boolean present, Caller caller) {
        Event event = events.managed(eventId, caller, LockModeType.NONE);
        EventRegistration registration = EventRegistration.findById(registrationId);
        if (registration == null || !registration.eventId.equals(eventId) || registration.status == RegistrationStatus.CANCELLED) {
            throw ApiException.notFound();
        }
        if (registration.status != RegistrationStatus.REGISTERED) {
            throw new ApiException(Status.CONFLICT, "registration-waiting");
        }
        if (event.status != EventStatus.PUBLISHED) {
            throw new ApiException(Status.CONFLICT, "event-closed");
        }
        registration.checkedInAt = present ? clock.instant() : null;
        registration.checkedInBy = present ? caller.personId() : null;
        return attendeeViews(eventId, registrationId).get(0);
    }

    /** Each morning at 9 (Paris time), a reminder to everyone with a place at an event of the next Paris day. */
    @Nonconcurrent
    @Scheduled(identity = "event-reminders", cron = "{elbasar.events.reminder-cron}", timeZone = "Europe/Paris",
            executeWith = Scheduled.QUARTZ)
    void remindTomorrowsEvents() {
        LOG.infof("Sent %d event reminders", sendReminders());
    }

    /** Reminders for events starting on the next Paris day (23 or 25 hours long when the clocks change); each is sent once. */
    @Transactional
    public int sendReminders() {
        LocalDate tomorrow = LocalDate.now(clock.withZone(ParisTime.ZONE)).plusDays(1);
        Instant from = ParisTime.startOf(tomorrow);
        Instant until = ParisTime.startOf(tomorrow.plusDays(1));
        List<EventRegistration> due = EventRegistration.find("""
                status = ?1 and remindedAt is null and eventId in (
                  select e.id from Event e where e.status = ?2 and e.startsAt >= ?3 and e.startsAt < ?4)""",
                RegistrationStatus.REGISTERED, EventStatus.PUBLISHED, from, until).list();
        Map<UUID, List<EventRegistration>> byEvent = due.stream().collect(Collectors.groupingBy(r -> r.eventId));
        byEvent.forEach((eventId, registrations) -> {
            registrations.forEach(registration -> registration.remindedAt = clock.instant());
            waitingList.tell(registrations, Event.findById(eventId), "event-reminder");
        });
        return due.size();
    }

    private RegistrationView view(UUID id) {
        return views("r.id = :id", Map.of("id", id)).get(0);
    }

    @SuppressWarnings("unchecked")
    private List<RegistrationView> views(String whereAndOrder, Map<String, Object> parameters) {
        Query select = entityManager.createNativeQuery("""
                SELECT r.id, r.status, r.registered_at, r.promoted_at,
                       (SELECT count(*) FROM event_registration w WHERE w.event_id = r.event_id AND w.status = 'WAITING' AND w.arrival <= r.arrival),
                       e.id, e.title, e.kind, e.status, e.starts_at, e.ends_at, e.territory_id, t.name, e.venue, e.online_url
                FROM event_registration r JOIN event e ON e.id = r.event_id JOIN territory t ON t.id = e.territory_id
                WHERE\s""" + whereAndOrder);
        parameters.forEach(select::setParameter);
        List<Object[]> rows = select.getResultList();
        return rows.stream().map(r -> {
            RegistrationStatus status = RegistrationStatus.valueOf((String) r[1]);
            return new RegistrationView((UUID) r[0], status, status == RegistrationStatus.WAITING ? ((Number) r[4]).intValue() : null,
                    SqlValues.instant(r[2]), SqlValues.instant(r[3]),
                    new EventRef((UUID) r[5], (String) r[6], EventKind.valueOf((String) r[7]), EventStatus.valueOf((String) r[8]),
                            ParisTime.local(SqlValues.instant(r[9])), ParisTime.local(SqlValues.instant(r[10])),
                            new TerritoryRef((String) r[11], (String) r[12]), (String) r[13], (String) r[14]));
        }).toList();
    }
}
