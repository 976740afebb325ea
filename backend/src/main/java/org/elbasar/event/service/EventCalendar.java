package org.elbasar.event.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.elbasar.common.api.ApiException;
import org.elbasar.common.api.Messages;
import org.elbasar.common.service.Caller;
import org.elbasar.event.domain.Event;
import org.elbasar.event.domain.EventStatus;
import org.elbasar.member.domain.Territory;

/**
 * Events as iCalendar (RFC 5545) for calendar applications: one event, or a feed of the network's or a territory's
 * events. Times are written in Europe/Paris with its VTIMEZONE; SEQUENCE and STATUS:CANCELLED let subscribed
 * calendars follow changes and cancellations.
 */
@ApplicationScoped
public class EventCalendar {

    /** A feed's text and its entity tag, which changes whenever its text may. */
    public record Feed(String text, String etag) {
    }

    private record FeedKey(String territoryId, String language) {
    }

    /** Ended events stay this long in the feeds, so that calendars do not see them vanish the next day. */
    private static final Duration KEPT_AFTER_END = Duration.ofDays(30);
    private static final int MOST_EVENTS = 2000;
    private static final int MAX_LINE_OCTETS = 75;

    private final Clock clock;
    private final Messages messages;
    private final String publicUrl;
    private final VTimeZone paris = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(ParisTime.ZONE.getId()).getVTimeZone();

    /**
     * Feeds already written, with the state of the events they were written from: calendar applications fetch the
     * same few feeds over and over, and an unchanged feed is served without writing it again.
     */
    private final Cache<FeedKey, Feed> written = Caffeine.newBuilder().maximumSize(500).build();

    public EventCalendar(Clock clock, Messages messages, @ConfigProperty(name = "elbasar.public-url") String publicUrl) {
        this.clock = clock;
        this.messages = messages;
        this.publicUrl = publicUrl;
    }

    /** Public events (published, cancelled since or not) not ended for more than 30 days, of the network or inside a territory. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Feed feed(String territoryId, Locale locale) {
        FeedKey key = new FeedKey(territoryId, locale.getLanguage());
        String etag = '"' + Integer.toHexString(Objects.hash(key, eventsState())) + '"';
        Feed feed = written.getIfPresent(key);
        if (feed == null || !feed.etag().equals(etag)) {
            feed = new Feed(write(territoryId, locale), etag);
            written.put(key, feed);
        }
        return feed;
    }

    /**
     * What a feed depends on: a new event moves the count, every change of one its version; the hour moves the
     * 30-day window.
     */
    private String eventsState() {
        Object[] state = (Object[]) Event.getEntityManager().createNativeQuery("SELECT count(*), sum(version) FROM event").getSingleResult();
        return state[0] + "/" + state[1] + "/" + clock.instant().truncatedTo(ChronoUnit.HOURS);
    }

    private String write(String territoryId, Locale locale) {
        String name = messages.get(locale, "calendar.name");
        if (territoryId != null) {
            Territory territory = Territory.findById(territoryId);
            if (territory == null) {
                throw ApiException.notFound();
            }
            name = name + " · " + territory.name;
        }
        Query select = Event.getEntityManager().createNativeQuery("SELECT e.id FROM event e WHERE " + Events.PUBLIC
                + " AND e.ends_at > :since" + (territoryId == null ? "" : " AND " + Events.IN_TERRITORY)
                + " ORDER BY e.starts_at, e.id LIMIT :most");
        select.setParameter("since", clock.instant().minus(KEPT_AFTER_END)).setParameter("most", MOST_EVENTS);
        if (territoryId != null) {
            select.setParameter("territory", territoryId);
        }
        @SuppressWarnings("unchecked")
        List<UUID> ids = select.getResultList();
        List<Event> events = ids.isEmpty() ? List.of() : Event.list("id in ?1 order by startsAt, id", ids);
        Calendar calendar = calendar(name);
        events.forEach(event -> calendar.add(vevent(event, locale)));
        return folded(calendar);
    }

    /** One event, for "add to my calendar". */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String single(UUID id, Caller caller) {
        Event event = Events.visible(Event.findById(id), caller);
        Calendar calendar = calendar(event.title);
        calendar.add(vevent(event, caller.locale()));
        return folded(calendar);
    }

    private Calendar calendar(String name) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//elBasar//Événements//FR"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new Name(name));
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-WR-TIMEZONE", ParisTime.ZONE.getId()));
        // How often subscribed calendars should fetch the feed again (RFC 7986, and its older Outlook name).
        calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), Duration.ofHours(6)));
        calendar.add(new XProperty("X-PUBLISHED-TTL", "PT6H"));
        calendar.add(paris);
        return calendar;
    }

    /**
     * The calendar's text with its lines folded at 75 octets, as RFC 5545 (3.1) asks: ical4j leaves them whole, and
     * would count characters, which French accents make longer in UTF-8. A fold never splits a character.
     */
    static String folded(Calendar calendar) {
        StringBuilder out = new StringBuilder();
        for (String line : calendar.toString().split("\r\n")) {
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
                if (octets + size > MAX_LINE_OCTETS) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private VEvent vevent(Event event, Locale locale) {
        String url = publicUrl + "/events/" + event.id;
        VEvent vevent = new VEvent(event.startsAt.atZone(ParisTime.ZONE), event.endsAt.atZone(ParisTime.ZONE), event.title);
        vevent.add(new Uid(event.id + "@elbasar.org"));
        vevent.replace(new DtStamp(event.updatedAt));
        vevent.add(new LastModified(event.updatedAt));
        vevent.add(new Sequence(event.version));
        vevent.add(event.status == EventStatus.CANCELLED ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        vevent.add(new Categories(messages.get(locale, "event.kind." + event.kind.name())));
        vevent.add(new Location(event.venue != null ? event.venue : event.onlineUrl));
        vevent.add(new Url(URI.create(url)));
        String description = event.description.isEmpty() ? url : event.description + "\n\n" + url;
        if (event.venue != null && event.onlineUrl != null) {
            description = description + "\n" + event.onlineUrl;
        }
        vevent.add(new Description(description));
        return vevent;
    }
}
