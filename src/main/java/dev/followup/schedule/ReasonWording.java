package dev.followup.schedule;

import java.time.LocalDate;
import java.util.List;

import dev.followup.interview.CompanyCulture;
import dev.followup.language.Language;

/**
 * The sentences a plan gives as its reasons, in one language: each method words one {@link PlanReason}
 * from the dates and names the planner decided. Holiday names come already in the language.
 */
interface ReasonWording {

    /** R6: someone away until a date, so written to on the first business day after it. */
    record Away(String name, LocalDate until, LocalDate back) {
    }

    static ReasonWording of(Language language) {
        return switch (language) {
            case ENGLISH -> PlanWording.ENGLISH;
            case GERMAN -> GermanPlanWording.INSTANCE;
            case FRENCH -> FrenchPlanWording.INSTANCE;
            case SPANISH -> SpanishPlanWording.INSTANCE;
        };
    }

    String moveOnAfterSilence();

    String moveOnAfterAnswer();

    String moveOnUnchased();

    String moveOnRegisteredLate();

    String thankYouWhenBack(Away away, boolean handwritten, List<String> holidaysSkipped);

    String handwrittenThankYou(CompanyCulture culture, String name, LocalDate lastDay, List<String> holidaysSkipped);

    String thankYouWithinADay(String name);

    String thankYouBeforeWorkEnds(String name, LocalDate day);

    String thankYouOutOfHours(String name);

    String lateThankYou(LocalDate lastDay);

    String checkAfterDecisionDate(LocalDate decision, LocalDate day, List<String> holidaysSkipped, Away away);

    String checkAfterThreeBusinessDays(String name, List<String> holidaysSkipped, Away away);

    String checkAfterAWeek(String name, List<String> holidaysSkipped, Away away);

    String laterCheck(boolean isFinal, boolean byPhone, String name, LocalDate day);

    String checkAfterAnswer(LocalDate nextDecision, LocalDate day);

    String linkedInConnection(String name, boolean profileKnown);

    String rejectionFeedback(String name, LocalDate lastDay);
}
