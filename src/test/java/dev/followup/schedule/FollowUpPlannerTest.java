package dev.followup.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.followup.interview.Cadence;
import dev.followup.interview.Channel;
import dev.followup.interview.CompanyCulture;
import dev.followup.interview.FirstCheck;
import dev.followup.interview.OutcomeType;
import dev.followup.schedule.PlanFacts.Outcome;
import dev.followup.schedule.PlanFacts.Recipient;

import static dev.followup.schedule.Facts.LEE;
import static dev.followup.schedule.Facts.MARIA;
import static dev.followup.schedule.Facts.SAM;
import static dev.followup.schedule.FollowUpType.FINAL_FOLLOW_UP;
import static dev.followup.schedule.FollowUpType.LINKEDIN_CONNECTION;
import static dev.followup.schedule.FollowUpType.MOVE_ON;
import static dev.followup.schedule.FollowUpType.REJECTION_FEEDBACK;
import static dev.followup.schedule.FollowUpType.STATUS_CHECK;
import static dev.followup.schedule.FollowUpType.THANK_YOU;
import static org.assertj.core.api.Assertions.assertThat;

/** Each timing rule of shared/domain-rules.md, with the cases the issue names. */
class FollowUpPlannerTest {

    @Nested
    class ThankYouWithin24Hours_R1 {

        @ParameterizedTest(name = "interview ending {0} -> suggested {1}")
        @CsvSource({
                // a morning interview: a few hours later, same day
                "2026-03-04T11:00, 2026-03-04T13:00",
                // ends late afternoon: two hours later is after closing, so the next morning, still within 24 h
                "2026-03-04T16:00, 2026-03-05T09:00",
                // Friday afternoon: Monday is past the 24 hours, but Friday's last working stretch is not (R1 with R14)
                "2026-03-06T15:00, 2026-03-06T16:30",
                "2026-03-06T16:45, 2026-03-06T16:45",
                // Friday evening: no working hours within the 24 hours at all, so a few hours later, out of hours
                "2026-03-06T18:00, 2026-03-06T20:00",
        })
        void suggestsAFewHoursLaterInWorkingHoursWhenThe24HoursAllow(String end, String suggested) {
            Facts facts = new Facts().endingAt(end);
            PlannedFollowUp thanks = facts.only(THANK_YOU);
            assertThat(thanks.suggested()).isEqualTo(facts.at(suggested));
            assertThat(thanks.earliest()).isEqualTo(facts.at(end));
            assertThat(thanks.latest()).isEqualTo(facts.at(end).plus(Duration.ofHours(24)));
            assertThat(thanks.channel()).isEqualTo(Channel.EMAIL);
            assertThat(thanks.rules()).startsWith("R1");
        }

        @Test
        void aFridayAfternoonInterviewIsThankedThatAfternoonInWorkingHours_R14() {
            Facts facts = new Facts().endingAt("2026-03-06T15:00");
            PlannedFollowUp thanks = facts.only(THANK_YOU);
            assertThat(facts.calendar().isWorkingMoment(thanks.suggested())).isTrue();
            assertThat(thanks.suggested()).isBefore(thanks.latest());
            assertThat(thanks.reason().english()).contains("before working hours end on Friday 6 March")
                    .contains("24 hours");
            assertThat(thanks.rules()).contains("R1", "R14");
        }

        @Test
        void aFridayEveningInterviewSaysWhyTheThankYouGoesOutOfHours() {
            PlannedFollowUp thanks = new Facts().endingAt("2026-03-06T18:00").only(THANK_YOU);
            assertThat(thanks.reason().english()).contains("out of working hours").contains("24 hours");
            assertThat(thanks.rules()).doesNotContain("R14");
        }

        @Test
        void theThursdayBeforeEasterUsesThatAfternoon_R14() {
            // Good Friday and the weekend follow: Thursday's last working stretch is the only one within 24 hours
            Facts facts = new Facts().endingAt("2026-04-02T15:30");
            assertThat(facts.only(THANK_YOU).suggested()).isEqualTo(facts.at("2026-04-02T16:30"));
        }

