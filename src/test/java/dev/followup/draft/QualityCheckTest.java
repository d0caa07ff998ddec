package dev.followup.draft;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.followup.interview.Channel;
import dev.followup.interview.InterviewRound;
import dev.followup.schedule.FollowUpType;

import static org.assertj.core.api.Assertions.assertThat;

/** The quality report flags each problem M3, M4, M6 and M9 name, on crafted bad text. */
class QualityCheckTest {

    private static final List<String> TOPICS = List.of("event sourcing for billing");
    private static final String GOOD = "Dear Maria Lopez,\n\nThank you for the interview. I enjoyed our talk about "
            + "event sourcing for billing and would love to join Acme.\n\nKind regards,\nJane Doe\njane@example.com";

    private static QualityReport check(String body) {
        return check(FollowUpType.THANK_YOU, Channel.EMAIL, body, List.of(), List.of());
    }

    private static QualityReport check(FollowUpType type, Channel channel, String body, List<String> userSupplied,
            List<String> siblings) {
        return QualityCheck.check(new QualityCheck.Text(type, channel, "Thank you", body),
                facts(type, channel, TOPICS, userSupplied, "jane@example.com"), siblings);
    }

    /** What the text is checked against: Maria Lopez interviewed Jane; the skills stand for what Jane typed. */
    private static DraftFacts facts(FollowUpType type, Channel channel, List<String> topics, List<String> skills,
            String email) {
        return new DraftFacts(type, channel, Tone.FORMAL, "Maria Lopez", "maria@acme.example", 0, "Acme",
                "Engineer", InterviewRound.TECHNICAL, LocalDate.of(2026, 3, 6), topics, skills, null,
                new DraftFacts.Contact("Jane Doe", email, null, null, null), 1);
    }

    private static List<String> codes(QualityReport report) {
        return report.issues().stream().map(QualityIssue::code).toList();
    }

    @Test
    void aCarefulMessageIsReady() {
        QualityReport report = check(GOOD);
        assertThat(report.issues()).isEmpty();
        assertThat(report.ready()).isTrue();
        assertThat(report.length()).isEqualTo(GOOD.length());
        assertThat(report.limit()).isEqualTo(QualityCheck.EMAIL_LIMIT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Dear {name},|unfilled_field",
            "Dear [Interviewer Name],|unfilled_field",
            "Dear <first name>,|unfilled_field",
            "Dear NOT_FOUND,|unfilled_field",
            "TODO: add a greeting|unfilled_field",
            "Lorem ipsum dolor,|unfilled_field",
            "Dear XXX,|unfilled_field",
    })
    void flagsUnfilledFields(String greeting, String code) {
        QualityReport report = check(GOOD.replace("Dear Maria Lopez,", greeting + " Maria"));
        assertThat(codes(report)).contains(code);
        assertThat(report.ready()).isFalse();
    }

    @Test
    void flagsAMessageWithoutTheInterviewersName_M9() {
        QualityReport report = check(GOOD.replace("Dear Maria Lopez,", "Dear Sir or Madam,"));
        assertThat(report.issues()).anySatisfy(issue -> {
            assertThat(issue.code()).isEqualTo("generic");
            assertThat(issue.rule()).isEqualTo("M9");
            assertThat(issue.severity()).isEqualTo("error");
        });
    }

    @Test
    void flagsAThankYouWithoutAnythingSpecific_M9() {
        assertThat(codes(check(GOOD.replace("event sourcing for billing", "your company")))).contains("generic");
        QualityReport noTopics = QualityCheck.check(new QualityCheck.Text(FollowUpType.THANK_YOU, Channel.EMAIL,
                null, GOOD), facts(FollowUpType.THANK_YOU, Channel.EMAIL, List.of(), List.of(), null), List.of());
        assertThat(noTopics.issues())
                .anySatisfy(i -> assertThat(i.message()).contains("No topic of the interview is known"));
    }

    @Test
    void flagsAMissingContactInTheClosing_M2() {
        assertThat(codes(check(GOOD.replace("\njane@example.com", "")))).contains("missing_contact");
    }

