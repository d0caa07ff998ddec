package dev.followup.language;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Lists read as sentences; Spanish "y" turns "e" before the sound /i/ (RAE). */
class ListsTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "ENGLISH|A, B and C", "GERMAN|A, B und C", "FRENCH|A, B et C", "SPANISH|A, B y C",
    })
    void joinsWithoutACommaBeforeTheConjunction(Language language, String joined) {
        assertThat(Lists.joined(List.of("A", "B", "C"), language)).isEqualTo(joined);
        assertThat(Lists.joined(List.of("A"), language)).isEqualTo("A");
        assertThat(Lists.joined(List.of(), language)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "IntelliJ|e", "Ingeniería|e", "historia|e", "Híbridos|e", "hi|e", "ítems|e",
            "hielo|y", "hiato|y", "Kotlin|y", "Unix|y",
    })
    void spanishAndBeforeTheSoundI(String next, String conjunction) {
        assertThat(Lists.joined(List.of("Kotlin", next), Language.SPANISH))
                .isEqualTo("Kotlin " + conjunction + " " + next);
        assertThat(Lists.joined(List.of("Kotlin", next), Language.ENGLISH)).isEqualTo("Kotlin and " + next);
    }
}
