package dev.followup.language;

import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.followup.validation.InvalidParameterException;

/**
 * Which language a response is written in: the {@code language} query parameter, then the
 * {@code Accept-Language} header, then the candidate's own setting, then English. A language the
 * service does not write falls through to the next source; a malformed value is refused, naming
 * where it came from. Pure: the request's values in, a language out.
 */
public final class LanguageChoice {

    /** The query parameter that wins over the header. */
    public static final String PARAMETER = "language";
    public static final String HEADER = "Accept-Language";
    /** Longer values are not a language preference: no need to parse them. */
    private static final int MAX_HEADER_LENGTH = 512;
    private static final int MAX_TAG_LENGTH = 35;
    private static final Pattern EMPTY_ELEMENTS = Pattern.compile("(\\s*,\\s*)+");

    private LanguageChoice() {
    }

    /**
     * @param parameter      the {@code language} query parameter, or null
     * @param acceptLanguage the {@code Accept-Language} header, or null
     * @param candidates     the candidate's settings, most specific first (the interview's, the profile's); nulls skipped
     */
    public static Language choose(String parameter, String acceptLanguage, Language... candidates) {
        return requested(parameter, acceptLanguage).orElseGet(() -> orDefault(candidates));
    }

    /**
     * The language the request asks for, if it names one the service writes: read before anything else,
     * so that a malformed value is refused whatever else the request gets wrong.
     */
    public static Optional<Language> requested(String parameter, String acceptLanguage) {
        Optional<Language> fromParameter = fromParameter(parameter);
        Optional<Language> fromHeader = fromHeader(acceptLanguage); // read even when the parameter wins: refused when malformed
        return fromParameter.or(() -> fromHeader);
    }

    /** The candidate's setting, most specific first, else English. */
    public static Language orDefault(Language... candidates) {
        return firstSet(candidates).orElse(Language.ENGLISH);
    }

    static Optional<Language> fromParameter(String parameter) {
        if (parameter == null) {
            return Optional.empty();
        }
        if (parameter.isEmpty() || parameter.length() > MAX_TAG_LENGTH) {
            throw new InvalidParameterException(PARAMETER, "must be a language tag such as de or fr-CA");
        }
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(parameter).build();
        } catch (IllformedLocaleException e) {
            throw new InvalidParameterException(PARAMETER, "must be a language tag such as de or fr-CA");
        }
        return Language.ofPrimaryTag(locale.getLanguage());
    }

    static Optional<Language> fromHeader(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        List<Locale.LanguageRange> ranges;
        try {
            if (header.length() > MAX_HEADER_LENGTH) {
                throw new IllegalArgumentException("too long");
            }
            // RFC 9110 lets a list hold empty elements ("de,,en"); the JDK's parser does not.
            ranges = Locale.LanguageRange.parse(EMPTY_ELEMENTS.matcher(header).replaceAll(",").replaceAll(
                    "^\\s*,|,\\s*$", "")); // sorted by weight, highest first, stable
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(HEADER,
                    "must be a list of language ranges with optional weights, such as de-CH, de;q=0.9, en;q=0.5");
        }
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() == 0) {
                continue;
            }
            String primary = range.getRange();
            int dash = primary.indexOf('-');
            Optional<Language> language = Language.ofPrimaryTag(dash < 0 ? primary : primary.substring(0, dash));
            if (language.isPresent()) {
                return language;
            }
        }
        return Optional.empty();
    }

    private static Optional<Language> firstSet(Language... candidates) {
        for (Language candidate : candidates) {
            if (candidate != null) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
