package dev.followup.validation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The years a date or date-time may fall in, wherever it enters (bodies, query parameters, cursors):
 * outside them a value is a typo or an attack, and keeping inside them keeps every value storable
 * and printable as ISO-8601.
 */
public final class SaneTime {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    public static final String MESSAGE = "must be in the years " + FIRST_YEAR + " to " + LAST_YEAR;

    // A year of margin for instants: a plan's windows and cursors may reach past an accepted local date.
    private static final Instant FIRST = LocalDate.of(FIRST_YEAR - 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final Instant END = LocalDate.of(LAST_YEAR + 2, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);

    private SaneTime() {
    }

    public static boolean accepts(LocalDate date) {
        return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
    }

    /** Judged by the local date the client wrote, so that a value reads the same whatever its offset. */
    public static boolean accepts(OffsetDateTime dateTime) {
        return dateTime.getYear() >= FIRST_YEAR && dateTime.getYear() <= LAST_YEAR;
    }

    /**
     * Judged in UTC, with a year of margin either side: instants come from cursors, which point at
     * stored values (an interview at the end of 2100, or its plan reaching into 2101).
     */
    public static boolean accepts(Instant instant) {
        return !instant.isBefore(FIRST) && instant.isBefore(END);
    }
}
