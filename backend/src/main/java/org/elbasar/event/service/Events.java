package org.elbasar.event.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.elbasar.account.domain.Person;
import org.elbasar.catalog.domain.ItemMode;
import org.elbasar.common.api.ApiException;
import org.elbasar.common.api.Page;
import org.elbasar.common.domain.AuditAction;
import org.elbasar.common.service.AuditLog;
import org.elbasar.common.service.Caller;
import org.elbasar.common.service.MailOutbox;
import org.elbasar.common.service.Pictures;
import org.elbasar.common.service.Pictures.Picture;
import org.elbasar.common.service.ServedImage;
import org.elbasar.common.service.SqlValues;
import org.elbasar.event.api.EventViews.EventAction;
import org.elbasar.event.api.EventViews.EventExchange;
import org.elbasar.event.api.EventViews.EventInput;
import org.elbasar.event.api.EventViews.EventOutcome;
import org.elbasar.event.api.EventViews.EventView;
import org.elbasar.event.api.EventViews.MyPlace;
import org.elbasar.event.api.EventViews.OrganisationName;
import org.elbasar.event.domain.Event;
import org.elbasar.event.domain.EventKind;
import org.elbasar.event.domain.EventStatus;
import org.elbasar.event.domain.RegistrationStatus;
import org.elbasar.hotline.api.HotlineViews.PersonRef;
import org.elbasar.member.api.TerritoryRef;
import org.elbasar.member.domain.Organisation;
import org.elbasar.member.domain.OrganisationStatus;
import org.elbasar.member.domain.Territory;
import org.elbasar.member.service.TerritoryService;

/**
 * Convivial events: animators publish them, members propose them for an animator to approve; organisers (the person
 * who created the event) and animators manage them.
 */
@ApplicationScoped
public class Events {

    /** Which events to list: published ones (upcoming, or starting between two Paris days), or the animators' approval queue. */
    public record Filter(String territoryId, EventKind kind, LocalDate from, LocalDate to, EventStatus status) {
    }

    /** Events in a territory or inside it (a commune of an EPCI, of a département…), by the index on parent_ids. */
    public static final String IN_TERRITORY = TerritoryService.inside("e.territory_id");

    /** Events everybody may see, as {@link Event#isPublic()} says: published once, cancelled since or not. */
    public static final String PUBLIC = "e.status IN ('PUBLISHED', 'CANCELLED') AND e.published_at IS NOT NULL";

    private static final UUID NOBODY = new UUID(0, 0);

    private final EntityManager entityManager;
    private final Clock clock;
    private final WaitingList waitingList;
    private final MailOutbox mail;
    private final AuditLog audit;

