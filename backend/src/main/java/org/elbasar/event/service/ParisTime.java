package org.elbasar.event.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.elbasar.common.api.ApiException;

/** Events happen in Europe/Paris: people write local times, the database keeps instants. */
public final class ParisTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private ParisTime() {
    }

    /**
     * The instant of a local time. One skipped when the clocks go forward (02:00–03:00 on the last Sunday of March) is
     * refused; one lived twice when they go back (last Sunday of October) is the first of the two, as calendars do.
     */
    public static Instant instant(LocalDateTime local, String field) {
        if (local == null) {
            return null;
        }
        if (ZONE.getRules().getValidOffsets(local).isEmpty()) {
            throw ApiException.invalid(field, "validation.time-skipped");
        }
        return ZonedDateTime.ofLocal(local, ZONE, null).toInstant();
    }

    public static OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(ZONE).toOffsetDateTime();
    }

    /** When an event happens, in words, in Paris time: "samedi 28 mars 2027, 18:30 – 20:30". */
    public static String describe(Instant start, Instant end, Locale locale) {
        ZonedDateTime from = start.atZone(ZONE);
        ZonedDateTime to = end.atZone(ZONE);
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
        String until = from.toLocalDate().equals(to.toLocalDate()) ? time.format(to) : day.format(to) + ", " + time.format(to);
        return day.format(from) + ", " + time.format(from) + " – " + until;
    }

    /** The first instant of a Paris day (which is 23 or 25 hours long on the days the clocks change). */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }
}