        @Test
        void thanksEachOfThreeInterviewersSeparately() {
            Facts facts = new Facts().interviewer(SAM, "Sam Chen", null, false).interviewer(LEE, "Lee Park", null,
                    false);
            List<PlannedFollowUp> thanks = facts.planOf(THANK_YOU);
            assertThat(thanks).extracting(PlannedFollowUp::interviewerId).containsExactly(MARIA, SAM, LEE);
            assertThat(thanks).extracting(PlannedFollowUp::key).doesNotHaveDuplicates();
            assertThat(thanks).extracting(p -> p.reason().english())
                    .anySatisfy(reason -> assertThat(reason).contains("Sam Chen"))
                    .anySatisfy(reason -> assertThat(reason).contains("Lee Park"));
            // status checks go to one person only
            assertThat(facts.planOf(STATUS_CHECK)).extracting(PlannedFollowUp::interviewerId).containsOnly(MARIA);
        }
    }

    @Nested
    class HandwrittenNoteWithinTwoBusinessDays_R2 {

        @Test
        void aTraditionalCompanyGetsANotePostedByTheSecondBusinessDay() {
            Facts facts = new Facts().endingAt("2026-03-04T15:00"); // Wednesday
            facts.culture = CompanyCulture.TRADITIONAL;
            PlannedFollowUp note = facts.only(THANK_YOU);
            assertThat(note.channel()).isEqualTo(Channel.HANDWRITTEN_NOTE);
            assertThat(note.latest()).isEqualTo(facts.at("2026-03-06T17:00")); // Friday closing
            assertThat(note.rules()).containsSequence("R2", "R3");
        }

        @Test
        void aPublicHolidayInsideTheWindowDoesNotCount() {
            Facts facts = new Facts().endingAt("2026-04-02T11:00"); // Thursday before Easter
            facts.culture = CompanyCulture.TRADITIONAL;
            PlannedFollowUp note = facts.only(THANK_YOU);
            // Good Friday, the weekend and Easter Monday are skipped: Wednesday is the second business day
            assertThat(note.latest()).isEqualTo(facts.at("2026-04-08T17:00"));
            assertThat(note.reason().english()).contains("Good Friday").contains("Easter Monday");
        }
    }

    @Nested
    class ChannelChoice_R3 {

        @ParameterizedTest(name = "{0} company, employer last used {1} -> {2}")
        @CsvSource({
                "TRADITIONAL,,HANDWRITTEN_NOTE",
                "TECH,HANDWRITTEN_NOTE,EMAIL",
                "MEDIA_COMMUNICATIONS,,EMAIL",
                "OTHER,HANDWRITTEN_NOTE,HANDWRITTEN_NOTE",
                "OTHER,EMAIL,EMAIL",
                "OTHER,PHONE,EMAIL",
                "OTHER,LINKEDIN,EMAIL",
                "OTHER,,EMAIL",
        })
        void picksTheThankYouChannel(CompanyCulture culture, Channel lastEmployerChannel, Channel expected) {
            Facts facts = new Facts();
            facts.culture = culture;
            facts.lastEmployerChannel = lastEmployerChannel;
            assertThat(facts.only(THANK_YOU).channel()).isEqualTo(expected);
        }
    }

    @Nested
    class FirstStatusCheck_R4 {

        @Test
        void comesAWeekAfterTheInterviewAtOpeningTime() {
            Facts facts = new Facts().endingAt("2026-03-04T15:00");
            PlannedFollowUp check = facts.planOf(STATUS_CHECK).get(0);
            assertThat(check.earliest()).isEqualTo(facts.at("2026-03-11T09:00"));
            assertThat(check.latest()).isEqualTo(facts.at("2026-03-13T17:00"));
            assertThat(check.channel()).isEqualTo(Channel.EMAIL);
            assertThat(check.rules()).startsWith("R4");
        }

