package dev.followup.draft;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.followup.interview.InterviewRound;
import dev.followup.interview.Salutation;
import dev.followup.language.Language;

import static org.assertj.core.api.Assertions.assertThat;

/** The conventions of each language, as docs/languages/ lists them. */
class DraftConventionsTest {

    @ParameterizedTest(name = "{0} {1} {2}: {3}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "ENGLISH|MS|false|Dear Ms López García,",
            "ENGLISH|MR|false|Dear Mr López García,",
            "ENGLISH|none|false|Dear José López García,",
            "ENGLISH|MR|true|Hi José,",
            "GERMAN|MS|false|Sehr geehrte Frau López García,",
            "GERMAN|MR|false|Sehr geehrter Herr López García,",
            "GERMAN|none|false|Guten Tag, José López García,",
            "GERMAN|MS|true|Liebe José,",
            "GERMAN|MR|true|Lieber José,",
            "GERMAN|none|true|Hallo José,",
            "FRENCH|MS|false|Madame,",
            "FRENCH|MR|false|Monsieur,",
            "FRENCH|none|false|Bonjour José López García,",
            "FRENCH|MR|true|Bonjour José,",
            "SPANISH|MS|false|Estimada Sra. López García:",
            "SPANISH|MR|false|Estimado Sr. López García:",
            "SPANISH|none|false|Buenos días, José López García:",
            "SPANISH|MS|true|Hola, José:",
    })
    void greetsByTheLanguagesConventions(Language language, Salutation salutation, boolean warm, String greeting) {
        assertThat(DraftConventions.of(language).greeting(salutation, warm, "José López García", "José"))
                .isEqualTo(greeting);
    }

    @Test
    void signsOffByTheLanguagesConventions() {
        assertThat(DraftConventions.of(Language.ENGLISH).closing(false)).isEqualTo("Kind regards,");
        assertThat(DraftConventions.of(Language.GERMAN).closing(false)).isEqualTo("Mit freundlichen Grüßen");
        assertThat(DraftConventions.of(Language.GERMAN).closing(true)).isEqualTo("Viele Grüße");
        assertThat(DraftConventions.of(Language.FRENCH).closing(false)).isEqualTo("Cordialement,");
        assertThat(DraftConventions.of(Language.SPANISH).closing(false)).isEqualTo("Atentamente,");
        assertThat(DraftConventions.of(Language.SPANISH).cardClosing(true)).isEqualTo("Un afectuoso saludo,");
        assertThat(DraftConventions.of(Language.FRENCH).cardClosing(false)).isEqualTo("Avec mes remerciements,");
        assertThat(DraftConventions.of(Language.ENGLISH).cardClosing(false)).isEqualTo("With thanks,");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "Kotlin|Kotlin y Kotlin", "IntelliJ|Kotlin e IntelliJ", "Ingeniería|Kotlin e Ingeniería",
            "historia|Kotlin e historia", "hielo|Kotlin y hielo", "ítems|Kotlin e ítems", "hi|Kotlin e hi",
    })
    void spanishAndBecomesEBeforeTheSoundI(String second, String joined) {
        DraftConventions spanish = DraftConventions.of(Language.SPANISH);
        assertThat(spanish.joined(List.of("Kotlin", second))).isEqualTo(joined.replace("Kotlin y Kotlin",
                "Kotlin y Kotlin"));
        assertThat(DraftConventions.of(Language.GERMAN).joined(List.of("A", "B", "IntelliJ")))
                .isEqualTo("A, B und IntelliJ");
        assertThat(spanish.joined(List.of())).isEmpty();
        assertThat(spanish.joined(List.of("Go"))).isEqualTo("Go");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Backend Engineer|de Backend Engineer", "Ingénieur backend|d'Ingénieur backend",
            "analyste|d'analyste", "Head of Data|de Head of Data", "UX Designer|d'UX Designer",
            "Éditrice|d'Éditrice", "' Yoga teacher '|de Yoga teacher",
    })
    void frenchElidesDeBeforeAVowel(String role, String expected) {
        assertThat(DraftConventions.deBefore(role)).isEqualTo(expected);
        assertThat(DraftConventions.deBefore(null)).isEqualTo("de ");
    }

    @Test
    void eachRoundHasItsOwnFocusInEveryLanguage_M5() {
        for (Language language : Language.values()) {
            DraftConventions conventions = DraftConventions.of(language);
            assertThat(List.of(InterviewRound.values())).extracting(conventions::focus)
                    .doesNotContainNull();
            assertThat(conventions.focus(InterviewRound.TECHNICAL)).isNotEqualTo(conventions.focus(InterviewRound.HR));
            assertThat(conventions.focus(InterviewRound.ONSITE)).isEqualTo(conventions.focus(InterviewRound.PANEL));
            assertThat(conventions.focus(null)).isEqualTo(conventions.focus(InterviewRound.OTHER));
        }
        assertThat(DraftConventions.of(Language.GERMAN).focus(InterviewRound.TECHNICAL))
                .isEqualTo("wie ich Probleme angehe und löse");
        assertThat(DraftConventions.of(Language.FRENCH).focus(InterviewRound.FINAL))
                .isEqualTo("ce que je pourrais accomplir dans mes premiers mois");
    }

    @Test
    void frenchWritesTheFirstOfAMonthAsAnOrdinal() {
        assertThat(DraftConventions.of(Language.FRENCH).date(java.time.LocalDate.of(2026, 4, 1)))
                .isEqualTo("1er avril");
        assertThat(DraftConventions.of(Language.FRENCH).date(java.time.LocalDate.of(2026, 4, 2))).isEqualTo("2 avril");
        assertThat(DraftConventions.of(Language.ENGLISH).date(java.time.LocalDate.of(2026, 4, 1))).isEqualTo("1 April");
        assertThat(DraftConventions.of(Language.GERMAN).date(null)).isEmpty();
        assertThat(DraftConventions.of(Language.SPANISH).language()).isEqualTo(Language.SPANISH);
    }

    @Test
    void theFamilyNameIsEveryWordAfterTheFirst() {
        assertThat(DraftConventions.familyNameOf(" María López García ")).isEqualTo("López García");
        assertThat(DraftConventions.familyNameOf("Madonna")).isEqualTo("Madonna");
        assertThat(DraftConventions.familyNameOf(null)).isEmpty();
    }
}
