package dev.followup.draft;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import dev.followup.interview.Channel;
import dev.followup.interview.InterviewRound;
import dev.followup.language.Language;
import dev.followup.schedule.FollowUpType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The writer's own logic, with a stand-in renderer whose text is made of the data it is given: the
 * variant and template chosen, the subject line, and how a text that is too long is made to fit its
 * channel (M6) by leaving out details, then shortening names, never by stretching the limit.
 */
class DraftWriterFittingTest {

    private static final DraftFacts.Contact JANE = new DraftFacts.Contact("Jane Doe", "jane@example.com",
            "+49 30 1234567", null, null);

    /** Every template it was asked for, and the data of the last call. */
    private final List<String> templates = new ArrayList<>();
    private Map<String, Object> lastData;
    private final List<String> greetings = new ArrayList<>();

    private static DraftFacts facts(FollowUpType type, Channel channel, Tone tone, String company, long seed,
            int interviewer) {
        return new DraftFacts(type, channel, tone, "Maria Lopez", "maria@acme.example", interviewer, company,
                "Backend Engineer", InterviewRound.TECHNICAL, LocalDate.of(2026, 3, 6), List.of("event sourcing"),
                List.of("Kafka", "Go"), LocalDate.of(2026, 3, 13), JANE, seed);
    }

    /** A renderer writing a subject line, then the data's values, then {@code padding} characters. */
    private DraftWriter writer(int padding) {
        BiFunction<String, Map<String, Object>, String> renderer = (template, data) -> {
            templates.add(template);
            greetings.add(String.valueOf(data.get("greeting")));
            lastData = Map.copyOf(data);
            StringBuilder text = new StringBuilder("Subject: About " + data.get("role") + "\r\n");
            text.append(data.get("greeting")).append("\n\n\n\n");
            if (Boolean.TRUE.equals(data.get("hasTopic"))) {
                text.append("topic:").append(data.get("topic")).append('\n');
            }
            if (Boolean.TRUE.equals(data.get("hasSkills"))) {
                text.append("skills:").append(data.get("skills")).append('\n');
            }
            text.append(data.get("company")).append(' ').append(data.get("candidate")).append('\n');
            return text.append("x".repeat(padding)).toString();
        };
        return new DraftWriter(renderer);
    }

    @Test
    void aTextThatFitsIsRenderedOnceWithEveryDetail() {
        Draft draft = writer(0).write(facts(FollowUpType.STATUS_CHECK, Channel.EMAIL, Tone.FORMAL, "Acme", 0, 0));
        assertThat(templates).containsExactly("drafts/en/status_check/email-1");
        assertThat(draft.subject()).isEqualTo("About Backend Engineer");
        assertThat(draft.body()).isEqualTo("Dear Maria Lopez,\n\ntopic:event sourcing\nskills:Kafka and Go\n"
                + "Acme Jane Doe");
        assertThat(draft.mailto()).startsWith("mailto:maria@acme.example?subject=");
        assertThat(draft.variant()).isEqualTo(1);
        assertThat(draft.type()).isEqualTo(FollowUpType.STATUS_CHECK);
        assertThat(draft.channel()).isEqualTo(Channel.EMAIL);
        assertThat(draft.tone()).isEqualTo(Tone.FORMAL);
    }

    @Test
    void aWarmGreetingUsesTheFirstName() {
        Draft draft = writer(0).write(facts(FollowUpType.STATUS_CHECK, Channel.EMAIL, Tone.WARM, "Acme", 0, 0));
        assertThat(draft.body()).startsWith("Hi Maria,\n");
        assertThat(lastData).containsEntry("warm", true).containsEntry("first", "Maria")
                .containsEntry("name", "Maria Lopez");
    }

    @Test
    void tooLongForItsChannelItFirstLeavesOutTheTopic() {
        String base = writer(0).write(facts(FollowUpType.STATUS_CHECK, Channel.EMAIL, Tone.FORMAL, "Acme", 0, 0))
                .body();
        int topicLine = "topic:event sourcing\n".length();
        int padding = QualityCheck.EMAIL_LIMIT - base.length() + topicLine - 2; // fits only without the topic
        Draft draft = writer(padding).write(facts(FollowUpType.STATUS_CHECK, Channel.EMAIL, Tone.FORMAL, "Acme", 0,
                0));
        assertThat(draft.body()).doesNotContain("topic:").contains("skills:Kafka and Go", "Dear Maria Lopez,");
        assertThat(draft.body().length()).isLessThanOrEqualTo(QualityCheck.EMAIL_LIMIT);
        assertThat(templates).hasSize(3); // the text that fit, then two tries of this one
    }