        @Test
        void comesAfterThreeBusinessDaysWhenThatSpacingIsChosen() {
            Facts facts = new Facts().endingAt("2026-03-05T15:00"); // Thursday
            facts.firstCheck = FirstCheck.THREE_BUSINESS_DAYS;
            assertThat(facts.planOf(STATUS_CHECK).get(0).earliest()).isEqualTo(facts.at("2026-03-10T09:00"));
        }

        @Test
        void movesOffAPublicHolidayAndSaysSo() {
            Facts facts = new Facts().endingAt("2026-05-18T10:00"); // a week later is Whit Monday
            PlannedFollowUp check = facts.planOf(STATUS_CHECK).get(0);
            assertThat(check.earliest()).isEqualTo(facts.at("2026-05-26T09:00"));
            assertThat(check.reason().english()).contains("Whit Monday");
        }

        @Test
        void keepsLocalOpeningTimeAcrossADaylightSavingChange() {
            // Berlin moves to summer time on Sunday 29 March 2026: 09:00 is 08:00 UTC before, 07:00 UTC after.
            Facts facts = new Facts().endingAt("2026-03-25T15:00");
            assertThat(facts.planOf(STATUS_CHECK).get(0).earliest()).isEqualTo(Instant.parse("2026-04-01T07:00:00Z"));
            assertThat(facts.only(THANK_YOU).latest()).isEqualTo(Instant.parse("2026-03-26T14:00:00Z"));
        }

        @Test
        void keepsLocalOpeningTimeAcrossAnAmericanDaylightSavingChange() {
            Facts facts = new Facts();
            facts.zone = ZoneId.of("America/New_York");
            facts.country = "US";
            facts.endingAt("2026-03-04T15:00"); // New York moves to summer time on 8 March 2026
            assertThat(facts.planOf(STATUS_CHECK).get(0).earliest()).isEqualTo(Instant.parse("2026-03-11T13:00:00Z"));
        }
    }

    @Nested
    class DecisionDate_R5 {

        @Test
        void checksOnTheNextBusinessDayAfterTheDecisionDate() {
            Facts facts = new Facts().endingAt("2026-03-04T15:00");
            facts.decisionDate = LocalDate.of(2026, 3, 12); // Thursday
            PlannedFollowUp check = facts.planOf(STATUS_CHECK).get(0);
            assertThat(check.earliest()).isEqualTo(facts.at("2026-03-13T09:00"));
            assertThat(check.rules()).startsWith("R5");
            assertThat(check.reason().english())
                    .startsWith("Decision date 12 March has passed: check in on the next business day");
        }

        @Test
        void aDecisionDateOnAWeekendMovesTheCheckToMonday() {
            Facts facts = new Facts().endingAt("2026-03-04T15:00");
            facts.decisionDate = LocalDate.of(2026, 3, 14); // Saturday
            PlannedFollowUp check = facts.planOf(STATUS_CHECK).get(0);
            assertThat(check.earliest()).isEqualTo(facts.at("2026-03-16T09:00"));
            assertThat(check.reason().english()).contains("Monday 16 March");
        }

        @Test
        void nothingChecksBeforeALateDecisionDate() {
            Facts facts = new Facts().endingAt("2026-03-04T15:00");
            facts.decisionDate = LocalDate.of(2026, 3, 27);
            assertThat(facts.plan()).filteredOn(item -> item.type() != THANK_YOU)
                    .allSatisfy(item -> assertThat(item.earliest()).isAfter(facts.at("2026-03-28T00:00")));
        }
    }

    @Nested
    class InterviewerAway_R6 {

