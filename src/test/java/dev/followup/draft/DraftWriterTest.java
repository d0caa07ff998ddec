package dev.followup.draft;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.followup.interview.Channel;
import dev.followup.interview.InterviewRound;
import dev.followup.schedule.FollowUpType;

import static org.assertj.core.api.Assertions.assertThat;

/** Every type and channel, every variant and tone: the content M1 to M8 ask for, and nothing left unfilled. */
class DraftWriterTest {

    static final DraftWriter WRITER = new DraftWriter(new DraftTemplates());
    static final DraftFacts.Contact JANE = new DraftFacts.Contact("Jane Doe", "jane.doe@example.com",
            "+49 30 1234567", "https://www.linkedin.com/in/jane-doe", null);
    static final String[] INTERVIEWERS = {"Maria Lopez", "Sam Chen", "Lee Park", "Ana Silva", "Tom Berg",
            "Noor Haddad", "Jonas Weber", "Ines Costa", "Kenji Sato", "Ola Nowak"};

    static DraftFacts facts(FollowUpType type, Channel channel, Tone tone, int interviewer, long seed) {
        return new DraftFacts(type, channel, tone, INTERVIEWERS[interviewer],
                INTERVIEWERS[interviewer].toLowerCase().replace(' ', '.') + "@acme.example", interviewer,
                "Acme Robotics", "Senior Backend Engineer", InterviewRound.TECHNICAL, LocalDate.of(2026, 3, 6),
                List.of("migrating billing to event sourcing", "the on-call rotation", "API versioning"),
                List.of("Kafka", "incident response"), LocalDate.of(2026, 3, 13), JANE, seed);
    }

