package dev.followup.schedule;

import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * The nationwide public holidays of a country, from Jollyday (R14). Regional holidays are not
 * counted: the candidate's region is not known. A country Jollyday does not cover has weekends only.
 */
public final class PublicHolidays {

    private static final Set<String> SUPPORTED = HolidayManager.getSupportedCalendarCodes();
    /** Holidays by country and year: immutable library data, cached because they are asked for often. */
    private static final Map<String, Map<LocalDate, String>> CACHE = new ConcurrentHashMap<>();

    private PublicHolidays() {
    }

    /** Whether Jollyday knows this country's holidays. */
    public static boolean covers(String countryCode) {
        return SUPPORTED.contains(countryCode.toUpperCase(Locale.ROOT));
    }

    /** The name of the public holiday on {@code date} in the country, if it is one. */
    public static Optional<String> on(String countryCode, LocalDate date) {
        if (!covers(countryCode)) {
            return Optional.empty();
        }
        String country = countryCode.toLowerCase(Locale.ROOT);
        return Optional.ofNullable(CACHE.computeIfAbsent(country + ":" + date.getYear(),
                key -> load(country, Year.of(date.getYear()))).get(date));
    }

    private static Map<LocalDate, String> load(String country, Year year) {
        HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(country));
        Map<LocalDate, String> holidays = new HashMap<>();
        for (Holiday holiday : manager.getHolidays(year, HolidayType.PUBLIC_HOLIDAY)) {
            holidays.put(holiday.getActualDate(), holiday.getDescription(Locale.ENGLISH));
        }
        return Map.copyOf(holidays);
    }
}