        @Test
        void theThankYouWaitsUntilTheyAreBack() {
            Facts facts = new Facts().interviewer(SAM, "Sam Chen", LocalDate.of(2026, 3, 20), false);
            PlannedFollowUp sams = facts.planOf(THANK_YOU).stream().filter(t -> t.interviewerId().equals(SAM))
                    .findFirst().orElseThrow();
            assertThat(sams.earliest()).isEqualTo(facts.at("2026-03-23T09:00")); // the Monday after
            assertThat(sams.rules()).startsWith("R6");
            assertThat(sams.reason().english()).contains("Sam Chen is away until 20 March");
            PlannedFollowUp marias = facts.planOf(THANK_YOU).stream().filter(t -> t.interviewerId().equals(MARIA))
                    .findFirst().orElseThrow();
            assertThat(marias.earliest()).isEqualTo(facts.end);
        }

        @Test
        void statusChecksToAnAbsentContactWaitToo() {
            Facts facts = new Facts();
            facts.interviewers.set(0, new Recipient(MARIA, "Maria Lopez", LocalDate.of(2026, 3, 17), false));
            PlannedFollowUp check = facts.planOf(STATUS_CHECK).get(0);
            assertThat(check.earliest()).isEqualTo(facts.at("2026-03-18T09:00"));
            assertThat(check.rules()).startsWith("R6");
        }
    }

    @Nested
    class Cadences_R7_R8 {

        @Test
        void standardChecksAfterAWeekFollowsUpAfterTwoWeeksThenMovesOn() {
            Facts facts = new Facts().endingAt("2026-03-04T15:00");
            assertThat(facts.plan()).extracting(PlannedFollowUp::type)
                    .containsExactly(THANK_YOU, STATUS_CHECK, FINAL_FOLLOW_UP, MOVE_ON);
            assertThat(facts.only(FINAL_FOLLOW_UP).earliest()).isEqualTo(facts.at("2026-03-18T09:00"));
            assertThat(facts.only(FINAL_FOLLOW_UP).rules()).startsWith("R7");
            PlannedFollowUp moveOn = facts.only(MOVE_ON);
            assertThat(moveOn.earliest()).isEqualTo(facts.at("2026-03-25T09:00"));
            assertThat(moveOn.channel()).isNull();
            assertThat(moveOn.rules()).startsWith("R8");
        }

        @Test
        void conservativeChecksOnceThenMovesOn() {
            Facts facts = new Facts();
            facts.cadence = Cadence.CONSERVATIVE;
            assertThat(facts.plan()).extracting(PlannedFollowUp::type).containsExactly(THANK_YOU, STATUS_CHECK,
                    MOVE_ON);
            assertThat(facts.only(MOVE_ON).earliest()).isEqualTo(facts.at("2026-03-18T09:00"));
        }

        @Test
        void persistentChecksWeeklyButAtMostFourTimes() {
            Facts facts = new Facts().endingAt("2026-03-04T15:00");
            facts.cadence = Cadence.PERSISTENT;
            assertThat(facts.plan()).extracting(PlannedFollowUp::type).containsExactly(THANK_YOU, STATUS_CHECK,
                    STATUS_CHECK, STATUS_CHECK, FINAL_FOLLOW_UP, MOVE_ON);
            assertThat(facts.plan()).filteredOn(i -> i.type() == STATUS_CHECK || i.type() == FINAL_FOLLOW_UP)
                    .extracting(PlannedFollowUp::earliest)
                    .containsExactly(facts.at("2026-03-11T09:00"), facts.at("2026-03-18T09:00"),
                            facts.at("2026-03-25T09:00"), facts.at("2026-04-01T09:00"));
        }

        @Test
        void theFinalFollowUpKeepsAWorkingWeekAfterALateFirstCheck() {
            Facts facts = new Facts().endingAt("2026-03-04T15:00");
            facts.decisionDate = LocalDate.of(2026, 3, 16);
            assertThat(facts.planOf(STATUS_CHECK).get(0).earliest()).isEqualTo(facts.at("2026-03-17T09:00"));
            assertThat(facts.only(FINAL_FOLLOW_UP).earliest()).isEqualTo(facts.at("2026-03-24T09:00"));
        }

