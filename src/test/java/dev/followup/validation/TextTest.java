package dev.followup.validation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The one text rule of every field and parameter: what is refused, and what is kept as typed. */
class TextTest {

    @ParameterizedTest(name = "single-line refuses U+{0}")
    @ValueSource(ints = {0x00, 0x01, 0x07, 0x09, 0x0a, 0x0d, 0x1b, 0x1f, 0x7f, 0x80, 0x85, 0x9b, 0x9f, 0x2028,
            0x2029})
    void singleLineTextRefusesEveryControlCharacterAndLineBreak(int codePoint) {
        String text = "Maria" + (char) codePoint + "Lopez";
        assertThat(Text.problemInSingleLine(text)).isNotNull().containsAnyOf("single line", "NUL");
    }

    @ParameterizedTest(name = "multi-line refuses U+{0}")
    @ValueSource(ints = {0x00, 0x01, 0x07, 0x0b, 0x0c, 0x0d, 0x1b, 0x7f, 0x85, 0x9b})
    void multiLineTextRefusesEveryControlCharacterButLineFeedAndTab(int codePoint) {
        assertThat(Text.problemInMultiLine("Dear Maria," + (char) codePoint + "thanks")).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dear Maria,\n\nThank you.\n\tJane", "Kind regards,\nJane Doe"})
    void multiLineTextKeepsLineFeedsAndTabs(String text) {
        assertThat(Text.problemInMultiLine(text)).isNull();
    }

    @ParameterizedTest(name = "bidi control U+{0} is refused in both kinds")
    @ValueSource(ints = {0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069})
    void bidirectionalOverridesAreRefusedEverywhere(int codePoint) {
        String text = "Maria " + (char) codePoint + "zepoL";
        assertThat(Text.problemInSingleLine(text)).contains("bidirectional");
        assertThat(Text.problemInMultiLine(text)).contains("bidirectional");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u200b", "\u200b\u200c\u200d", " \u2060 ", "\ufeff", "\u00ad", "\u3000", "\u00a0\u00a0",
            "\u2003 ", "\udb40\udc41\udb40\udc42"})
    void textOfZeroWidthCharactersOnlyIsRefused(String text) {
        assertThat(Text.problemInSingleLine(text)).contains("visible characters");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Lopez\ud800|lone", "\udc00Lopez|lone", "Lo\udc00\ud800pez|lone"})
    void loneOrMisorderedSurrogatesAreRefused(String text, String expected) {
        assertThat(Text.problemInSingleLine(text)).contains(expected);
        assertThat(Text.problemInMultiLine(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Maria López", "José\u200dMaría", "Zoë O'Brien-Smith", "\u05de\u05e8\u05d9\u05d4 \u200f",
            "Rocket \ud83d\ude80 engineer", "株式会社 ACME", "  padded  "})
    void ordinaryTextIsKeptAsTyped(String text) {
        assertThat(Text.problemInSingleLine(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void emptyAndBlankTextAreLeftToTheFieldsOwnRules(String text) {
        assertThat(Text.problemInSingleLine(text)).isNull(); // @NotBlank says "must not be blank"
    }
}
