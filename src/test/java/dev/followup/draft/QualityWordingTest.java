package dev.followup.draft;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.followup.interview.Channel;
import dev.followup.language.Language;
import dev.followup.schedule.FollowUpType;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 18: the quality check reads and reports in the text's language (M2, M6, M9). */
class QualityWordingTest {

    private static final DraftFacts.Contact LENA = new DraftFacts.Contact("Lena Okafor", "lena@example.org", null,
            null, null);

    private static QualityReport check(Language language, String body) {
        DraftFacts facts = new DraftFacts(FollowUpType.THANK_YOU, Channel.EMAIL, Tone.FORMAL, "María López",
                "maria@nordwind.example", 0, "Nordwind", "Backend Engineer", null, null, List.of("Kafka"), List.of(),
                null, LENA, 0, language, null);
        return QualityCheck.check(new QualityCheck.Text(FollowUpType.THANK_YOU, Channel.EMAIL, "Danke", body,
                language), facts, List.of());
    }

    private static List<String> codes(QualityReport report) {
        return report.issues().stream().map(QualityIssue::code).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "GERMAN|Hallo María,\\n\\ndas Gespräch über Kafka war echt krass.\\n\\nViele Grüße\\nLena\\nlena@example.org|krass|umgangssprachlich",
            "FRENCH|Bonjour María,\\n\\nMerci pour l'échange sur Kafka, c'était ouf, mdr.\\n\\nBien à vous,\\nLena\\nlena@example.org|mdr|familier",
            "SPANISH|Hola, María:\\n\\nLa charla sobre Kafka fue muy guay.\\n\\nUn saludo,\\nLena\\nlena@example.org|guay|coloquial",
            "ENGLISH|Hi María,\\n\\nThe talk about Kafka was awesome.\\n\\nBest wishes,\\nLena\\nlena@example.org|awesome|casual",
    })
    void slangIsReadAndReportedInTheLanguage(Language language, String body, String word, String says) {
        QualityReport report = check(language, body.replace("\\n", "\n"));
        assertThat(codes(report)).containsExactly("slang");
        assertThat(report.issues().get(0).message()).contains(word).contains(says);
        assertThat(report.language()).isEqualTo(language);
    }

    @Test
    void aWordCasualInOneLanguageIsNotFlaggedInAnother() {
        assertThat(codes(check(Language.GERMAN, "Hallo María,\n\nsuper Gespräch über Kafka, mega.\n\nViele Grüße\n"
                + "Lena\nlena@example.org"))).containsExactly("slang");
        // "super" is English slang but plain German; "lol" is shorthand everywhere
        assertThat(codes(check(Language.GERMAN, "Hallo María,\n\nein super Gespräch über Kafka.\n\nViele Grüße\n"
                + "Lena\nlena@example.org"))).isEmpty();
        assertThat(codes(check(Language.SPANISH, "Hola, María:\n\nKafka, lol.\n\nUn saludo,\nLena\n"
                + "lena@example.org"))).containsExactly("slang");
    }

    @Test
    void aFrenchFormalGreetingByFormOfAddressAloneAddressesTheRecipient() {
        String body = "Madame,\n\nJe vous remercie de notre échange sur Kafka.\n\nCordialement,\nLena Okafor\n"
                + "lena@example.org";
        assertThat(codes(check(Language.FRENCH, body))).isEmpty();
        // the same greeting in another language names no one
        assertThat(codes(check(Language.ENGLISH, body))).contains("generic", "missing_greeting");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "GERMAN|Anrede|Grußformel|Thema",
            "FRENCH|formule d'appel|formule de politesse|sujet",
            "SPANISH|saludo|despedida|tema",
            "ENGLISH|greeting|sign-off|topic",
    })
    void aTextWithoutGreetingSignOffOrNameIsToldInItsLanguage(Language language, String greeting, String signOff,
            String topic) {
        QualityReport report = check(language, "Kafka.\n\nLena\nlena@example.org");
        assertThat(codes(report)).containsExactly("generic", "missing_greeting", "missing_closing");
        assertThat(report.issues()).extracting(QualityIssue::message).satisfiesExactly(
                name -> assertThat(name).contains("María López"),
                opening -> assertThat(opening).contains(greeting),
                closing -> assertThat(closing).contains(signOff));
        QualityReport unspecific = check(language, "Hallo");
        assertThat(codes(unspecific)).contains("generic", "missing_contact");
        assertThat(unspecific.issues()).filteredOn(i -> i.severity().equals("warning") && i.code().equals("generic"))
                .singleElement().satisfies(i -> assertThat(i.message()).containsIgnoringCase(topic));
    }

    @Test
    void everyMessageExistsInEveryLanguage() {
        for (Language language : Language.values()) {
            QualityWording wording = QualityWording.of(language);
            List<String> messages = List.of(wording.unfilledField("[Name]"), wording.notAddressedByName("X"),
                    wording.noTopicKnown(), wording.noTopicMentioned(), wording.missingContact(),
                    wording.missingGreeting(), wording.missingClosing(), wording.tooLong(400, Channel.LINKEDIN, 300),
                    wording.tooLong(700, Channel.HANDWRITTEN_NOTE, 600), wording.tooLong(2000, Channel.EMAIL, 1500),
                    wording.tooLong(1000, Channel.PHONE, 900), wording.subjectTooLong(90, 78), wording.emoji("x"),
                    wording.slang("x"), wording.exclamations(3), wording.questionInThankYou(),
                    wording.tooSimilar(0.64));
            assertThat(messages).doesNotHaveDuplicates()
                    .allSatisfy(m -> assertThat(m).isNotBlank().doesNotContain("%s", "%d", "%.0f"));
            assertThat(wording.tooSimilar(0.64)).contains("64");
            assertThat(wording.tooLong(400, Channel.LINKEDIN, 300)).contains("400", "300", "LinkedIn");
        }
        assertThat(QualityWording.of(Language.GERMAN).exclamations(3)).isEqualTo(
                "3 Ausrufezeichen: Behalten Sie höchstens eines, besser keines.");
    }

    @Test
    void placeholdersAreFoundWhateverTheAlphabet() {
        assertThat(codes(check(Language.GERMAN, "Hallo María,\n\ndanke für das Gespräch über Kafka bei "
                + "[Name des Unternehmens].\n\nViele Grüße\nLena\nlena@example.org")))
                .containsExactly("unfilled_field");
        assertThat(codes(check(Language.FRENCH, "Bonjour María,\n\nMerci pour l'échange sur Kafka chez <Société "
                + "à compléter>.\n\nCordialement,\nLena\nlena@example.org"))).containsExactly("unfilled_field");
    }
}
