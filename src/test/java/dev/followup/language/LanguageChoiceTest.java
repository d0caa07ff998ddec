package dev.followup.language;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.followup.validation.InvalidParameterException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 18: the parameter, then Accept-Language, then the candidate's setting, then English. */
class LanguageChoiceTest {

    @ParameterizedTest(name = "language={0}, Accept-Language={1}, candidate={2}: {3}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "de|fr|SPANISH|GERMAN",
            "de-CH|none|none|GERMAN",
            "FR|none|none|FRENCH",
            "it|fr|none|FRENCH", // a language not written falls through to the header
            "it|none|SPANISH|SPANISH", // and then to the candidate's setting
            "it|ja, zh;q=0.8|none|ENGLISH", // and then to English
            "none|de-AT, fr;q=0.9|FRENCH|GERMAN",
            "none|it, es;q=0.8, de;q=0.9|none|GERMAN", // by weight, not by order
            "none|fr;q=0, es|none|SPANISH", // q=0 means not wanted
            "none|fr;q=0|none|ENGLISH",
            "none|*|FRENCH|FRENCH", // any language: the candidate's setting
            "none|'  '|GERMAN|GERMAN",
            "none|none|none|ENGLISH",
    })
    void choosesInOrder(String parameter, String header, Language candidate, Language chosen) {
        assertThat(LanguageChoice.choose(parameter, header, candidate)).isEqualTo(chosen);
    }

    @Test
    void theInterviewsSettingComesBeforeTheProfiles() {
        assertThat(LanguageChoice.choose(null, null, null, Language.FRENCH)).isEqualTo(Language.FRENCH);
        assertThat(LanguageChoice.choose(null, null, Language.SPANISH, Language.FRENCH)).isEqualTo(Language.SPANISH);
        assertThat(LanguageChoice.orDefault()).isEqualTo(Language.ENGLISH);
        assertThat(LanguageChoice.requested(null, null)).isEmpty();
    }

    @ParameterizedTest(name = "language={0}")
    @ValueSource(strings = {"", "d", "de_DE", "12", "de--CH", "not a tag", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
    void aMalformedParameterIsRefusedNamingIt(String parameter) {
        assertThatThrownBy(() -> LanguageChoice.choose(parameter, "de", Language.FRENCH))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.field()).isEqualTo("language"));
    }

    @ParameterizedTest(name = "Accept-Language: {0}")
    @ValueSource(strings = {"de;q=2", "de;q=abc", "de;;", "@@", "de,,;q=0.5"})
    void aMalformedHeaderIsRefusedNamingIt(String header) {
        // even when the parameter names a language: the request is malformed either way
        assertThatThrownBy(() -> LanguageChoice.choose("fr", header))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.field()).isEqualTo("Accept-Language"));
    }

    @Test
    void theLongestAcceptedValuesAreAccepted() {
        String tag = "de-x-abcdefgh-abcdefgh-abcdefgh-abc";
        assertThat(tag).hasSize(35);
        assertThat(LanguageChoice.choose(tag, null)).isEqualTo(Language.GERMAN);
        assertThatThrownBy(() -> LanguageChoice.choose(tag + "d", null)).isInstanceOf(InvalidParameterException.class);
        String header = "fr, " + "en;q=0.1, ".repeat(50) + "de";
        String exact = header + " ".repeat(512 - header.length());
        assertThat(exact).hasSize(512);
        assertThat(LanguageChoice.choose(null, exact)).isEqualTo(Language.FRENCH);
    }

    @Test
    void emptyListElementsAreAllowedAsRfc9110Says() {
        assertThat(LanguageChoice.choose(null, "it,, es;q=0.9 ,")).isEqualTo(Language.SPANISH);
        assertThat(LanguageChoice.choose(null, ", de")).isEqualTo(Language.GERMAN);
    }

    @Test
    void anOverlongHeaderIsRefused() {
        assertThatThrownBy(() -> LanguageChoice.choose(null, "de, ".repeat(200)))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void eachLanguageHasItsTagAndLocale() {
        assertThat(Language.GERMAN.tag()).isEqualTo("de");
        assertThat(Language.SPANISH.locale().getLanguage()).isEqualTo("es");
        assertThat(Language.ofPrimaryTag("FR")).contains(Language.FRENCH);
        assertThat(Language.ofPrimaryTag("it")).isEmpty();
    }
}