    @Test
    void flagsTextOverTheChannelsLimit() {
        String note = "Hi Maria, thanks for the talk about event sourcing for billing. " + "More words. ".repeat(30);
        QualityReport report = check(FollowUpType.LINKEDIN_CONNECTION, Channel.LINKEDIN, note, List.of(), List.of());
        assertThat(codes(report)).contains("too_long");
        assertThat(report.limit()).isEqualTo(300);
        assertThat(codes(check(GOOD + "\n" + "x".repeat(1500)))).contains("too_long");
    }

    @Test
    void flagsEmojisAndSlangInTheTextOrInWhatTheCandidateSupplied() {
        assertThat(codes(check(GOOD.replace("Thank you", "Thank you \uD83D\uDE00")))).contains("emoji");
        assertThat(codes(check(FollowUpType.THANK_YOU, Channel.EMAIL, GOOD, List.of("rocket science \uD83D\uDE80"),
                List.of()))).contains("emoji");
        assertThat(codes(check(GOOD.replace("would love", "am gonna love")))).contains("slang");
        assertThat(codes(check(FollowUpType.THANK_YOU, Channel.EMAIL, GOOD, List.of("Cheers, Jane"), List.of())))
                .contains("slang");
    }

    @Test
    void flagsExclamationExcess() {
        assertThat(codes(check(GOOD.replace("interview.", "interview!!")))).contains("exclamation");
        assertThat(codes(check(GOOD.replace("interview.", "interview!")))).doesNotContain("exclamation");
    }

    @Test
    void flagsAQuestionInAThankYou_M3() {
        assertThat(codes(check(GOOD.replace("join Acme.", "join Acme. What is the salary range?"))))
                .contains("question_in_thank_you");
        assertThat(codes(check(FollowUpType.STATUS_CHECK, Channel.EMAIL, GOOD + "\nAny news?", List.of(), List.of())))
                .doesNotContain("question_in_thank_you");
    }

    @Test
    void flagsTwoDraftsOfOneInterviewThatAreTooAlike_M4() {
        String forSam = GOOD.replace("Maria Lopez", "Sam Chen");
        QualityReport report = check(FollowUpType.THANK_YOU, Channel.EMAIL, GOOD, List.of(), List.of(forSam));
        assertThat(report.issues()).anySatisfy(issue -> {
            assertThat(issue.code()).isEqualTo("too_similar");
            assertThat(issue.rule()).isEqualTo("M4");
        });
        assertThat(codes(check(FollowUpType.THANK_YOU, Channel.EMAIL, GOOD, List.of(),
                List.of("Hello Sam, a completely different note about the on-call rotation.")))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Don't say 'gonna', Ma\u00EFa!", "Stra\u00DFe \u0130stanbul \u00C5ngstr\u00F6m",
            "\uD835\uDC9C\uD835\uDC9Cbc_x1y\u2019s \u65E5\u672C\u8A9E", "", "   ", "a", "--", "end'"})
    void wordsAreRunsOfLettersAndApostrophesInAnyCase(String text) {
        // The tokenizer replaced the regex [\p{L}']+ for speed: it must cut the same words, equal in any case.
        assertThat(Words.hashesOf(text))
                .containsExactly(wordsByRegex(text).stream().mapToLong(Words::hashOf).toArray());
        String upper = text.replace("\u00DF", "\u1E9E").toUpperCase(Locale.ROOT); // capital sharp s: as long
        assertThat(Words.hashesOf(upper)).containsExactly(Words.hashesOf(text));
    }

    @Test
    void aWordsHashIgnoresCaseButNotLetters() {
        assertThat(Words.hashOf("Stra\u00DFe")).isEqualTo(Words.hashOf("stra\u00DFe"))
                .isNotEqualTo(Words.hashOf("strasse"));
        assertThat(Words.hashOf("\u00C5ngstr\u00F6m")).isEqualTo(Words.hashOf("\u00E5NGSTR\u00D6M"))
                .isNotEqualTo(Words.hashOf("angstrom"));
        assertThat(Words.hashOf("\uD801\uDC00x")).isEqualTo(Words.hashOf("\uD801\uDC28X")); // Deseret, beyond U+FFFF
        assertThat(Words.hashesOf("Caf\u00E9 CAF\u00C9 cafe")).containsExactly(Words.hashOf("caf\u00E9"),
                Words.hashOf("caf\u00E9"), Words.hashOf("cafe"));
    }

