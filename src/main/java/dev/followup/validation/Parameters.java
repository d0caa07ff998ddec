package dev.followup.validation;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import dev.followup.problem.WireEnum;

/**
 * Path and query parameters arrive as text, so that a malformed one is a 400 problem naming the
 * parameter, rather than a bare 404 from the framework.
 */
public final class Parameters {

    private Parameters() {
    }

    /** Clocks of phones and servers disagree a little; a report "from the future" beyond this is refused. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    /**
     * When something the caller reports happened: {@code now} when they leave it out, else their instant
     * (to the microsecond the database keeps), refused when it lies in the future.
     */
    public static Instant reportedAt(OffsetDateTime at, Instant now, String field) {
        Instant reported = at == null ? now : at.toInstant().truncatedTo(ChronoUnit.MICROS);
        if (reported.isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidParameterException(field, "must not be in the future");
        }
        return reported;
    }

    public static UUID uuid(String value, String field) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(field, "must be a UUID such as 0194f1a2-7c3e-7d4b-9a10-2b3c4d5e6f70");
        }
    }

    /** An ISO-8601 date-time with an offset, in the years the service accepts; null when absent. */
    public static Instant instant(String value, String field) {
        if (value == null) {
            return null;
        }
        OffsetDateTime parsed;
        try {
            parsed = OffsetDateTime.parse(value);
        } catch (DateTimeException e) {
            throw new InvalidParameterException(field,
                    "must be an ISO-8601 date-time with an offset, such as 2026-03-01T00:00:00Z");
        }
        if (!SaneTime.accepts(parsed)) {
            throw new InvalidParameterException(field, SaneTime.MESSAGE);
        }
        return parsed.toInstant();
    }

    /** A whole number from 1 to {@code max}; {@code defaultValue} when the parameter is absent. */
    public static int wholeNumber(String value, String field, int defaultValue, int max) {
        if (value == null) {
            return defaultValue;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= 1 && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below, with the range
        }
        throw new InvalidParameterException(field, "must be a whole number from 1 to " + max);
    }

    /** {@code true} or {@code false} exactly; {@code false} when the parameter is absent. */
    public static boolean flag(String value, String field) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw new InvalidParameterException(field, "must be true or false");
    }

    /** The constant named {@code value} on the wire, or a 400-worthy violation of {@code field}. */
    public static <E extends Enum<E>> E oneOf(Class<E> type, String value, String field) {
        for (E constant : type.getEnumConstants()) {
            if (WireEnum.nameOf(constant).equals(value)) {
                return constant;
            }
        }
        throw new InvalidParameterException(field, "must be one of " + String.join(", ", WireEnum.names(type)));
    }
}