    @Test
    void thenTheSkillsThenTheFullNames() {
        String base = writer(0).write(facts(FollowUpType.STATUS_CHECK, Channel.EMAIL, Tone.FORMAL, "Acme", 0, 0))
                .body();
        int details = "topic:event sourcing\nskills:Kafka and Go\n".length();
        int withoutSkills = QualityCheck.EMAIL_LIMIT - base.length() + details - 2;
        Draft noSkills = writer(withoutSkills).write(facts(FollowUpType.STATUS_CHECK, Channel.EMAIL, Tone.FORMAL,
                "Acme", 0, 0));
        assertThat(noSkills.body()).doesNotContain("topic:", "skills:").startsWith("Dear Maria Lopez,")
                .endsWith("x");
        assertThat(noSkills.body().length()).isLessThanOrEqualTo(QualityCheck.EMAIL_LIMIT);

        int shorterNames = withoutSkills + " Lopez".length() + " Doe".length() - 2;
        Draft firstNames = writer(shorterNames).write(facts(FollowUpType.STATUS_CHECK, Channel.EMAIL, Tone.FORMAL,
                "Acme", 0, 0));
        assertThat(firstNames.body()).startsWith("Dear Maria,\n").contains("Acme Jane\n");
        assertThat(firstNames.body().length()).isLessThanOrEqualTo(QualityCheck.EMAIL_LIMIT);
    }

    @Test
    void lastTheNamesAreCutShorterAndShorter() {
        String company = "The Extraordinarily Long-Named International Robotics Company of Greater Berlin";
        // Without details and with first names, the text is "Dear Maria,\n\n" + company + " Jane\n" + padding:
        // 19 characters and the company. This padding leaves room for a company of 26 characters at most.
        int padding = QualityCheck.EMAIL_LIMIT - 19 - 26;
        Draft draft = writer(padding).write(facts(FollowUpType.STATUS_CHECK, Channel.EMAIL, Tone.FORMAL, company,
                0, 0));
        // cut to 60, then 40, then 26 characters: the first that fits
        assertThat(lastData.get("company")).isEqualTo("The Extraordinarily Long-" + DraftWriter.ELLIPSIS);
        assertThat(draft.body()).hasSize(QualityCheck.EMAIL_LIMIT);
    }

    @Test
    void anEmailThatCannotFitIsLeftLongForTheQualityCheckToFlag() {
        Draft draft = writer(3000).write(facts(FollowUpType.STATUS_CHECK, Channel.EMAIL, Tone.FORMAL, "Acme", 0, 0));
        assertThat(draft.body().length()).isGreaterThan(QualityCheck.EMAIL_LIMIT);
        assertThat(draft.body()).doesNotEndWith(DraftWriter.ELLIPSIS);
    }

    @Test
    void aLinkedInNoteIsCutToTheLimitBecauseLinkedInRefusesLongerOnes() {
        Draft draft = writer(1000).write(facts(FollowUpType.LINKEDIN_CONNECTION, Channel.LINKEDIN, Tone.FORMAL,
                "Acme", 0, 0));
        assertThat(draft.body()).hasSize(QualityCheck.LINKEDIN_NOTE_LIMIT).endsWith(DraftWriter.ELLIPSIS);
        assertThat(draft.body()).startsWith("Subject: About"); // no subject line outside email
        assertThat(draft.subject()).isNull();
        assertThat(draft.mailto()).isNull();
    }