        @Test
        void keysAreStableSoThatAReplanUpdatesInPlace() {
            Facts facts = new Facts();
            assertThat(facts.plan()).extracting(PlannedFollowUp::key)
                    .containsExactly("thank_you:" + MARIA, "check:1", "check:2", "move_on");
        }
    }

    @Nested
    class NoFollowUpRequested_R9 {

        @Test
        void onlyTheThankYouAndAMoveOnAfterWaiting() {
            Facts facts = new Facts().endingAt("2026-03-04T15:00");
            facts.noFollowUp = true;
            facts.linkedIn = true;
            assertThat(facts.plan()).extracting(PlannedFollowUp::type).containsExactly(THANK_YOU, MOVE_ON);
            assertThat(facts.only(MOVE_ON).rules()).startsWith("R9");
            assertThat(facts.only(MOVE_ON).earliest()).isEqualTo(facts.at("2026-03-18T09:00"));
        }
    }

    @Nested
    class Outcomes_R10_R11_R12 {

        @Test
        void anAnswerStopsTheStatusChecks() {
            Facts facts = new Facts();
            facts.outcome = new Outcome(OutcomeType.ANSWERED, facts.at("2026-03-06T10:00"), null);
            assertThat(facts.plan()).extracting(PlannedFollowUp::type).containsExactly(THANK_YOU);
        }

        @Test
        void anAnswerWithANewDateBringsOneCheckAfterIt() {
            Facts facts = new Facts();
            facts.outcome = new Outcome(OutcomeType.ANSWERED, facts.at("2026-03-06T10:00"), LocalDate.of(2026, 3, 20));
            PlannedFollowUp check = facts.only(STATUS_CHECK);
            assertThat(check.earliest()).isEqualTo(facts.at("2026-03-23T09:00"));
            assertThat(check.rules()).startsWith("R10", "R5");
            assertThat(check.key()).isEqualTo("check:answer:2026-03-20");
            assertThat(facts.planOf(MOVE_ON)).hasSize(1);
        }

        @Test
        void aRejectionReplacesEverythingWithOneFeedbackRequest() {
            Facts facts = new Facts().interviewer(SAM, "Sam Chen", null, true);
            facts.linkedIn = true;
            facts.outcome = new Outcome(OutcomeType.REJECTED, facts.at("2026-03-09T11:00"), null);
            PlannedFollowUp feedback = facts.only(REJECTION_FEEDBACK);
            assertThat(facts.plan()).containsExactly(feedback);
            assertThat(feedback.interviewerId()).isEqualTo(MARIA);
            assertThat(feedback.latest()).isEqualTo(facts.at("2026-03-11T17:00"));
            assertThat(feedback.rules()).startsWith("R11");
        }

        @ParameterizedTest
        @CsvSource({"OFFER", "WITHDREW"})
        void anOfferOrAWithdrawalClosesThePlan(OutcomeType outcome) {
            Facts facts = new Facts();
            facts.outcome = new Outcome(outcome, facts.at("2026-03-09T11:00"), null);
            assertThat(facts.plan()).isEmpty();
        }

        @Test
        void anInvitationToTheNextRoundStopsTheChecksOfThisRound() {
            Facts facts = new Facts();
            facts.outcome = new Outcome(OutcomeType.INVITED_NEXT_ROUND, facts.at("2026-03-06T10:00"), null);
            assertThat(facts.plan()).extracting(PlannedFollowUp::type).containsExactly(THANK_YOU);
        }

        @Test
        void aLaterRoundSupersedesThisRoundsChecks() {
            Facts facts = new Facts();
            facts.superseded = true;
            assertThat(facts.plan()).extracting(PlannedFollowUp::type).containsExactly(THANK_YOU);
        }