    /** The words as the regex {@code [\p{L}']+} finds them, as they are written. */
    private static List<String> wordsByRegex(String text) {
        List<String> words = new ArrayList<>();
        var matcher = Pattern.compile("[\\p{L}']+").matcher(text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    @ParameterizedTest
    @ValueSource(strings = {"Don't say 'gonna', Ma\u00EFa!", "Stra\u00DFe \u00C5ngstr\u00F6m COOL", "",
            "nothing here at all", "Hey", "x hey", "Super\u2019s super", "\uD835\uDC9C cool\uD835\uDC9C yeah",
            "thx-lol", "COOLER cool", "na\u00EFve na\u00EFve"})
    void findsTheFirstWordTheTestAcceptsAsTheWordListWould(String text) {
        Set<String> sought = Set.of("hey", "cool", "yeah", "super", "lol", "thx", "gonna", "na\u00EFve", "'gonna'");
        String expected = wordsByRegex(text).stream().map(word -> word.toLowerCase(Locale.ROOT))
                .filter(sought::contains).findFirst().orElse(null);
        assertThat(Words.firstOf(text, Words.sieveOf(sought), sought::contains)).isEqualTo(expected);
        // A word whose hash is not sought is never cut out, whatever the test would say.
        assertThat(Words.firstOf(text, Words.sieveOf(Set.of()), word -> true)).isNull();
    }

    /** A check of the body alone, for the interviewer named, with the candidate's own signature. */
    private static List<String> codesFor(String interviewer, String signature, String body) {
        var facts = new DraftFacts(FollowUpType.STATUS_CHECK, Channel.EMAIL, Tone.FORMAL, interviewer, null, 0,
                "Acme", "Engineer", InterviewRound.TECHNICAL, LocalDate.of(2026, 3, 6), TOPICS, List.of(), null,
                new DraftFacts.Contact("Jane Doe", null, null, null, signature), 1);
        return codes(QualityCheck.check(new QualityCheck.Text(FollowUpType.STATUS_CHECK, Channel.EMAIL, null, body),
                facts, List.of()));
    }

    @Test
    void aNameCountsByItsWordsOfTwoLettersOrMoreInAnyCase_M9() {
        String body = "Hello there,\n\nAny news on the role?\n\nKind regards,\nJane";
        assertThat(codesFor("Maria Lopez", null, body)).contains("generic");
        assertThat(codesFor("Maria Lopez", null, body.replace("there", "LOPEZ"))).doesNotContain("generic");
        // A one-letter word of the name ("e" is in "there") names no one; a two-letter one does.
        assertThat(codesFor("Maria E", null, body)).contains("generic");
        assertThat(codesFor("Maria Th", null, body)).doesNotContain("generic");
        assertThat(codesFor("  Lee\tE  ", null, body)).contains("generic");
    }

    @Test
    void theCandidatesOwnSignatureClosesALetter_M2() {
        String unsigned = "Hello Maria,\n\nAny news on the role?\n\nJane Doe, Berlin";
        assertThat(codesFor("Maria Lopez", null, unsigned)).contains("missing_closing");
        assertThat(codesFor("Maria Lopez", "   ", unsigned)).contains("missing_closing");
        assertThat(codesFor("Maria Lopez", "JANE DOE, BERLIN", unsigned)).doesNotContain("missing_closing");
        assertThat(codesFor("Maria Lopez", "Jane Doe, Paris", unsigned)).contains("missing_closing");
    }

    @Test
    void exclamationMarksAreCountedFromTheFirstCharacter_M6() {
        String body = "Hello Maria,\n\nAny news on the role?\n\nKind regards,\nJane";
        assertThat(codesFor("Maria Lopez", null, "!" + body.replace("role?", "role!"))).contains("exclamation");
        assertThat(codesFor("Maria Lopez", null, body.replace("role?", "role!"))).doesNotContain("exclamation");
    }

    @Test
    void theFirstCharacterOfTheEmojiRangeIsAnEmoji_M6() {
        assertThat(codes(check(GOOD.replace("Kind regards", "Kind regards \u2600")))).contains("emoji");
        assertThat(codes(check(GOOD.replace("Kind regards", "Kind regards \u25FF")))).doesNotContain("emoji");
    }

    @Test
    void theSubjectIsReadWithTheBody() {
        QualityReport report = QualityCheck.check(new QualityCheck.Text(FollowUpType.THANK_YOU, Channel.EMAIL,
                "Thanks!", GOOD.replace("interview.", "interview!")),
                facts(FollowUpType.THANK_YOU, Channel.EMAIL,
                        TOPICS, List.of(), "jane@example.com"),
                List.of());
        assertThat(codes(report)).containsExactly("exclamation");
        assertThat(report.issues().get(0).message()).startsWith("2 exclamation marks");
        assertThat(report.ready()).isTrue(); // a warning alone leaves the text ready to send
    }

    @Test
    void limitsAreInclusive_M6() {
        String atLimit = GOOD + "\n" + "x".repeat(QualityCheck.EMAIL_LIMIT - GOOD.length() - 1);
        assertThat(atLimit).hasSize(QualityCheck.EMAIL_LIMIT);
        assertThat(codes(check(atLimit))).doesNotContain("too_long");
        assertThat(codes(check(atLimit + "x"))).contains("too_long");
        Facts maria = new Facts();
        assertThat(codes(QualityCheck.check(new QualityCheck.Text(FollowUpType.THANK_YOU, Channel.EMAIL,
                "s".repeat(QualityCheck.SUBJECT_LIMIT), GOOD), maria.value, List.of()))).isEmpty();
        QualityReport longSubject = QualityCheck.check(new QualityCheck.Text(FollowUpType.THANK_YOU, Channel.EMAIL,
                "s".repeat(QualityCheck.SUBJECT_LIMIT + 1), GOOD), maria.value, List.of());
        assertThat(codes(longSubject)).containsExactly("too_long");
        assertThat(longSubject.issues().get(0).message()).isEqualTo("The subject is 79 characters; keep it under 78 "
                + "so that it shows in full.");
    }

    @Test
    void aNoteTooLongSaysWhichChannelsLimitItBreaks() {
        String note = "Dear Maria Lopez, thank you for talking about event sourcing for billing. " + "x".repeat(300);
        QualityReport report = check(FollowUpType.LINKEDIN_CONNECTION, Channel.LINKEDIN, note, List.of(), List.of());
        assertThat(report.issues()).filteredOn(i -> i.code().equals("too_long")).singleElement()
                .satisfies(i -> assertThat(i.message()).isEqualTo("The text is " + note.length() + " characters; a "
                        + "LinkedIn connection note allows 300. Shorten it."));
        assertThat(report.limit()).isEqualTo(QualityCheck.LINKEDIN_NOTE_LIMIT);
    }

    @Test
    void errorsComeFirstThenWarningsEachInReadingOrder() {
        String tooLong = GOOD.replace("\njane@example.com", "") + "x".repeat(QualityCheck.EMAIL_LIMIT);
        QualityReport report = check(tooLong.replace("would love", "am gonna love"));
        assertThat(codes(report)).containsExactly("too_long", "missing_contact", "slang");
        assertThat(report.issues()).extracting(QualityIssue::severity).containsExactly("error", "warning", "warning");
        assertThat(report.issues()).extracting(QualityIssue::rule).containsExactly("M6", "M2", "M6");
        // a sign-off far above the last lines is no sign-off
        assertThat(codes(check(GOOD.replace("Kind regards,\n", "") + "\n\nKind regards,\n\n1\n2\n3\n4\n5\n6\nJane")))
                .contains("missing_closing");
        assertThat(codes(check(GOOD.replace("Kind regards,\n", "") + "\n\nKind regards,\n\n1\n2\n3\n4\n5\nJane")))
                .doesNotContain("missing_closing");
        assertThat(report.issues().get(2).message()).isEqualTo("\"gonna\" is casual: prefer plain, professional "
                + "wording.");
        assertThat(report.ready()).isFalse();
    }

    @Test
    void anEmojiInTheSignatureCountsAndLongTextIsQuotedShort_M6() {
        var signed = new DraftFacts(FollowUpType.THANK_YOU, Channel.EMAIL, Tone.FORMAL, "Maria Lopez", null, 0,
                "Acme", "Engineer", InterviewRound.TECHNICAL, LocalDate.of(2026, 3, 6), TOPICS, List.of(), null,
                new DraftFacts.Contact("Jane Doe", "jane@example.com", null, null, "Jane \uD83D\uDE00"), 1);
        QualityReport report = QualityCheck.check(new QualityCheck.Text(FollowUpType.THANK_YOU, Channel.EMAIL,
                null, GOOD), signed, List.of());
        assertThat(report.issues()).singleElement().satisfies(i -> assertThat(i.message())
                .isEqualTo("\"Jane \uD83D\uDE00\" contains an emoji: leave emojis out of a professional message."));
        String forty = "a".repeat(38) + "\uD83D\uDE00"; // 40 characters
        assertThat(check(FollowUpType.THANK_YOU, Channel.EMAIL, GOOD, List.of(forty), List.of()).issues().get(0)
                .message()).startsWith("\"" + forty + "\"");
        String longer = "b" + forty;
        assertThat(check(FollowUpType.THANK_YOU, Channel.EMAIL, GOOD, List.of(longer), List.of()).issues().get(0)
                .message()).startsWith("\"" + "b" + "a".repeat(36) + "...\"");
    }

    @Test
    void aOneLetterPartOfANameDoesNotCountAsAddressingThem_M9() {
        QualityReport report = QualityCheck.check(new QualityCheck.Text(FollowUpType.THANK_YOU, Channel.EMAIL,
                null, GOOD),
                new DraftFacts(FollowUpType.THANK_YOU, Channel.EMAIL, Tone.FORMAL, "A Zykowski", null, 0,
                        "Acme", "Engineer", InterviewRound.TECHNICAL, null, TOPICS, List.of(), null,
                        new DraftFacts.Contact("Jane Doe", "jane@example.com", null, null, null), 1),
                List.of());
        assertThat(codes(report)).containsExactly("generic");
    }

    @Test
    void trigramsAreCountedOnceAndWordOrderMatters_M4() {
        // {a b c, b c a, c a b} against {a b c}: one shared of three, however often "a b c" repeats
        assertThat(QualityCheck.similarity("A b c a b c a b c", "a B c")).isEqualTo(1.0 / 3);
        assertThat(QualityCheck.similarity("a b c", "c b a")).isZero();
        assertThat(QualityCheck.similarity("a b", "a b")).isZero(); // too short to compare
        assertThat(QualityCheck.similarity("Don't stop now, please", "don't STOP now")).isEqualTo(0.5);
    }

    @Test
    void overlapOfExactlyTheLimitIsStillDifferentEnough_M4() {
        // word trigrams {a b c, b c d, c d e} and {a b c, b c d, c d f}: 2 shared of 4, exactly 0.5
        assertThat(QualityCheck.similarity("a b c d e", "a b c d f")).isEqualTo(0.5);
        String body = GOOD + " one two three four";
        assertThat(codes(check(FollowUpType.THANK_YOU, Channel.EMAIL, body, List.of(), List.of("unrelated words "
                + "entirely, nothing alike")))).isEmpty();
        QualityReport same = check(FollowUpType.THANK_YOU, Channel.EMAIL, GOOD, List.of(), List.of(GOOD));
        assertThat(same.issues()).singleElement().satisfies(i -> assertThat(i.message()).startsWith("100% of this "
                + "text repeats"));
    }

    @Test
    void aTextReadOnItsOwnKnowsNoRecipientAndNoTopic() {
        QualityReport report = QualityCheck.check(new QualityCheck.Text(FollowUpType.THANK_YOU, Channel.EMAIL,
                "Thank you", "Dear Sir or Madam,\n\nThank you.\n\nBest,\nJane"));
        assertThat(codes(report)).containsExactly("generic");
        assertThat(report.issues().get(0).message()).contains("No topic of the interview is known");
        assertThat(report.ready()).isTrue();
    }

    /** Maria Lopez interviewed Jane about event sourcing for billing. */
    private static final class Facts {
        final DraftFacts value = facts(FollowUpType.THANK_YOU, Channel.EMAIL, TOPICS, List.of(), "jane@example.com");
    }
}
