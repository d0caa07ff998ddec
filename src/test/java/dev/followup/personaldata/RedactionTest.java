package dev.followup.personaldata;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 19: an erased interviewer's words leave stored text, and nothing else does. */
class RedactionTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final Redaction maria = new Redaction(List.of("Maria Lopez", "maria.lopez@acme.example", " "));

    @Test
    void replacesWholeWordsInAnyCaseAndLeavesTheRest() {
        assertThat(maria.text("Dear MARIA LOPEZ, write to Maria.Lopez@ACME.example or to Sam."))
                .isEqualTo("Dear [erased], write to [erased] or to Sam.");
        assertThat(maria.text("Mariam Lopezova")).isEqualTo("Mariam Lopezova"); // another person's name
        assertThat(maria.appearsIn("Xmaria lopez")).isFalse();
        String untouched = "Nothing to see";
        assertThat(maria.text(untouched)).isSameAs(untouched);
        assertThat(maria.text(null)).isNull();
    }

    @Test
    void replacesTheLongestWordFirst() {
        Redaction words = new Redaction(List.of("Maria", "Maria Lopez"));
        assertThat(words.text("Hi Maria Lopez and Maria")).isEqualTo("Hi [erased] and [erased]");
    }

    @Test
    void redactsStringValuesOfJsonButNeverItsFieldNames() {
        String json = "{\"Maria Lopez\":1,\"interviewers\":[{\"name\":\"Maria Lopez\",\"email\":"
                + "\"maria.lopez@acme.example\"}],\"note\":\"met Maria Lopez\",\"n\":2,\"ok\":true,\"x\":null}";
        assertThat(maria.json(json, MAPPER)).isEqualTo("{\"Maria Lopez\":1,\"interviewers\":[{\"name\":"
                + "\"[erased]\",\"email\":\"[erased]\"}],\"note\":\"met [erased]\",\"n\":2,\"ok\":true,\"x\":null}");
        String without = "{\"name\":\"Sam\"}";
        assertThat(maria.json(without, MAPPER)).isSameAs(without);
        assertThat(maria.json("not json: Maria Lopez", MAPPER)).isEqualTo("not json: [erased]");
    }

    @Test
    void likePatternsEscapeWildcardsAndMatchLowerCase() {
        Redaction odd = new Redaction(List.of("A_B%C\\D"));
        assertThat(odd.likePatterns()).containsExactly("%a\\_b\\%c\\\\d%");
        assertThat(odd.likeCondition("body", 3)).isEqualTo("(lower(body) like ?3 escape '\\')");
        assertThat(new Redaction(List.of()).likeCondition("body", 1)).isEqualTo("1 = 0");
        assertThat(new Redaction(List.of()).appearsIn("anything")).isFalse();
    }

    @Test
    void anInterviewersGreetingsAreFoundWordByWord() {
        ErasedInterviewer erased = new ErasedInterviewer("t", "maria.lopez@acme.example", Set.of("Maria Lopez"),
                Set.of(UUID.randomUUID()), Set.of(), Set.of(), Set.of());
        assertThat(erased.redaction().text("Dear Maria,")).isEqualTo("Dear Maria,");
        assertThat(erased.redactionWordByWord().text("Dear Maria, dear Ms Lopez, maria.lopez@acme.example"))
                .isEqualTo("Dear [erased], dear Ms [erased], [erased]");
        // Short words and particles stay: "de" is a country code and a French word before it is a name.
        ErasedInterviewer particles = new ErasedInterviewer("t", "j@x.example", Set.of("Jan de Vries", "Jo Li"),
                Set.of(), Set.of(), Set.of(), Set.of());
        assertThat(particles.redactionWordByWord().text("Jan de Vries, Jo Li: merci de votre temps, Jan. Li Jo."))
                .isEqualTo("[erased], [erased]: merci de votre temps, [erased]. Li Jo.");
    }

    @Test
    void redactsFreeTextFieldsWordByWordAndTheRestByWholeNames() {
        Redaction whole = new Redaction(List.of("Maria Lopez"));
        Redaction words = new Redaction(List.of("Maria Lopez", "Maria", "Lopez"));
        String json = "{\"firstName\":\"Maria\",\"note\":\"Maria said so\",\"reason\":\"Thank Maria Lopez\"}";
        assertThat(whole.json(json, MAPPER, field -> field.endsWith("Name"), words)).isEqualTo(
                "{\"firstName\":\"[erased]\",\"note\":\"Maria said so\",\"reason\":\"Thank [erased]\"}");
        String formatted = "{ \"note\" : \"Maria said so\" }"; // nothing to redact: kept exactly as stored
        assertThat(whole.json(formatted, MAPPER, field -> false, words)).isSameAs(formatted);
    }
}