        @Test
        void aCancelledInterviewHasNoPlan() {
            Facts facts = new Facts();
            facts.inactive = true;
            assertThat(facts.plan()).isEmpty();
        }
    }

    @Nested
    class Escalation_R13 {

        @Test
        void linkedInConnectionsFollowAnUnansweredCheckOnlyWithPermission() {
            Facts facts = new Facts().interviewer(SAM, "Sam Chen", null, true);
            assertThat(facts.planOf(LINKEDIN_CONNECTION)).isEmpty();
            facts.linkedIn = true;
            List<PlannedFollowUp> connections = facts.planOf(LINKEDIN_CONNECTION);
            assertThat(connections).extracting(PlannedFollowUp::interviewerId).containsExactly(MARIA, SAM);
            PlannedFollowUp connect = connections.get(1);
            assertThat(connect.channel()).isEqualTo(Channel.LINKEDIN);
            assertThat(connect.earliest()).isAfter(facts.planOf(STATUS_CHECK).get(0).latest());
            assertThat(connect.rules()).startsWith("R13");
            assertThat(connect.reason().english()).doesNotContain("No LinkedIn address");
        }

        @Test
        void anInterviewerWithoutALinkedInAddressIsExplainedNotSkipped_R13() {
            Facts facts = new Facts(); // Maria's LinkedIn address is not known
            facts.linkedIn = true;
            PlannedFollowUp connect = facts.only(LINKEDIN_CONNECTION);
            assertThat(connect.interviewerId()).isEqualTo(MARIA);
            assertThat(connect.reason().english()).contains("No LinkedIn address is known for them")
                    .contains("find their profile by name");
        }

        @Test
        void aCallIsTheFinalEscalationOnlyWhenInvited() {
            Facts facts = new Facts();
            assertThat(facts.only(FINAL_FOLLOW_UP).channel()).isEqualTo(Channel.EMAIL);
            facts.phoneInvited = true;
            assertThat(facts.only(FINAL_FOLLOW_UP).channel()).isEqualTo(Channel.PHONE);
            assertThat(facts.only(FINAL_FOLLOW_UP).rules()).contains("R13");
            assertThat(facts.only(THANK_YOU).channel()).isEqualTo(Channel.EMAIL);
            assertThat(facts.planOf(STATUS_CHECK).get(0).channel()).isEqualTo(Channel.EMAIL);
        }
    }

    @Nested
    class WorkingHours_R14 {

        @Test
        void everySuggestionButAnOutOfHoursThankYouFallsInWorkingHoursOfABusinessDay() {
            Facts facts = new Facts().interviewer(SAM, "Sam Chen", LocalDate.of(2026, 3, 20), true);
            facts.linkedIn = true;
            facts.cadence = Cadence.PERSISTENT;
            BusinessCalendar calendar = facts.calendar();
            assertThat(facts.plan()).allSatisfy(item -> {
                assertThat(calendar.isWorkingMoment(item.suggested())).as(item.key()).isTrue();
                assertThat(item.rules()).as(item.key()).contains("R14");
            });
        }

        @Test
        void followsConfiguredWorkingHours() {
            Facts facts = new Facts();
            facts.workStart = LocalTime.of(8, 0);
            facts.workEnd = LocalTime.of(16, 0);
            assertThat(facts.planOf(STATUS_CHECK).get(0).earliest()).isEqualTo(facts.at("2026-03-11T08:00"));
            assertThat(facts.planOf(STATUS_CHECK).get(0).latest()).isEqualTo(facts.at("2026-03-13T16:00"));
        }

        @Test
        void usesTheHolidaysOfTheCandidatesCountry() {
            Facts facts = new Facts();
            facts.zone = ZoneId.of("America/New_York");
            facts.country = "US";
            facts.endingAt("2026-11-19T15:00"); // a week later is Thanksgiving
            assertThat(facts.planOf(STATUS_CHECK).get(0).earliest()).isEqualTo(facts.at("2026-11-27T09:00"));
        }
    }

