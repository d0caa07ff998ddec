package dev.followup.language;

import java.util.Locale;
import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A language the service writes drafts, plan reasons and quality reports in. */
@Schema(description = "A language drafts, plan reasons and quality reports are written in, as an ISO 639-1 code: `en` English, `de` German, `fr` French, `es` Spanish.")
public enum Language {
    @JsonProperty("en")
    ENGLISH("en"),
    @JsonProperty("de")
    GERMAN("de"),
    @JsonProperty("fr")
    FRENCH("fr"),
    @JsonProperty("es")
    SPANISH("es");

    private final String tag;
    private final Locale locale;

    Language(String tag) {
        this.tag = tag;
        this.locale = Locale.forLanguageTag(tag);
    }

    /** The language's code, as in {@code Content-Language}: {@code de}. */
    public String tag() {
        return tag;
    }

    /** The locale dates, weekdays and holiday names are written in. */
    public Locale locale() {
        return locale;
    }

    /** The language of a code's primary subtag ({@code de} for {@code de-CH}), if the service writes it. */
    public static Optional<Language> ofPrimaryTag(String primary) {
        for (Language language : values()) {
            if (language.tag.equalsIgnoreCase(primary)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
