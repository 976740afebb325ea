package org.elbasar.event.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.elbasar.account.domain.Person;
import org.elbasar.common.service.MailOutbox;
import org.elbasar.event.domain.Event;
import org.elbasar.event.domain.EventRegistration;
import org.elbasar.event.domain.RegistrationStatus;

/**
 * Places and the waiting list of an event. Every change of who holds a place is made with the event's row locked
 * (PESSIMISTIC_WRITE), so that concurrent registrations and cancellations never give more places than there are.
 */
@ApplicationScoped
public class WaitingList {

    private final Clock clock;
    private final MailOutbox mail;

    public WaitingList(Clock clock, MailOutbox mail) {
        this.clock = clock;
        this.mail = mail;
    }

    public long registered(UUID eventId) {
        return EventRegistration.count("eventId = ?1 and status = ?2", eventId, RegistrationStatus.REGISTERED);
    }

    /** 1 for the next person to get a place. */
    public int position(EventRegistration registration) {
        return (int) EventRegistration.count("eventId = ?1 and status = ?2 and arrival <= ?3", registration.eventId,
                RegistrationStatus.WAITING, registration.arrival);
    }

    /** With the event locked: lets waiting people in, first come first served, while there are places; each is told by email. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void promote(Event event) {
        long free = event.capacity == null ? Long.MAX_VALUE : event.capacity - registered(event.id);
        if (free <= 0 || !event.startsAt.isAfter(clock.instant())) {
            return;
        }
        List<EventRegistration> next = EventRegistration.find("eventId = ?1 and status = ?2 order by arrival", event.id,
                RegistrationStatus.WAITING).page(0, (int) Math.min(free, 10_000)).list();
        for (EventRegistration registration : next) {
            registration.status = RegistrationStatus.REGISTERED;
            registration.promotedAt = clock.instant();
        }
        tell(next, event, "event-promoted");
    }

    /** Emails everyone registered or waiting (a cancellation). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void tellEveryone(Event event, String template) {
        tell(EventRegistration.list("eventId = ?1 and status <> ?2", event.id, RegistrationStatus.CANCELLED), event, template);
    }

    /** Emails the people of these registrations of one event, each in their language (their people read in one statement). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void tell(List<EventRegistration> registrations, Event event, String template) {
        if (registrations.isEmpty()) {
            return;
        }
        List<Person> people = Person.list("id in ?1", registrations.stream().map(r -> r.personId).toList());
        for (Person person : people) {
            Locale locale = person.preferredLocale();
            mail.enqueue(new MailOutbox.Message(template, person.email, locale, Map.of("person", person, "event", event,
                    "when", ParisTime.describe(event.startsAt, event.endsAt, locale),
                    "where", event.venue != null ? event.venue : event.onlineUrl), event.title));
        }
    }
}
