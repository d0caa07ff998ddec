package dev.followup.draft;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
}