    static Stream<Arguments> everyTypeChannelVariantAndTone() {
        List<Arguments> all = new ArrayList<>();
        for (FollowUpType type : FollowUpType.values()) {
            for (Channel channel : DraftWriter.channelsFor(type)) {
                for (Tone tone : Tone.values()) {
                    for (int seed = 0; seed < DraftWriter.variantsOf(type, channel); seed++) {
                        all.add(Arguments.of(type, channel, tone, seed));
                    }
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} by {1}, {2}, seed {3}")
    @MethodSource("everyTypeChannelVariantAndTone")
    void writesACompleteDraft(FollowUpType type, Channel channel, Tone tone, int seed) {
        DraftFacts facts = facts(type, channel, tone, 0, seed);
        Draft draft = WRITER.write(facts);
        String text = draft.body();
        // M2: the interviewer by name, the company and the role
        assertThat(text).contains(tone == Tone.WARM && channel != Channel.PHONE ? "Maria" : "Maria");
        assertThat(text).containsAnyOf("Acme Robotics", "Senior Backend Engineer");
        if (type == FollowUpType.THANK_YOU) {
            assertThat(text).contains("Acme Robotics"); // M2: interest in the role and the company
        }
        // M6: nothing unfilled, within the channel's limit, at most one exclamation mark
        assertThat(text).doesNotContain("{", "}", "NOT_FOUND", "[", "null");
        assertThat(text.length()).isLessThanOrEqualTo(QualityCheck.limitOf(channel));
        assertThat(text.chars().filter(c -> c == '!').count()).isLessThanOrEqualTo(1);
        // M2: something specific from the interview, in every type and channel
        assertThat(text).contains("migrating billing to event sourcing");
        // M2: the candidate's name, and their contact details where the channel carries them
        // (a LinkedIn note comes from the candidate's profile, which carries them)
        if (channel != Channel.PHONE) {
            assertThat(text).contains("Jane Doe");
        }
        if (channel == Channel.HANDWRITTEN_NOTE) {
            assertThat(text).contains("jane.doe@example.com");
        }
        if (channel == Channel.PHONE) {
            assertThat(text).contains("+49 30 1234567");
        }
        if (channel == Channel.EMAIL) {
            assertThat(text).contains("jane.doe@example.com", "+49 30 1234567");
            assertThat(draft.subject()).isNotBlank().hasSizeLessThanOrEqualTo(QualityCheck.SUBJECT_LIMIT);
            assertThat(draft.mailto()).startsWith("mailto:maria.lopez@acme.example?subject=");
        } else {
            assertThat(draft.subject()).isNull();
            assertThat(draft.mailto()).isNull();
        }
        // M3: a thank-you asks nothing
        if (type == FollowUpType.THANK_YOU) {
            assertThat(text).doesNotContain("?");
        }
        assertThat(draft.variant()).isBetween(1, DraftWriter.variantsOf(type, channel));
        QualityReport report = QualityCheck.check(QualityCheck.Text.of(draft, facts.language()), facts, List.of());
        assertThat(report.issues()).as(text).isEmpty();
    }

    @Test
    void theSameRequestGivesTheSameDraft() {
        DraftFacts facts = facts(FollowUpType.THANK_YOU, Channel.EMAIL, Tone.FORMAL, 1, 42);
        assertThat(WRITER.write(facts)).isEqualTo(WRITER.write(facts));
    }

    @Nested
    class ThreeInterviewers_M4 {

        @Test
        void eachGetsADifferentVariantTopicAndWording() {
            List<Draft> drafts = Stream.of(0, 1, 2)
                    .map(i -> WRITER.write(facts(FollowUpType.THANK_YOU, Channel.EMAIL, Tone.WARM, i, 7)))
                    .toList();
            assertThat(drafts).extracting(Draft::variant).doesNotHaveDuplicates();
            assertThat(drafts.get(0).body()).contains("Hi Maria,").contains("migrating billing to event sourcing");
            assertThat(drafts.get(1).body()).contains("Hi Sam,").contains("the on-call rotation");
            assertThat(drafts.get(2).body()).contains("Hi Lee,").contains("API versioning");
            for (int a = 0; a < drafts.size(); a++) {
                for (int b = a + 1; b < drafts.size(); b++) {
                    assertThat(QualityCheck.similarity(drafts.get(a).body(), drafts.get(b).body()))
                            .isLessThan(QualityCheck.TOO_SIMILAR);
                }
            }
        }
    }

    @Nested
    class Tailoring_M5 {

        @Test
        void aTechnicalRoundStressesProblemSolvingAndAnHrRoundCultureFit() {
            DraftFacts technical = facts(FollowUpType.THANK_YOU, Channel.EMAIL, Tone.FORMAL, 0, 0);
            assertThat(WRITER.write(technical).body()).contains("solve problems");
            DraftFacts hr = new DraftFacts(technical.type(), technical.channel(), technical.tone(),
                    technical.interviewerName(), technical.interviewerEmail(), 0, technical.company(),
                    technical.jobTitle(), InterviewRound.HR, technical.interviewDay(), technical.topics(),
                    technical.skills(), technical.decisionDate(), JANE, 0);
            assertThat(WRITER.write(hr).body()).contains("culture");
        }

        @Test
        void theToneChangesTheGreeting() {
            assertThat(WRITER.write(facts(FollowUpType.STATUS_CHECK, Channel.EMAIL, Tone.FORMAL, 0, 0)).body())
                    .startsWith("Dear Maria Lopez,");
            assertThat(WRITER.write(facts(FollowUpType.STATUS_CHECK, Channel.EMAIL, Tone.WARM, 0, 0)).body())
                    .startsWith("Hi Maria,");
        }
    }

    @Nested
    class TenInterviewers_M4 {

        static Stream<Arguments> messagesToEveryInterviewer() {
            List<Arguments> all = new ArrayList<>();
            for (FollowUpType type : List.of(FollowUpType.THANK_YOU, FollowUpType.LINKEDIN_CONNECTION)) {
                for (Channel channel : DraftWriter.channelsFor(type)) {
                    for (Tone tone : Tone.values()) {
                        for (long seed : new long[]{0, 3, -7, Long.MAX_VALUE}) {
                            all.add(Arguments.of(type, channel, tone, seed));
                        }
                    }
                }
            }
            return all.stream();
        }

        @ParameterizedTest(name = "{0} by {1}, {2}, seed {3}")
        @MethodSource("messagesToEveryInterviewer")
        void eachOfTenGetsADistinctWording(FollowUpType type, Channel channel, Tone tone, long seed) {
            List<Draft> drafts = new ArrayList<>();
            for (int i = 0; i < INTERVIEWERS.length; i++) {
                drafts.add(WRITER.write(facts(type, channel, tone, i, seed)));
            }
            assertThat(drafts).extracting(Draft::variant).doesNotHaveDuplicates();
            for (int a = 0; a < drafts.size(); a++) {
                for (int b = a + 1; b < drafts.size(); b++) {
                    assertThat(QualityCheck.similarity(drafts.get(a).body(), drafts.get(b).body()))
                            .as("%s and %s", drafts.get(a).body(), drafts.get(b).body())
                            .isLessThanOrEqualTo(QualityCheck.TOO_SIMILAR);
                }
            }
        }
    }

    @Nested
    class LinkedInLimit_M6 {

        static Stream<Arguments> longestFacts() {
            List<Arguments> all = new ArrayList<>();
            for (Tone tone : Tone.values()) {
                for (int seed = 0; seed < DraftWriter.SIBLING_VARIANTS; seed++) {
                    all.add(Arguments.of(tone, seed));
                }
            }
            return all.stream();
        }

        /** The longest values the API accepts in every field a LinkedIn note uses. */
        @ParameterizedTest(name = "{0}, variant seed {1}")
        @MethodSource("longestFacts")
        void neverExceeds300CharactersWhateverTheNames(Tone tone, int seed) {
            String longName = "Maximiliana " + "Wolfeschlegelsteinhausen".repeat(8);
            DraftFacts.Contact candidate = new DraftFacts.Contact("Bartholomew " + "Featherstonehaugh".repeat(10),
                    null, null, null, null);
            DraftFacts longest = new DraftFacts(FollowUpType.LINKEDIN_CONNECTION, Channel.LINKEDIN, tone,
                    longName.substring(0, 200), null, 0, "C".repeat(200), "T".repeat(200), InterviewRound.FINAL,
                    LocalDate.of(2026, 3, 6), List.of("t".repeat(300)), List.of("s".repeat(100)), null, candidate,
                    seed);
            Draft draft = WRITER.write(longest);
            assertThat(draft.channel()).isEqualTo(Channel.LINKEDIN);
            assertThat(draft.body()).hasSizeLessThanOrEqualTo(QualityCheck.LINKEDIN_NOTE_LIMIT)
                    .contains("Maximiliana").contains("Bartholomew").doesNotContain("{");
        }

        @Test
        void keepsTheFullNamesWhenOnlyTheTopicIsTooLong() {
            DraftFacts base = facts(FollowUpType.LINKEDIN_CONNECTION, Channel.LINKEDIN, Tone.FORMAL, 0, 0);
            DraftFacts longTopic = new DraftFacts(base.type(), base.channel(), base.tone(), base.interviewerName(),
                    base.interviewerEmail(), 0, base.company(), base.jobTitle(), base.round(), base.interviewDay(),
                    List.of("x".repeat(280)), base.skills(), base.decisionDate(), JANE, 0);
            assertThat(WRITER.write(longTopic).body()).contains("Maria Lopez").contains("Jane Doe");
        }
    }

    @Test
    void aLinkedInNoteLeavesOutATopicTooLongForItsLimit() {
        DraftFacts base = facts(FollowUpType.LINKEDIN_CONNECTION, Channel.LINKEDIN, Tone.FORMAL, 0, 0);
        for (int seed = 0; seed < DraftWriter.SIBLING_VARIANTS; seed++) {
            DraftFacts longTopic = new DraftFacts(base.type(), base.channel(), base.tone(), base.interviewerName(),
                    base.interviewerEmail(), 0, base.company(), base.jobTitle(), base.round(), base.interviewDay(),
                    List.of("x".repeat(280)), base.skills(), base.decisionDate(), JANE, seed);
            Draft draft = WRITER.write(longTopic);
            assertThat(draft.body()).hasSizeLessThanOrEqualTo(QualityCheck.LINKEDIN_NOTE_LIMIT).contains("Maria");
        }
    }
}