    @Test
    void aTextExactlyAtItsLimitIsRenderedOnce_M6() {
        DraftFacts facts = facts(FollowUpType.STATUS_CHECK, Channel.EMAIL, Tone.FORMAL, "Acme", 0, 0);
        int base = writer(0).write(facts).body().length();
        templates.clear();
        // the padding goes on a line of its own: one more character than it holds
        Draft draft = writer(QualityCheck.EMAIL_LIMIT - base - 1).write(facts);
        assertThat(draft.body()).hasSize(QualityCheck.EMAIL_LIMIT).contains("topic:event sourcing");
        assertThat(templates).hasSize(1);
        assertThat(writer(0).bodyOf(facts)).isEqualTo(writer(0).write(facts).body()).isNotBlank();
    }

    @Test
    void aShortenedFormalGreetingKeepsEveryWordOfTheFamilyName() {
        DraftFacts facts = new DraftFacts(FollowUpType.STATUS_CHECK, Channel.EMAIL, Tone.FORMAL, "María López García",
                "maria@acme.example", 0, "Acme", "Backend Engineer", InterviewRound.TECHNICAL, LocalDate.of(2026, 3, 6),
                List.of("event sourcing"), List.of("Kafka"), null, JANE, 0, Language.SPANISH,
                dev.followup.interview.Salutation.MS);
        writer(QualityCheck.EMAIL_LIMIT).write(facts); // too long whatever is left out: names are shortened
        assertThat(greetings).contains("Estimada Sra. López García:", "Estimada Sra. López Garc…:");
    }

    @Test
    void aSubjectIsOneHeaderLine() {
        DraftWriter writer = new DraftWriter(
                (template, data) -> "Subject: Thanks\u0007 again\nDear Maria,\r\n\r\n\r\nBye");
        Draft draft = writer.write(facts(FollowUpType.STATUS_CHECK, Channel.EMAIL, Tone.FORMAL, "Acme", 0, 0));
        assertThat(draft.subject()).isEqualTo("Thanks  again");
        assertThat(draft.body()).isEqualTo("Dear Maria,\n\nBye");
        DraftWriter noSubject = new DraftWriter((template, data) -> "Dear Maria,\nBye");
        assertThat(noSubject.write(facts(FollowUpType.STATUS_CHECK, Channel.EMAIL, Tone.FORMAL, "Acme", 0, 0))
                .subject()).isNull();
    }

