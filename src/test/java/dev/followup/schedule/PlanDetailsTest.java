package dev.followup.schedule;

import java.time.LocalDate;
import java.util.Comparator;

import org.junit.jupiter.api.Test;

import dev.followup.interview.CompanyCulture;
import dev.followup.interview.FirstCheck;
import dev.followup.schedule.PlanFacts.Recipient;

import static dev.followup.schedule.Facts.MARIA;
import static dev.followup.schedule.Facts.SAM;
import static dev.followup.schedule.FollowUpType.FINAL_FOLLOW_UP;
import static dev.followup.schedule.FollowUpType.STATUS_CHECK;
import static dev.followup.schedule.FollowUpType.THANK_YOU;
import static org.assertj.core.api.Assertions.assertThat;

/** The plan's finer points: its order, and the exact day and reason of items the rules combine on. */
class PlanDetailsTest {

    @Test
    void thePlanIsInTheOrderItsWindowsOpen() {
        Facts facts = new Facts();
        facts.linkedIn = true; // the connections come between the first check and the final follow-up
        assertThat(facts.plan()).isSortedAccordingTo(Comparator.comparing(PlannedFollowUp::earliest));
        assertThat(facts.plan()).extracting(PlannedFollowUp::type).containsExactly(THANK_YOU, STATUS_CHECK,
                FollowUpType.LINKEDIN_CONNECTION, FINAL_FOLLOW_UP, FollowUpType.MOVE_ON);
    }

    @Test
    void aNoteToSomeoneAwayIsPostedWithinTwoBusinessDaysOfTheirReturn_R2_R6() {
        Facts facts = new Facts().interviewer(SAM, "Sam Chen", LocalDate.of(2026, 3, 20), false);
        facts.culture = CompanyCulture.TRADITIONAL;
        PlannedFollowUp sams = facts.planOf(THANK_YOU).stream().filter(t -> t.interviewerId().equals(SAM))
                .findFirst().orElseThrow();
        assertThat(sams.earliest()).isEqualTo(facts.at("2026-03-23T09:00"));
        assertThat(sams.latest()).isEqualTo(facts.at("2026-03-25T17:00"));
        assertThat(sams.rules()).containsExactly("R6", "R2", "R3", "R14");
        assertThat(sams.reason().english())
                .isEqualTo("Sam Chen is away until 20 March: post your handwritten note when they "
                        + "are back, on Monday 23 March.");
        PlannedFollowUp marias = facts.planOf(THANK_YOU).stream().filter(t -> t.interviewerId().equals(MARIA))
                .findFirst().orElseThrow();
        assertThat(marias.rules()).containsExactly("R2", "R3", "R14");
    }

    @Test
    void afterAThreeDayFirstCheckTheFinalFollowUpStillComesTwoWeeksAfterTheInterview_R4_R7() {
        Facts facts = new Facts(); // Wednesday 4 March
        facts.firstCheck = FirstCheck.THREE_BUSINESS_DAYS;
        PlannedFollowUp check = facts.only(STATUS_CHECK);
        assertThat(check.earliest()).isEqualTo(facts.at("2026-03-09T09:00"));
        assertThat(check.reason().english())
                .isEqualTo("No answer three business days after the interview: ask Maria Lopez "
                        + "for an update.");
        assertThat(facts.only(FINAL_FOLLOW_UP).earliest()).isEqualTo(facts.at("2026-03-18T09:00"));
    }

    @Test
    void theFinalFollowUpSaysHowItIsSent_R13() {
        Facts facts = new Facts();
        assertThat(facts.only(FINAL_FOLLOW_UP).reason().english())
                .isEqualTo("Still no answer: a last, friendly follow-up, on Wednesday 18 March.");
        facts.phoneInvited = true;
        assertThat(facts.only(FINAL_FOLLOW_UP).reason().english())
                .isEqualTo("Still no answer: a last, friendly follow-up by "
                        + "phone, since Maria Lopez invited a call, on Wednesday 18 March.");
    }

    @Test
    void theFirstCheckToSomeoneAwaySaysWhenTheyAreBackAndTheNextOnesFollowIt_R6() {
        Facts facts = new Facts();
        facts.interviewers.set(0, new Recipient(MARIA, "Maria Lopez", LocalDate.of(2026, 3, 17), false));
        PlannedFollowUp first = facts.only(STATUS_CHECK);
        assertThat(first.reason().english())
                .isEqualTo("No answer a week after the interview: ask Maria Lopez for an update; "
                        + "Maria Lopez is away until 17 March, so on Wednesday 18 March.");
        PlannedFollowUp last = facts.only(FINAL_FOLLOW_UP);
        assertThat(last.earliest()).isEqualTo(facts.at("2026-03-25T09:00")); // a working week after the first
        assertThat(last.rules()).containsExactly("R7", "R14");
        assertThat(last.reason().english())
                .isEqualTo("Still no answer: a last, friendly follow-up, on Wednesday 25 March.");
    }
}