    @Nested
    class RegisteredAfterTheFact {

        // The interview ended on Wednesday 4 March at 15:00 (Berlin).

        @Test
        void registeredInTimeChangesNothing() {
            Facts late = new Facts();
            late.registeredAt = late.at("2026-03-04T16:00");
            assertThat(late.plan()).isEqualTo(new Facts().plan());
        }

        @Test
        void aThankYouStillCountsWithinAFewBusinessDays_R1() {
            Facts facts = new Facts();
            facts.registeredAt = facts.at("2026-03-06T10:00"); // Friday: the 24 hours are long gone
            PlannedFollowUp thanks = facts.only(THANK_YOU);
            assertThat(thanks.missed()).isFalse();
            assertThat(thanks.earliest()).isEqualTo(facts.registeredAt);
            assertThat(thanks.suggested()).isEqualTo(facts.registeredAt);
            // three business days after the interview: Monday 9 March, at closing
            assertThat(thanks.latest()).isEqualTo(facts.at("2026-03-09T17:00"));
            assertThat(thanks.reason().english()).contains("still counts within a few days").contains("Monday 9 March");
        }

        @Test
        void aThankYouIsMissedAfterAFewBusinessDaysAndStepsStillAheadStand() {
            Facts facts = new Facts();
            facts.registeredAt = facts.at("2026-03-11T10:00"); // a week later
            assertThat(facts.only(THANK_YOU).missed()).isTrue();
            PlannedFollowUp check = facts.planOf(STATUS_CHECK).get(0); // Wednesday 11 March, open now
            assertThat(check.missed()).isFalse();
            assertThat(check).isEqualTo(new Facts().planOf(STATUS_CHECK).get(0));
            assertThat(facts.only(MOVE_ON)).isEqualTo(new Facts().only(MOVE_ON));
        }

        @Test
        void aLongSilentProcessGetsTheMoveOnNowInsteadOfMissedChecks_R8() {
            Facts facts = new Facts();
            facts.registeredAt = facts.at("2026-03-24T10:00"); // nearly three weeks later: every check is past
            assertThat(facts.planOf(STATUS_CHECK)).isNotEmpty().allMatch(PlannedFollowUp::missed);
            assertThat(facts.only(FINAL_FOLLOW_UP).missed()).isTrue();
            PlannedFollowUp moveOn = facts.only(MOVE_ON);
            assertThat(moveOn.missed()).isFalse();
            assertThat(moveOn.earliest()).isEqualTo(facts.registeredAt);
            assertThat(moveOn.suggested()).isEqualTo(facts.registeredAt);
            assertThat(moveOn.latest()).isAfter(facts.registeredAt);
            assertThat(moveOn.reason().english()).contains("too late to chase them");
        }

        @Test
        void missedStepsKeepTheirWindowAndReason() {
            Facts facts = new Facts();
            facts.registeredAt = facts.at("2026-03-25T10:00");
            PlannedFollowUp missed = facts.only(FINAL_FOLLOW_UP);
            PlannedFollowUp planned = new Facts().only(FINAL_FOLLOW_UP);
            assertThat(missed.earliest()).isEqualTo(planned.earliest());
            assertThat(missed.latest()).isEqualTo(planned.latest()).isBefore(facts.registeredAt);
            assertThat(missed.reason().english()).isEqualTo(planned.reason().english());
        }

        @Test
        void waitingWithoutFollowUpsEndsInAMoveOnNowWhenRegisteredAfterIt_R9() {
            Facts facts = new Facts();
            facts.noFollowUp = true;
            facts.registeredAt = facts.at("2026-04-01T10:00");
            PlannedFollowUp moveOn = facts.only(MOVE_ON);
            assertThat(moveOn.missed()).isFalse();
            assertThat(moveOn.earliest()).isEqualTo(facts.registeredAt);
        }
    }
}
