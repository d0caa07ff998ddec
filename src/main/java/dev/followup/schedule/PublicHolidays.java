package dev.followup.schedule;

import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import dev.followup.language.Language;

/**
 * The nationwide public holidays of a country, from Jollyday (R14). Regional holidays are not
 * counted: the candidate's region is not known. A country Jollyday does not cover has weekends only.
 * A holiday is known by its Jollyday key ({@code christian.GOOD_FRIDAY}) and named in a language on
 * demand: Jollyday's own names in English, German and French, the project's in Spanish
 * ({@code descriptions/holiday_descriptions_es.properties}, which Jollyday lacks).
 */
public final class PublicHolidays {

    private static final Set<String> SUPPORTED = HolidayManager.getSupportedCalendarCodes();
    /** Holidays by country and year: immutable library data, cached because they are asked for often. */
    private static final Map<String, Map<LocalDate, String>> CACHE = new ConcurrentHashMap<>();
    private static final String NAMES = "descriptions.holiday_descriptions";
    private static final String KEY_PREFIX = "holiday.description.";
    /** The project's corrections of Jollyday's names, consulted first: {@code holidays/corrections_<language>}. */
    private static final String CORRECTIONS = "holidays.corrections";
    private static final Map<Language, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();
    private static final Map<Language, ResourceBundle> CORRECTED = new ConcurrentHashMap<>();

    private PublicHolidays() {
    }

    /** Whether Jollyday knows this country's holidays. */
    public static boolean covers(String countryCode) {
        return SUPPORTED.contains(countryCode.toUpperCase(Locale.ROOT));
    }

    /** The key of the public holiday on {@code date} in the country, if it is one. */
    public static Optional<String> keyOn(String countryCode, LocalDate date) {
        if (!covers(countryCode)) {
            return Optional.empty();
        }
        String country = countryCode.toLowerCase(Locale.ROOT);
        return Optional.ofNullable(CACHE.computeIfAbsent(country + ":" + date.getYear(),
                key -> load(country, Year.of(date.getYear()))).get(date));
    }

    /** The name of the holiday with this key in the language; the key itself when no name is known. */
    public static String nameOf(String key, Language language) {
        ResourceBundle corrected = CORRECTED.computeIfAbsent(language, l -> bundle(CORRECTIONS, l));
        ResourceBundle names = BUNDLES.computeIfAbsent(language, l -> bundle(NAMES, l));
        for (ResourceBundle bundle : new ResourceBundle[]{corrected, names}) {
            if (bundle.containsKey(KEY_PREFIX + key)) {
                return bundle.getString(KEY_PREFIX + key);
            }
        }
        return key;
    }

    private static ResourceBundle bundle(String name, Language language) {
        // No fallback to the JVM's default locale: a language without its own names gets the English ones.
        return ResourceBundle.getBundle(name, language == Language.ENGLISH ? Locale.ROOT : language.locale(),
                PublicHolidays.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static Map<LocalDate, String> load(String country, Year year) {
        HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(country));
        Map<LocalDate, String> holidays = new HashMap<>();
        for (Holiday holiday : manager.getHolidays(year, HolidayType.PUBLIC_HOLIDAY)) {
            holidays.put(holiday.getActualDate(), holiday.getPropertiesKey());
        }
        return Map.copyOf(holidays);
    }
}
