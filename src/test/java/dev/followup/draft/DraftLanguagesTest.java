package dev.followup.draft;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import dev.followup.interview.Channel;
import dev.followup.interview.InterviewRound;
import dev.followup.interview.Salutation;
import dev.followup.language.Language;
import dev.followup.schedule.FollowUpType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: every type, channel, variant and tone in every language, to a recipient with each form of
 * address: the right greeting, a topic, the candidate's contact, nothing unfilled, the channel's limit
 * kept, a report without issues in the same language, and every interviewer's wording distinct (M2, M4, M6).
 */
class DraftLanguagesTest {

    private static final DraftWriter WRITER = DraftWriterTest.WRITER;
    /** What a candidate types, in their own language: used as given, never translated. */
    private static final Map<Language, List<String>> TOPICS = Map.of(
            Language.ENGLISH, List.of("migrating billing to event sourcing", "the on-call rotation", "API versioning"),
            Language.GERMAN, List.of("die Migration der Abrechnung auf Event Sourcing", "die Rufbereitschaft",
                    "die Versionierung der API"),
            Language.FRENCH, List.of("la migration de la facturation vers l'event sourcing", "les astreintes",
                    "le versionnage de l'API"),
            Language.SPANISH, List.of("la migración de la facturación a event sourcing", "las guardias",
                    "el versionado de la API"));
    private static final DraftFacts.Contact CANDIDATE = new DraftFacts.Contact("Lena Okafor",
            "lena.okafor@example.org", "+49 30 1234567", null, null);
    private static final String[][] INTERVIEWERS = {{"María López", "Sra. López"}, {"Jan Berg", "Sr. Berg"},
            {"Ana Silva", ""}, {"Tom Weber", ""}, {"Noor Haddad", ""}, {"Jonas Vogel", ""}, {"Inès Costa", ""},
            {"Kenji Sato", ""}, {"Ola Nowak", ""}, {"Lea Roth", ""}};

    static DraftFacts facts(FollowUpType type, Channel channel, Tone tone, Language language, Salutation salutation,
            int interviewer, long seed) {
        String name = INTERVIEWERS[interviewer][0];
        return new DraftFacts(type, channel, tone, name, "person" + interviewer + "@nordwind.example", interviewer,
                "Nordwind Logistik", "Backend Engineer", InterviewRound.TECHNICAL, LocalDate.of(2026, 3, 6),
                TOPICS.get(language), List.of("Kotlin", "PostgreSQL"), LocalDate.of(2026, 3, 13), CANDIDATE, seed,
                language, salutation);
    }

    static Stream<Arguments> everyKindInEveryLanguage() {
        List<Arguments> all = new ArrayList<>();
        for (Language language : Language.values()) {
            for (FollowUpType type : FollowUpType.values()) {
                for (Channel channel : DraftWriter.channelsFor(type)) {
                    for (Tone tone : Tone.values()) {
                        for (Salutation salutation : new Salutation[]{Salutation.MS, null}) {
                            for (int seed = 0; seed < DraftWriter.variantsOf(type, channel); seed++) {
                                all.add(Arguments.of(language, type, channel, tone, salutation, seed));
                            }
                        }
                    }
                }
            }
        }
        return all.stream();
    }

    /** The greeting the conventions of each language give María López (docs/languages/). */
    static String expectedGreeting(Language language, Tone tone, Salutation salutation) {
        boolean warm = tone == Tone.WARM;
        boolean ms = salutation == Salutation.MS;
        return switch (language) {
            case ENGLISH -> warm ? "Hi María," : ms ? "Dear Ms López," : "Dear María López,";
            case GERMAN -> warm
                    ? ms ? "Liebe María," : "Hallo María,"
                    : ms ? "Sehr geehrte Frau López," : "Guten Tag, María López,";
            case FRENCH -> warm ? "Bonjour María," : ms ? "Madame," : "Bonjour María López,";
            case SPANISH -> warm ? "Hola, María:" : ms ? "Estimada Sra. López:" : "Buenos días, María López:";
        };
    }

    @ParameterizedTest(name = "{0}: {1} by {2}, {3}, {4}, seed {5}")
    @MethodSource("everyKindInEveryLanguage")
    void writesACompleteDraft(Language language, FollowUpType type, Channel channel, Tone tone,
            Salutation salutation, int seed) {
        DraftFacts facts = facts(type, channel, tone, language, salutation, 0, seed);
        Draft draft = WRITER.write(facts);
        String text = draft.body();
        if (channel == Channel.PHONE) {
            assertThat(text).contains("María").contains("+49 30 1234567");
        } else {
            assertThat(text).startsWith(expectedGreeting(language, tone, salutation));
            assertThat(text).contains("Lena Okafor");
        }
        assertThat(text).contains(TOPICS.get(language).get(0)).containsAnyOf("Nordwind Logistik", "Backend Engineer");
        assertThat(text).doesNotContain("{", "}", "NOT_FOUND", "[", "null", "  ");
        assertThat(text.length()).isLessThanOrEqualTo(QualityCheck.limitOf(channel));
        if (channel == Channel.EMAIL || channel == Channel.HANDWRITTEN_NOTE) {
            assertThat(text).contains("lena.okafor@example.org");
        }
        if (channel == Channel.EMAIL) {
            assertThat(draft.subject()).isNotBlank().doesNotContain("{", "Subject").hasSizeLessThanOrEqualTo(
                    QualityCheck.SUBJECT_LIMIT);
        }
        if (type == FollowUpType.THANK_YOU) {
            assertThat(text).doesNotContain("?", "¿"); // M3
        }
        // docs/languages: the templates keep to Latin-1 (French asks indirectly, German sets no en dash nor „“),
        // so a draft of Latin-1 values, as here, stays one byte a character.
        String whole = (draft.subject() == null ? "" : draft.subject()) + text;
        assertThat(whole.chars().filter(c -> c > 0xFF).mapToObj(Character::getName)).as(whole).isEmpty();
        if (language == Language.FRENCH) {
            assertThat(whole).doesNotContain("?", "!", ";");
        }
        QualityReport report = QualityCheck.check(QualityCheck.Text.of(draft, language), facts, List.of());
        assertThat(report.issues()).as(text).isEmpty();
        assertThat(report.language()).isEqualTo(language);
    }