    public Events(EntityManager entityManager, Clock clock, WaitingList waitingList, MailOutbox mail, AuditLog audit) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.waitingList = waitingList;
        this.mail = mail;
        this.audit = audit;
    }

    @Transactional
    public EventView create(EventInput input, Caller caller) {
        Event event = new Event();
        event.id = UUID.randomUUID();
        event.organiserId = caller.personId();
        event.status = caller.isStaff() ? EventStatus.PUBLISHED : EventStatus.PROPOSED;
        if (event.status == EventStatus.PUBLISHED) {
            event.reviewedBy = caller.personId();
            event.reviewedAt = clock.instant();
            event.publishedAt = event.reviewedAt;
        }
        event.createdAt = clock.instant();
        fill(event, input, 0, caller);
        event.persist();
        return view(event.id, caller);
    }

    /** Replaces what the organiser wrote, if the caller saw the latest version; a larger capacity lets people in from the waiting list. */
    @Transactional
    public EventView update(UUID id, Integer expectedVersion, EventInput input, Caller caller) {
        Event event = managed(id, caller, LockModeType.PESSIMISTIC_WRITE);
        ApiException.requireVersion(expectedVersion, event.version);
        requireOpen(event);
        String before = whenAndWhere(event);
        fill(event, input, waitingList.registered(event.id), caller);
        if (event.status == EventStatus.PUBLISHED && !before.equals(whenAndWhere(event))) {
            waitingList.tellEveryone(event, "event-changed");
        }
        waitingList.promote(event);
        return view(event.id, caller);
    }

    @Transactional
    public EventView approve(UUID id, Caller caller) {
        Event event = proposed(id, caller);
        event.status = EventStatus.PUBLISHED;
        review(event, null, caller);
        event.publishedAt = event.reviewedAt;
        return view(id, caller);
    }

    @Transactional
    public EventView reject(UUID id, String reason, Caller caller) {
        Event event = proposed(id, caller);
        event.status = EventStatus.REJECTED;
        review(event, reason.trim(), caller);
        return view(id, caller);
    }

    /** Cancels an event that has not started; everyone registered or waiting is told why. */
    @Transactional
    public EventView cancel(UUID id, String reason, Caller caller) {
        Event event = managed(id, caller, LockModeType.PESSIMISTIC_WRITE);
        requireOpen(event);
        if (!event.startsAt.isAfter(clock.instant())) {
            throw new ApiException(Status.CONFLICT, "event-started");
        }
        boolean announced = event.status == EventStatus.PUBLISHED;
        event.status = EventStatus.CANCELLED;
        event.statusReason = reason.trim();
        event.updatedAt = clock.instant();
        if (announced) {
            waitingList.tellEveryone(event, "event-cancelled");
        }
        audit.record(caller.personId(), AuditAction.EVENT_CANCELLED, "event", event.id, Map.of("reason", event.statusReason));
        return view(id, caller);
    }

    @Transactional
    public EventView setImage(UUID id, Path upload, Caller caller) {
        Event event = managed(id, caller, LockModeType.NONE);
        Picture picture = Pictures.read(upload);
        event.image = picture.content();
        event.imageThumbnail = picture.thumbnail();
        event.imageType = picture.contentType();
        event.updatedAt = clock.instant();
        return view(id, caller);
    }

    @Transactional
    public EventView removeImage(UUID id, Caller caller) {
        Event event = managed(id, caller, LockModeType.NONE);
        event.image = null;
        event.imageThumbnail = null;
        event.imageType = null;
        event.updatedAt = clock.instant();
        return view(id, caller);
    }

    /** An event's image, for anyone who may see the event; its version tags it, as a new image changes the event's. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ServedImage image(UUID id, boolean thumbnail, Caller caller) {
        Event event = visible(id, caller);
        if (event.imageType == null) {
            throw ApiException.notFound();
        }
        return new ServedImage(thumbnail ? event.imageThumbnail : event.image, thumbnail ? "image/jpeg" : event.imageType,
                id + "-" + event.version + (thumbnail ? "-thumbnail" : ""), event.isPublic());
    }

    /** Published events not yet ended (or those starting between two days), by start; or the approval queue for animators. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<EventView> list(Filter filter, int page, int size, Caller caller) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder();
        if (filter.status() == EventStatus.PROPOSED) {
            if (!caller.isStaff()) {
                throw ApiException.forbidden();
            }
            where.append("e.status = 'PROPOSED'");
        } else if (filter.status() != null && filter.status() != EventStatus.PUBLISHED) {
            throw ApiException.invalid("status", "validation.event-list-status");
        } else {
            where.append("e.status = 'PUBLISHED'");
        }
        if (filter.from() == null && filter.to() == null) {
            where.append(" AND e.ends_at > :now");
            parameters.put("now", clock.instant());
        }
        if (filter.from() != null) {
            where.append(" AND e.starts_at >= :from");
            parameters.put("from", ParisTime.startOf(filter.from()));
        }
        if (filter.to() != null) {
            if (filter.from() != null && filter.to().isBefore(filter.from())) {
                throw ApiException.invalid("to", "validation.period-order");
            }
            where.append(" AND e.starts_at < :to");
            parameters.put("to", ParisTime.startOf(filter.to().plusDays(1)));
        }
        if (filter.territoryId() != null) {
            where.append(" AND ").append(IN_TERRITORY);
            parameters.put("territory", filter.territoryId());
        }
        if (filter.kind() != null) {
            where.append(" AND e.kind = :kind");
            parameters.put("kind", filter.kind().name());
        }
        Query count = entityManager.createNativeQuery("SELECT count(*) FROM event e WHERE " + where);
        parameters.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();
        String order = filter.status() == EventStatus.PROPOSED ? "e.created_at, e.id" : "e.starts_at, e.id";
        List<EventView> items = total == 0 ? List.of() : views(page(where.toString(), order, size, (long) page * size), order, parameters, caller);
        return new Page<>(items, total, page, size);
    }

    /** The events the caller organises, whatever their status, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EventView> organisedBy(Caller caller) {
        String order = "e.starts_at DESC, e.id";
        return views(page("e.organiser_id = :organiser", order, 200, 0), order, Map.of("organiser", caller.personId()), caller);
    }

    /** An event; once it has ended, what it produced (for signed-in people). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EventView detail(UUID id, Caller caller) {
        Event event = visible(id, caller);
        EventView view = view(id, caller);
        if (event.status == EventStatus.PUBLISHED && event.endsAt.isBefore(clock.instant()) && caller.signedIn()) {
            return view.withOutcome(outcome(id));
        }
        return view;
    }

    public EventView view(UUID id, Caller caller) {
        return views("e.id = :id", "e.id", Map.of("id", id), caller).get(0);
    }

    /** An event the caller may see: public ones for everyone, the others (proposals) for their organiser and animators. */
    public Event visible(UUID id, Caller caller) {
        return visible(Event.findById(id), caller);
    }

    /** The event if the caller may see it, else 404: the one rule for an event, its image and its .ics. */
    public static Event visible(Event event, Caller caller) {
        if (event == null || !(event.isPublic() || manages(event, caller))) {
            throw ApiException.notFound();
        }
        return event;
    }

    /** An event the caller organises, or any for animators; 403 for others who can see it. */
    public Event managed(UUID id, Caller caller, LockModeType lock) {
        Event event = visible(lock == LockModeType.NONE ? Event.findById(id) : Event.findById(id, lock), caller);
        if (!manages(event, caller)) {
            throw ApiException.forbidden();
        }
        return event;
    }

    static boolean manages(Event event, Caller caller) {
        return caller.isStaff() || caller.signedIn() && event.organisedBy(caller.personId());
    }

    private Event proposed(UUID id, Caller caller) {
        Event event = managed(id, caller, LockModeType.NONE);
        if (!caller.isStaff()) {
            throw ApiException.forbidden();
        }
        if (event.status != EventStatus.PROPOSED) {
            throw new ApiException(Status.CONFLICT, "event-not-proposed");
        }
        return event;
    }

    /** What people registered must hear about when it changes. */
    private static String whenAndWhere(Event event) {
        return event.startsAt + "|" + event.endsAt + "|" + event.venue + "|" + event.onlineUrl;
    }

    private static void requireOpen(Event event) {
        if (event.status != EventStatus.PROPOSED && event.status != EventStatus.PUBLISHED) {
            throw new ApiException(Status.CONFLICT, "event-closed");
        }
    }

    private void review(Event event, String reason, Caller caller) {
        event.statusReason = reason;
        event.reviewedBy = caller.personId();
        event.reviewedAt = clock.instant();
        event.updatedAt = event.reviewedAt;
        Person organiser = Person.findById(event.organiserId);
        Locale locale = organiser.preferredLocale();
        mail.enqueue(new MailOutbox.Message("event-reviewed", organiser.email, locale,
                Map.of("person", organiser, "event", event, "approved", event.status == EventStatus.PUBLISHED,
                        "reason", reason == null ? "" : reason, "when", ParisTime.describe(event.startsAt, event.endsAt, locale)),
                event.title));
        audit.record(caller.personId(), event.status == EventStatus.PUBLISHED ? AuditAction.EVENT_PUBLISHED : AuditAction.EVENT_REJECTED,
                "event", event.id,
                reason == null ? Map.of() : Map.of("reason", reason));
    }

    /** Sets what the organiser wrote, checking the times, the place, the capacity and the host. */
    private void fill(Event event, EventInput input, long registered, Caller caller) {
        Territory territory = Territory.findById(input.territoryId());
        if (territory == null) {
            throw ApiException.invalid("territoryId", "validation.unknown-territory");
        }
        String venue = blankToNull(input.venue());
        String onlineUrl = blankToNull(input.onlineUrl());
        if (venue == null && onlineUrl == null) {
            throw ApiException.invalid("venue", "validation.event-place");
        }
        Instant start = ParisTime.instant(input.start(), "start");
        Instant end = ParisTime.instant(input.end(), "end");
        Instant deadline = ParisTime.instant(input.registrationDeadline(), "registrationDeadline");
        if (!start.isAfter(clock.instant()) && !start.equals(event.startsAt)) {
            throw ApiException.invalid("start", "validation.event-in-past");
        }
        if (!end.isAfter(start)) {
            throw ApiException.invalid("end", "validation.event-end");
        }
        if (deadline != null && deadline.isAfter(start)) {
            throw ApiException.invalid("registrationDeadline", "validation.event-deadline");
        }
        if (input.capacity() != null && input.capacity() < registered) {
            throw ApiException.invalid("capacity", "validation.event-capacity", registered);
        }
        event.hostOrganisationId = host(input.hostOrganisationId(), caller);
        event.kind = input.kind();
        event.title = input.title().trim();
        event.description = input.description() == null ? "" : input.description().trim();
        event.territoryId = territory.id;
        event.venue = venue;
        event.onlineUrl = onlineUrl;
        event.startsAt = start;
        event.endsAt = end;
        event.registrationDeadline = deadline;
        event.capacity = input.capacity();
        event.updatedAt = clock.instant();
    }

    /** Members host events for their own organisation; animators for any active member, or none. */
    private static UUID host(UUID asked, Caller caller) {
        if (asked == null) {
            return caller.isStaff() ? null : caller.organisationId();
        }
        Organisation organisation = Organisation.findById(asked);
        if (organisation == null || organisation.status != OrganisationStatus.ACTIVE || !(caller.isStaff() || caller.belongsTo(asked))) {
            throw ApiException.invalid("hostOrganisationId", "validation.event-host");
        }
        return asked;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** A page of events: chosen on the event table alone, before the joins of {@link #views}. */
    private static String page(String where, String order, int limit, long offset) {
        return "e.id IN (SELECT e.id FROM event e WHERE " + where + " ORDER BY " + order + " LIMIT " + limit + " OFFSET " + offset + ")";
    }

    /** Events with their territory, organiser, host, counts and the caller's registration, in one statement. */
    @SuppressWarnings("unchecked")
    private List<EventView> views(String where, String order, Map<String, Object> parameters, Caller caller) {
        Query select = entityManager.createNativeQuery("""
                SELECT e.id, e.kind, e.status, e.title, e.description, e.territory_id, t.name, e.venue, e.online_url,
                       e.starts_at, e.ends_at, e.capacity, e.registration_deadline, e.organiser_id,
                       o.first_name || ' ' || o.last_name, e.host_organisation_id, h.name, e.status_reason, e.image_type, e.version,
                       (SELECT count(*) FROM event_registration r WHERE r.event_id = e.id AND r.status = 'REGISTERED'),
                       (SELECT count(*) FROM event_registration r WHERE r.event_id = e.id AND r.status = 'WAITING'),
                       m.id, m.status,
                       (SELECT count(*) FROM event_registration w WHERE w.event_id = e.id AND w.status = 'WAITING' AND w.arrival <= m.arrival)
                FROM event e JOIN territory t ON t.id = e.territory_id JOIN person o ON o.id = e.organiser_id
                LEFT JOIN organisation h ON h.id = e.host_organisation_id
                LEFT JOIN event_registration m ON m.event_id = e.id AND m.person_id = :me AND m.status <> 'CANCELLED'
                WHERE\s""" + where + " ORDER BY " + order);
        parameters.forEach(select::setParameter);
        select.setParameter("me", caller.signedIn() ? caller.personId() : NOBODY);
        Instant now = clock.instant();
        List<EventView> views = new ArrayList<>();
        for (Object[] r : (List<Object[]>) select.getResultList()) {
            UUID id = (UUID) r[0];
            EventStatus status = EventStatus.valueOf((String) r[2]);
            Instant startsAt = SqlValues.instant(r[9]);
            Instant endsAt = SqlValues.instant(r[10]);
            Integer capacity = r[11] == null ? null : ((Number) r[11]).intValue();
            Instant deadline = SqlValues.instant(r[12]);
            UUID organiserId = (UUID) r[13];
            long registered = ((Number) r[20]).longValue();
            long waiting = ((Number) r[21]).longValue();
            RegistrationStatus mine = r[23] == null ? null : RegistrationStatus.valueOf((String) r[23]);
            MyPlace place = mine == null ? null
                    : new MyPlace((UUID) r[22], mine, mine == RegistrationStatus.WAITING ? ((Number) r[24]).intValue() : null);
            boolean open = status == EventStatus.PUBLISHED && now.isBefore(deadline != null ? deadline : startsAt);
            boolean manager = caller.isStaff() || caller.signedIn() && organiserId.equals(caller.personId());
            views.add(new EventView(id, EventKind.valueOf((String) r[1]), status, (String) r[3], (String) r[4],
                    new TerritoryRef((String) r[5], (String) r[6]), (String) r[7], (String) r[8],
                    ParisTime.local(startsAt), ParisTime.local(endsAt), ParisTime.ZONE.getId(), capacity, ParisTime.local(deadline),
                    registered, waiting, capacity == null ? null : (int) Math.max(0, capacity - registered), open,
                    r[18] == null ? null : "/api/v1/events/" + id + "/image?v=" + r[19], new PersonRef(organiserId, (String) r[14]),
                    r[15] == null ? null : new OrganisationName((UUID) r[15], (String) r[16]), (String) r[17],
                    ((Number) r[19]).intValue(), place,
                    actions(status, startsAt, endsAt, open, manager, place, caller, now), null));
        }
        return views;
    }

    private static List<EventAction> actions(EventStatus status, Instant startsAt, Instant endsAt, boolean open, boolean manager,
            MyPlace place, Caller caller, Instant now) {
        boolean current = status == EventStatus.PROPOSED || status == EventStatus.PUBLISHED;
        List<EventAction> actions = new ArrayList<>();
        if (manager && current && endsAt.isAfter(now)) {
            actions.add(EventAction.EDIT);
        }
        if (caller.isStaff() && status == EventStatus.PROPOSED) {
            actions.add(EventAction.APPROVE);
            actions.add(EventAction.REJECT);
        }
        if (manager && current && startsAt.isAfter(now)) {
            actions.add(EventAction.CANCEL);
        }
        if (manager && (status == EventStatus.PUBLISHED || status == EventStatus.CANCELLED)) {
            actions.add(EventAction.ATTENDEES);
        }
        if (caller.signedIn() && open && place == null) {
            actions.add(EventAction.REGISTER);
        }
        if (place != null && startsAt.isAfter(now)) {
            actions.add(EventAction.UNREGISTER);
        }
        return actions;
    }

    /** Who came (checked in) and the confirmed exchanges whose parties met there. */
    @SuppressWarnings("unchecked")
    private EventOutcome outcome(UUID id) {
        List<Object[]> organisations = entityManager.createNativeQuery("""
                SELECT o.id, o.name FROM organisation o WHERE o.id IN (
                  SELECT organisation_id FROM event_registration WHERE event_id = :id AND checked_in_at IS NOT NULL)
                ORDER BY o.name""").setParameter("id", id).getResultList();
        long attendance = ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM event_registration WHERE event_id = :id AND checked_in_at IS NOT NULL")
                .setParameter("id", id).getSingleResult()).longValue();
        List<Object[]> exchanges = entityManager.createNativeQuery("""
                SELECT x.id, p.id, p.name, b.id, b.name, x.mode, x.occurred_on, coalesce(x.amount_eur, x.value_eur)
                FROM exchange x JOIN organisation p ON p.id = x.provider_id JOIN organisation b ON b.id = x.beneficiary_id
                WHERE x.event_id = :id AND x.status = 'CONFIRMED' ORDER BY x.occurred_on, x.id""").setParameter("id", id).getResultList();
        return new EventOutcome(attendance,
                organisations.stream().map(r -> new OrganisationName((UUID) r[0], (String) r[1])).toList(),
                exchanges.stream().map(r -> new EventExchange((UUID) r[0], new OrganisationName((UUID) r[1], (String) r[2]),
                        new OrganisationName((UUID) r[3], (String) r[4]), ItemMode.valueOf((String) r[5]), SqlValues.localDate(r[6]),
                        (BigDecimal) r[7])).toList());
    }
}
