package dev.followup.schedule;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import dev.followup.interview.CompanyCulture;
import dev.followup.language.Language;
import dev.followup.language.Lists;

/**
 * Every sentence a plan gives as its reason, in English, from the dates and names the planner decided.
 * The planner decides; this only words it, so the wording can change (or be translated, see
 * {@link ReasonWording}) without touching a date.
 */
final class PlanWording implements ReasonWording {

    static final PlanWording ENGLISH = new PlanWording();

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

    private PlanWording() {
    }

    @Override
    public String moveOnAfterSilence() {
        return "No answer to your last follow-up: stop writing, and put your energy into your other applications.";
    }

    @Override
    public String moveOnAfterAnswer() {
        return "No word since their answer: move on, and focus on your other applications.";
    }

    @Override
    public String moveOnUnchased() {
        return "The employer asked candidates not to follow up: send no status checks, and if no answer has come by "
                + "now, move on.";
    }

    @Override
    public String moveOnRegisteredLate() {
        return "Registered after the time to follow up had passed, with no answer since the interview: it is too "
                + "late to chase them; move on, and put your energy into your other applications.";
    }

    // --- thank-yous ---

    @Override
    public String thankYouWhenBack(Away away, boolean handwritten, List<String> holidaysSkipped) {
        return away.name() + " is away until " + DATE.format(away.until()) + ": "
                + (handwritten ? "post your handwritten note" : "send your thank-you") + " when they are back, on "
                + DAY.format(away.back()) + skipping(holidaysSkipped) + ".";
    }

    @Override
    public String handwrittenThankYou(CompanyCulture culture, String name, LocalDate lastDay,
            List<String> holidaysSkipped) {
        String why = culture == CompanyCulture.TRADITIONAL
                ? "A traditional company values a handwritten note."
                : "The employer wrote to you by post, so answer in kind.";
        return why + " Post a handwritten thank-you to " + name + " by " + DAY.format(lastDay)
                + ", within two business days" + skipping(holidaysSkipped) + ".";
    }

    @Override
    public String thankYouWithinADay(String name) {
        return "Thank " + name + " by email within 24 hours of the interview, in a message of their own.";
    }

    @Override
    public String thankYouBeforeWorkEnds(String name, LocalDate day) {
        return "Thank " + name + " by email before working hours end on " + DAY.format(day)
                + ": the next working day starts after the 24 hours for a thank-you have passed.";
    }

    @Override
    public String thankYouOutOfHours(String name) {
        return "Thank " + name + " by email a few hours after the interview, out of working hours: none fall "
                + "within the 24 hours for a thank-you.";
    }

    @Override
    public String lateThankYou(LocalDate lastDay) {
        return "Registered after the 24 hours for a thank-you had passed, but a thank-you still counts within a "
                + "few days: send it by " + DAY.format(lastDay) + ".";
    }

    // --- status checks ---

    @Override
    public String checkAfterDecisionDate(LocalDate decision, LocalDate day, List<String> holidaysSkipped,
            Away away) {
        return "Decision date " + DATE.format(decision) + " has passed: check in on the next business day, "
                + DAY.format(day) + skipping(holidaysSkipped) + awayClause(away) + ".";
    }

    @Override
    public String checkAfterThreeBusinessDays(String name, List<String> holidaysSkipped, Away away) {
        return "No answer three business days after the interview: ask " + name + " for an update"
                + skipping(holidaysSkipped) + awayClause(away) + ".";
    }

    @Override
    public String checkAfterAWeek(String name, List<String> holidaysSkipped, Away away) {
        return "No answer a week after the interview: ask " + name + " for an update" + skipping(holidaysSkipped)
                + awayClause(away) + ".";
    }

    @Override
    public String laterCheck(boolean isFinal, boolean byPhone, String name, LocalDate day) {
        String what = !isFinal
                ? "Still no answer: a short weekly check-in"
                : "Still no answer: a last, friendly follow-up"
                        + (byPhone ? " by phone, since " + name + " invited a call" : "");
        return what + ", on " + DAY.format(day) + ".";
    }

    @Override
    public String checkAfterAnswer(LocalDate nextDecision, LocalDate day) {
        return "They answered and expect to decide by " + DATE.format(nextDecision)
                + ": if you hear nothing, check in on " + DAY.format(day) + ".";
    }

    @Override
    public String linkedInConnection(String name, boolean profileKnown) {
        return "Your status check went unanswered: ask " + name + " to connect on LinkedIn, with a short "
                + "personal note." + (profileKnown
                        ? ""
                        : " No LinkedIn address is known for them: find their profile by name, or add it to the "
                                + "interview as linkedInUrl.");
    }

    @Override
    public String rejectionFeedback(String name, LocalDate lastDay) {
        return "They decided against you: thank " + name + " for letting you know and ask, briefly, for "
                + "feedback, by " + DAY.format(lastDay) + ".";
    }

    // --- clauses ---

    /** "; Maria Lopez is away until 9 March, so on Tuesday 10 March", or nothing. */
    private static String awayClause(Away away) {
        return away == null
                ? ""
                : "; " + away.name() + " is away until " + DATE.format(away.until()) + ", so on "
                        + DAY.format(away.back());
    }

    /** " (skipping Good Friday and Easter Monday)", or nothing. */
    private static String skipping(List<String> holidays) {
        return holidays.isEmpty() ? "" : " (skipping " + Lists.joined(holidays, Language.ENGLISH) + ")";
    }
}