    static Stream<Arguments> messagesToEveryInterviewer() {
        List<Arguments> all = new ArrayList<>();
        for (Language language : Language.values()) {
            for (FollowUpType type : List.of(FollowUpType.THANK_YOU, FollowUpType.LINKEDIN_CONNECTION)) {
                for (Channel channel : DraftWriter.channelsFor(type)) {
                    for (Tone tone : Tone.values()) {
                        all.add(Arguments.of(language, type, channel, tone));
                    }
                }
            }
        }
        return all.stream();
    }

    /** M4: ten interviewers of one interview, ten wordings, none too close to another by the check's measure. */
    @ParameterizedTest(name = "{0}: {1} by {2}, {3}")
    @MethodSource("messagesToEveryInterviewer")
    void eachOfTenInterviewersGetsADistinctWording(Language language, FollowUpType type, Channel channel, Tone tone) {
        List<Draft> drafts = new ArrayList<>();
        List<DraftFacts> facts = new ArrayList<>();
        for (int i = 0; i < INTERVIEWERS.length; i++) {
            facts.add(facts(type, channel, tone, language, null, i, 5));
            drafts.add(WRITER.write(facts.get(i)));
        }
        assertThat(drafts).extracting(Draft::variant).doesNotHaveDuplicates();
        for (int a = 0; a < drafts.size(); a++) {
            List<String> siblings = new ArrayList<>();
            for (int b = 0; b < drafts.size(); b++) {
                if (b != a) {
                    siblings.add(drafts.get(b).body());
                }
            }
            QualityReport report = QualityCheck.check(QualityCheck.Text.of(drafts.get(a), language), facts.get(a),
                    siblings);
            assertThat(report.issues()).as(drafts.get(a).body()).isEmpty();
        }
    }

    /**
     * docs/languages: every branch of every template keeps to Latin-1, so a draft of Latin-1 values stays one
     * byte a character; French templates ask indirectly, with no "?" (nor "!" or ";") to set a space before.
     */
    @Test
    void everyTemplateKeepsToLatin1() throws IOException, URISyntaxException {
        Path root = Path.of(DraftLanguagesTest.class.getClassLoader().getResource("templates/drafts").toURI());
        List<Path> templates;
        try (Stream<Path> files = Files.walk(root)) {
            templates = files.filter(file -> file.toString().endsWith(".txt")).toList();
        }
        assertThat(templates).hasSizeGreaterThanOrEqualTo(4 * 42);
        for (Path template : templates) {
            String text = Files.readString(template);
            String name = root.relativize(template).toString();
            assertThat(text.chars().filter(c -> c > 0xFF).mapToObj(Character::getName)).as(name).isEmpty();
            if (name.startsWith("fr")) {
                assertThat(text).as(name).doesNotContain("?", "!", ";");
            }
        }
    }

    /** M6: the longest values the API accepts still give a LinkedIn note of at most 300 characters. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Language.class)
    void aLinkedInNoteKeepsItsLimitInEveryLanguage(Language language) {
        for (Tone tone : Tone.values()) {
            for (Salutation salutation : new Salutation[]{Salutation.MR, null}) {
                for (int seed = 0; seed < DraftWriter.SIBLING_VARIANTS; seed++) {
                    DraftFacts longest = new DraftFacts(FollowUpType.LINKEDIN_CONNECTION, Channel.LINKEDIN, tone,
                            ("Maximiliano " + "Wolfeschlegelsteinhausen".repeat(8)).substring(0, 200), null, 0,
                            "C".repeat(200), "T".repeat(200), InterviewRound.FINAL, LocalDate.of(2026, 3, 6),
                            List.of("t".repeat(300)), List.of("s".repeat(100)), null,
                            new DraftFacts.Contact("Bartholomew " + "Featherstonehaugh".repeat(10), null, null, null,
                                    null),
                            seed, language, salutation);
                    String body = WRITER.write(longest).body();
                    assertThat(body).hasSizeLessThanOrEqualTo(QualityCheck.LINKEDIN_NOTE_LIMIT)
                            .contains("Bartholomew").doesNotContain("{");
                }
            }
        }
    }

    /** Dates and weekdays in the language's own form; the skills joined by its own "and". */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Language.class)
    void datesAndListsFollowTheLanguage(Language language) {
        Map<String, Object> data = DraftWriter.data(facts(FollowUpType.STATUS_CHECK, Channel.EMAIL, Tone.FORMAL,
                language, null, 0, 0));
        String[] expected = switch (language) {
            case ENGLISH -> new String[]{"Friday", "6 March", "13 March", "Kotlin and PostgreSQL"};
            case GERMAN -> new String[]{"Freitag", "6. März", "13. März", "Kotlin und PostgreSQL"};
            case FRENCH -> new String[]{"vendredi", "6 mars", "13 mars", "Kotlin et PostgreSQL"};
            case SPANISH -> new String[]{"viernes", "6 de marzo", "13 de marzo", "Kotlin y PostgreSQL"};
        };
        assertThat(data).containsEntry("day", expected[0]).containsEntry("date", expected[1])
                .containsEntry("decision", expected[2]).containsEntry("skills", expected[3]);
    }
}