    @Test
    void eachInterviewerOfAnInterviewGetsTheirOwnVariant_M4() {
        for (int interviewer = 0; interviewer < 3; interviewer++) {
            writer(0).write(facts(FollowUpType.THANK_YOU, Channel.EMAIL, Tone.FORMAL, "Acme", 7, interviewer));
        }
        assertThat(templates).containsExactly("drafts/en/thank_you/email-8", "drafts/en/thank_you/email-9",
                "drafts/en/thank_you/email-10");
        assertThat(DraftWriter.variantOf(facts(FollowUpType.THANK_YOU, Channel.EMAIL, Tone.FORMAL, "Acme", 9, 1)))
                .isEqualTo(1);
        assertThat(DraftWriter.variantOf(facts(FollowUpType.STATUS_CHECK, Channel.EMAIL, Tone.FORMAL, "Acme", 4, 1)))
                .isEqualTo(3);
        assertThat(DraftWriter.variantOf(facts(FollowUpType.STATUS_CHECK, Channel.EMAIL, Tone.FORMAL, "Acme",
                Long.MAX_VALUE, 2))).isBetween(1, DraftWriter.VARIANTS);
        assertThat(DraftWriter.variantOf(facts(FollowUpType.STATUS_CHECK, Channel.EMAIL, Tone.FORMAL, "Acme", -1,
                0))).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(InterviewRound.class)
    void theRoundDecidesWhatToStress_M5(InterviewRound round) {
        DraftFacts facts = new DraftFacts(FollowUpType.THANK_YOU, Channel.EMAIL, Tone.FORMAL, "Maria Lopez", null, 0,
                "Acme", "Engineer", round, null, List.of(), List.of(), null, JANE, 0);
        String focus = (String) DraftWriter.data(facts).get("focus");
        assertThat(focus).isEqualTo(switch (round) {
            case TECHNICAL -> "how I approach and solve problems";
            case HR -> "how my values match the team's culture";
            case SCREENING -> "why this role fits my experience";
            case ONSITE, PANEL -> "how I would work with the team day to day";
            case FINAL -> "what I would deliver in my first months";
            case OTHER -> "what I would bring to the role";
        });
    }

    @Test
    void missingFactsLeaveTheirPlacesEmpty() {
        DraftFacts facts = new DraftFacts(FollowUpType.STATUS_CHECK, Channel.EMAIL, Tone.FORMAL, "Maria", null, 0,
                "Acme", "Engineer", null, null, List.of(), List.of(), null,
                new DraftFacts.Contact("Jane Doe", " ", null, null, null), 0);
        Map<String, Object> data = DraftWriter.data(facts);
        assertThat(data).containsEntry("focus", "what I would bring to the role").containsEntry("day", "")
                .containsEntry("date", "").containsEntry("hasDecision", false).containsEntry("decision", "")
                .containsEntry("hasTopic", false).containsEntry("topic", "").containsEntry("hasSkills", false)
                .containsEntry("contact", "").containsEntry("first", "Maria").containsEntry("greeting", "Dear Maria,");
        Map<String, Object> full = DraftWriter.data(facts(FollowUpType.STATUS_CHECK, Channel.EMAIL, Tone.FORMAL,
                "Acme", 0, 0));
        assertThat(full).containsEntry("day", "Friday").containsEntry("date", "6 March")
                .containsEntry("hasDecision", true).containsEntry("decision", "13 March")
                .containsEntry("contact", "+49 30 1234567");
    }

    @Test
    void theClosingCarriesTheContactDetailsOnce_M2() {
        var signed = new DraftFacts.Contact("Jane Doe", "jane@example.com", " ", "https://www.linkedin.com/in/jane",
                "Cheers,\nJane\njane@example.com");
        assertThat(DraftWriter.closing(signed, "Kind regards,"))
                .isEqualTo("Cheers,\nJane\njane@example.com\nhttps://www.linkedin.com/in/jane");
        var unsigned = new DraftFacts.Contact("Jane Doe", "jane@example.com", null, null, "  ");
        assertThat(DraftWriter.closing(unsigned, "Kind regards,"))
                .isEqualTo("Kind regards,\nJane Doe\njane@example.com");
        assertThat(DraftWriter.closing(unsigned, "Best wishes,")).isEqualTo("Best wishes,\nJane Doe\njane@example.com");
        assertThat(DraftWriter.shortClosing(unsigned, "With thanks,"))
                .isEqualTo("With thanks,\nJane Doe\njane@example.com");
        assertThat(DraftWriter.shortClosing(new DraftFacts.Contact("Jane Doe", " ", null, null, null), "Best wishes,"))
                .isEqualTo("Best wishes,\nJane Doe");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "Maria Lopez|Maria",
            "' Maria Lopez '|Maria",
            "Maria|Maria",
            "null|''",
    })
    void aFirstNameIsTheFirstWord(String name, String first) {
        assertThat(DraftWriter.firstWordOf(name)).isEqualTo(first);
    }

    @Test
    void shorteningKeepsWhatFitsAndMarksWhatItCut() {
        assertThat(DraftWriter.shorten("Acme", 4)).isEqualTo("Acme");
        assertThat(DraftWriter.shorten(" Acme ", 4)).isEqualTo("Acme");
        assertThat(DraftWriter.shorten("Acme Robotics", 5)).isEqualTo("Acme" + DraftWriter.ELLIPSIS);
        assertThat(DraftWriter.shorten("Acme Robotics", 6)).isEqualTo("Acme" + DraftWriter.ELLIPSIS);
        assertThat(DraftWriter.shorten("Acme Robotics", 1)).isEqualTo("A" + DraftWriter.ELLIPSIS);
        assertThat(DraftWriter.shorten(null, 4)).isEmpty();
    }

    @Test
    void listsReadAsASentence() {
        assertThat(DraftConventions.of(Language.ENGLISH).joined(List.of())).isEmpty();
        assertThat(DraftConventions.of(Language.ENGLISH).joined(List.of("Kafka"))).isEqualTo("Kafka");
        assertThat(DraftConventions.of(Language.ENGLISH).joined(List.of("Kafka", "Go"))).isEqualTo("Kafka and Go");
        assertThat(DraftConventions.of(Language.ENGLISH).joined(List.of("Kafka", "Go", "SQL")))
                .isEqualTo("Kafka, Go and SQL");
    }
}
