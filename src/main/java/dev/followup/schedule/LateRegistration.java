package dev.followup.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An interview registered after the fact: a step whose window closed before registration is missed,
 * not overdue. A thank-you still counts within a few business days of the interview, so it is due
 * from registration until then (R1); when every status check is past, the process has been silent
 * too long for one, and the move-on is due at once (R8). Pure, like the planner it completes.
 */
final class LateRegistration {

    /** A thank-you still counts up to this many business days after the interview. */
    static final int LATE_THANK_YOU_DAYS = 3;

    private LateRegistration() {
    }

    /** The plan as it stands for an interview registered at {@code registered}. */
    static List<PlannedFollowUp> adjust(List<PlannedFollowUp> planned, Instant registered, LocalDate interviewDay,
            BusinessCalendar calendar) {
        List<PlannedFollowUp> plan = new ArrayList<>(planned);
        LocalDate lateThanksDay = calendar.plusBusinessDays(interviewDay, LATE_THANK_YOU_DAYS);
        Instant lateThanksClose = calendar.closing(lateThanksDay);
        boolean anyCheck = false;
        boolean everyCheckMissed = true;
        for (int i = 0; i < plan.size(); i++) {
            PlannedFollowUp item = plan.get(i);
            boolean check = item.type() == FollowUpType.STATUS_CHECK || item.type() == FollowUpType.FINAL_FOLLOW_UP;
            anyCheck |= check;
            if (!item.latest().isBefore(registered) || item.type() == FollowUpType.MOVE_ON) {
                everyCheckMissed &= !check;
                continue;
            }
            if (item.type() == FollowUpType.THANK_YOU && registered.isBefore(lateThanksClose)) {
                Instant suggested = earliestOf(calendar.nextWorkingMoment(registered), lateThanksClose);
                plan.set(i, item.movedTo(registered, lateThanksClose, suggested,
                        PlanReason.lateThankYou(lateThanksDay)));
            } else {
                plan.set(i, item.asMissed());
            }
        }
        boolean tooLateToCheck = anyCheck && everyCheckMissed;
        for (int i = 0; i < plan.size(); i++) {
            PlannedFollowUp item = plan.get(i);
            if (item.type() == FollowUpType.MOVE_ON && (item.latest().isBefore(registered)
                    || tooLateToCheck && item.earliest().isAfter(registered))) {
                LocalDate today = calendar.onOrAfter(calendar.dateOf(registered));
                Instant closes = calendar.closing(calendar.plusBusinessDays(today, PlanTimings.CHECK_WINDOW_DAYS));
                plan.set(i, item.movedTo(registered, closes, calendar.nextWorkingMoment(registered),
                        PlanReason.MOVE_ON_REGISTERED_LATE));
            }
        }
        return plan;
    }

    private static Instant earliestOf(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
