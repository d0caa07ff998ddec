package dev.followup.schedule;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.followup.interview.CompanyCulture;

import static org.assertj.core.api.Assertions.assertThat;

/** The reasons a plan gives, word for word: the planner decides the dates, these sentences say them. */
class PlanWordingTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 23);
    private static final ReasonWording.Away SAM_AWAY = new ReasonWording.Away("Sam Chen", LocalDate.of(2026, 3, 20),
            MONDAY);

    @Test
    void aThankYouWaitsForTheirReturn_R6() {
        assertThat(PlanWording.ENGLISH.thankYouWhenBack(SAM_AWAY, false, List.of()))
                .isEqualTo("Sam Chen is away until 20 March: send your thank-you when they are back, on Monday 23 "
                        + "March.");
        assertThat(PlanWording.ENGLISH.thankYouWhenBack(SAM_AWAY, true, List.of("Easter Monday")))
                .isEqualTo("Sam Chen is away until 20 March: post your handwritten note when they are back, on "
                        + "Monday 23 March (skipping Easter Monday).");
    }

    @Test
    void aHandwrittenNoteSaysWhyItIsOnPaper_R2_R3() {
        assertThat(
                PlanWording.ENGLISH.handwrittenThankYou(CompanyCulture.TRADITIONAL, "Maria Lopez", MONDAY, List.of()))
                .isEqualTo("A traditional company values a handwritten note. Post a handwritten thank-you to Maria "
                        + "Lopez by Monday 23 March, within two business days.");
        assertThat(PlanWording.ENGLISH.handwrittenThankYou(CompanyCulture.OTHER, "Maria Lopez", MONDAY,
                List.of("Good Friday", "Easter Monday")))
                .isEqualTo("The employer wrote to you by post, so answer in kind. Post a handwritten thank-you to "
                        + "Maria Lopez by Monday 23 March, within two business days (skipping Good Friday and "
                        + "Easter Monday).");
    }

    @Test
    void anEmailThankYouSaysWhenAndWhy_R1() {
        assertThat(PlanWording.ENGLISH.thankYouWithinADay("Maria Lopez"))
                .isEqualTo("Thank Maria Lopez by email within 24 "
                        + "hours of the interview, in a message of their own.");
        assertThat(PlanWording.ENGLISH.thankYouBeforeWorkEnds("Maria Lopez", LocalDate.of(2026, 3, 6)))
                .isEqualTo("Thank "
                        + "Maria Lopez by email before working hours end on Friday 6 March: the next working day starts "
                        + "after the 24 hours for a thank-you have passed.");
        assertThat(PlanWording.ENGLISH.thankYouOutOfHours("Maria Lopez"))
                .isEqualTo("Thank Maria Lopez by email a few hours "
                        + "after the interview, out of working hours: none fall within the 24 hours for a thank-you.");
        assertThat(PlanWording.ENGLISH.lateThankYou(MONDAY))
                .isEqualTo("Registered after the 24 hours for a thank-you had "
                        + "passed, but a thank-you still counts within a few days: send it by Monday 23 March.");
    }

    @Test
    void theFirstCheckSaysWhatItWaitedFor_R4_R5() {
        assertThat(PlanWording.ENGLISH.checkAfterDecisionDate(LocalDate.of(2026, 3, 20), MONDAY, List.of(), null))
                .isEqualTo("Decision date 20 March has passed: check in on the next business day, Monday 23 March.");
        assertThat(PlanWording.ENGLISH.checkAfterThreeBusinessDays("Maria Lopez", List.of("Good Friday"), null))
                .isEqualTo("No answer three business days after the interview: ask Maria Lopez for an update "
                        + "(skipping Good Friday).");
        assertThat(PlanWording.ENGLISH.checkAfterAWeek("Sam Chen", List.of(), SAM_AWAY)).isEqualTo("No answer a week "
                + "after the interview: ask Sam Chen for an update; Sam Chen is away until 20 March, so on Monday "
                + "23 March.");
    }

    @Test
    void laterChecksSayHowAndWhen_R7_R13() {
        assertThat(PlanWording.ENGLISH.laterCheck(false, false, "Maria Lopez", MONDAY))
                .isEqualTo("Still no answer: a short weekly check-in, on Monday 23 March.");
        assertThat(PlanWording.ENGLISH.laterCheck(true, false, "Maria Lopez", MONDAY))
                .isEqualTo("Still no answer: a last, friendly follow-up, on Monday 23 March.");
        assertThat(PlanWording.ENGLISH.laterCheck(true, true, "Maria Lopez", MONDAY)).isEqualTo("Still no answer: a "
                + "last, friendly follow-up by phone, since Maria Lopez invited a call, on Monday 23 March.");
    }

    @Test
    void answersRejectionsAndLinkedIn_R5_R11_R13() {
        assertThat(PlanWording.ENGLISH.checkAfterAnswer(LocalDate.of(2026, 3, 20), MONDAY))
                .isEqualTo("They answered and "
                        + "expect to decide by 20 March: if you hear nothing, check in on Monday 23 March.");
        assertThat(PlanWording.ENGLISH.rejectionFeedback("Maria Lopez", MONDAY)).isEqualTo("They decided against you: "
                + "thank Maria Lopez for letting you know and ask, briefly, for feedback, by Monday 23 March.");
        assertThat(PlanWording.ENGLISH.linkedInConnection("Maria Lopez", true)).isEqualTo("Your status check went "
                + "unanswered: ask Maria Lopez to connect on LinkedIn, with a short personal note.");
        assertThat(PlanWording.ENGLISH.linkedInConnection("Maria Lopez", false))
                .endsWith("with a short personal note. No "
                        + "LinkedIn address is known for them: find their profile by name, or add it to the interview as "
                        + "linkedInUrl.");
    }
}
