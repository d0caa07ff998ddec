package dev.followup.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.followup.interview.Cadence;
import dev.followup.interview.Channel;
import dev.followup.interview.FirstCheck;
import dev.followup.interview.OutcomeType;
import dev.followup.schedule.PlanFacts.Outcome;
import dev.followup.schedule.PlanFacts.Recipient;

import static dev.followup.schedule.PlanTimings.CHECK_WINDOW_DAYS;
import static dev.followup.schedule.PlanTimings.FINAL_AFTER_CHECK_BUSINESS_DAYS;
import static dev.followup.schedule.PlanTimings.FINAL_FOLLOW_UP_DAYS;
import static dev.followup.schedule.PlanTimings.FIRST_CHECK_BUSINESS_DAYS;
import static dev.followup.schedule.PlanTimings.FIRST_CHECK_DAYS;
import static dev.followup.schedule.PlanTimings.LAST_STRETCH;
import static dev.followup.schedule.PlanTimings.MOVE_ON_AFTER_DAYS;
import static dev.followup.schedule.PlanTimings.NOTE_POSTING_DAYS;
import static dev.followup.schedule.PlanTimings.PERSISTENT_SPACING_DAYS;
import static dev.followup.schedule.PlanTimings.REJECTION_REPLY_DAYS;
import static dev.followup.schedule.PlanTimings.THANK_YOU_DEADLINE;
import static dev.followup.schedule.PlanTimings.THANK_YOU_DELAY;

/**
 * Turns the facts of one interview into its follow-up plan, rule by rule (R1 to R14 of the domain
 * rules): it decides the dates, and {@link PlanReason} records the reasons. Pure: the same facts and
 * calendar always give the same plan, whatever the time is.
 */
public final class FollowUpPlanner {

    private final PlanFacts facts;
    private final BusinessCalendar calendar;
    private final LocalDate interviewDay;
    private final List<PlannedFollowUp> plan = new ArrayList<>();

    private FollowUpPlanner(PlanFacts facts, BusinessCalendar calendar) {
        this.facts = facts;
        this.calendar = calendar;
        this.interviewDay = calendar.dateOf(facts.interviewEnd());
    }

    /** The plan for one interview, sorted by when each item opens. */
    public static List<PlannedFollowUp> plan(PlanFacts facts, BusinessCalendar calendar) {
        FollowUpPlanner planner = new FollowUpPlanner(facts, calendar);
        planner.build();
        List<PlannedFollowUp> plan = facts.registeredAt() == null
                ? new ArrayList<>(planner.plan)
                : LateRegistration.adjust(planner.plan, facts.registeredAt(), planner.interviewDay, calendar);
        plan.sort(Comparator.comparing(PlannedFollowUp::earliest));
        return List.copyOf(plan);
    }

    private void build() {
        if (facts.inactive() || facts.interviewers().isEmpty()) {
            return;
        }
        Outcome outcome = facts.outcome();
        if (outcome != null && outcome.type().closesProcess) {
            // R10: an offer, a rejection or a withdrawal closes the process; R11: a rejection gets one reply.
            if (outcome.type() == OutcomeType.REJECTED) {
                rejectionFeedback(outcome);
            }
            return;
        }
        facts.interviewers().forEach(this::thankYou);
        if (facts.supersededByLaterRound()) {
            return; // R12: the later round carries the cadence now.
        }
        if (outcome != null) {
            // R10: any answer stops the pending checks; a new decision date brings one check after it (R5).
            if (outcome.type() == OutcomeType.ANSWERED && outcome.nextDecisionDate() != null) {
                checkAfterAnswer(outcome.nextDecisionDate());
            }
            return;
        }
        if (facts.noFollowUpRequested()) {
            waitWithoutFollowingUp();
            return;
        }
        statusChecks();
    }

    // --- thank-yous: R1, R2, R3, R6, R13, R14 ---

    private void thankYou(Recipient interviewer) {
        Channel channel = thankYouChannel();
        boolean handwritten = channel == Channel.HANDWRITTEN_NOTE;
        Instant end = facts.interviewEnd();
        RuleIds rules = new RuleIds(handwritten ? "R2" : "R1", "R3");
        Instant earliest;
        Instant latest;
        Instant suggested;
        PlanReason reason;
        if (isAway(interviewer, interviewDay)) {
            // R6: nothing is due before they are back.
            LocalDate back = calendar.nextBusinessDay(interviewer.awayUntil());
            rules.addFirst("R6");
            earliest = calendar.opening(back);
            latest = handwritten
                    ? calendar.closing(calendar.plusBusinessDays(back, NOTE_POSTING_DAYS))
                    : earliest.plus(THANK_YOU_DEADLINE);
            suggested = earliest;
            rules.add("R14");
            reason = PlanReason.thankYouWhenBack(awayUntil(interviewer, back), handwritten,
                    calendar.holidaysBetween(interviewer.awayUntil(), back));
        } else if (handwritten) {
            LocalDate lastDay = calendar.plusBusinessDays(interviewDay, NOTE_POSTING_DAYS);
            earliest = end;
            latest = calendar.closing(lastDay);
            suggested = calendar.nextWorkingMoment(end.plus(THANK_YOU_DELAY));
            rules.add("R14");
            reason = PlanReason.handwrittenThankYou(facts.culture(), interviewer.name(), lastDay,
                    calendar.holidaysBetween(interviewDay, lastDay));
        } else {
            earliest = end;
            latest = end.plus(THANK_YOU_DEADLINE);
            Instant preferred = end.plus(THANK_YOU_DELAY);
            suggested = calendar.nextWorkingMoment(preferred);
            Instant firstWorking = calendar.nextWorkingMoment(end);
            if (suggested.isAfter(latest) && !firstWorking.isAfter(latest)) {
                // R1 with R14: working hours come back too late, but some remain within the 24 hours: use them.
                LocalDate day = calendar.dateOf(firstWorking);
                suggested = latestOf(firstWorking, calendar.closing(day).minus(LAST_STRETCH));
                rules.add("R14");
                reason = PlanReason.thankYouBeforeWorkEnds(interviewer.name(), day);
            } else if (suggested.isAfter(latest)) {
                // R1 before R14: no working hours fall within the 24 hours, so send it out of hours.
                suggested = preferred;
                reason = PlanReason.thankYouOutOfHours(interviewer.name());
            } else {
                rules.add("R14");
                reason = PlanReason.thankYouWithinADay(interviewer.name());
            }
        }
        plan.add(new PlannedFollowUp("thank_you:" + interviewer.id(), FollowUpType.THANK_YOU, interviewer.id(),
                channel, earliest, latest, suggested, rules.list(), reason));
    }

    /** R3: the company's culture decides; when unsure, the employer's own medium; email is the fallback. */
    private Channel thankYouChannel() {
        return switch (facts.culture()) {
            case TRADITIONAL -> Channel.HANDWRITTEN_NOTE;
            case TECH, MEDIA_COMMUNICATIONS -> Channel.EMAIL;
            // R13: a call or a LinkedIn message never replaces the thank-you.
            case OTHER -> facts.lastEmployerChannel() == Channel.HANDWRITTEN_NOTE
                    ? Channel.HANDWRITTEN_NOTE
                    : Channel.EMAIL;
        };
    }

    // --- status checks: R4, R5, R6, R7, R8, R13 ---

    private void statusChecks() {
        Recipient contact = facts.interviewers().get(0);
        LocalDate decision = facts.expectedDecisionDate();
        boolean afterThreeDays = facts.firstCheck() == FirstCheck.THREE_BUSINESS_DAYS;
        LocalDate weekLater = interviewDay.plusDays(FIRST_CHECK_DAYS);
        // R5: never before the decision date, but the next business day after it; without one, R4.
        LocalDate day = decision != null
                ? calendar.nextBusinessDay(decision)
                : afterThreeDays
                        ? calendar.plusBusinessDays(interviewDay, FIRST_CHECK_BUSINESS_DAYS)
                        : calendar.onOrAfter(weekLater);
        RuleIds rules = new RuleIds(decision != null ? "R5" : "R4", "R14");
        LocalDate first = contactDay(contact, day, rules);
        ReasonWording.Away away = first.equals(day) ? null : awayUntil(contact, first);
        PlanReason why = decision != null
                ? PlanReason.checkAfterDecisionDate(decision, day, calendar.holidaysBetween(decision, day), away)
                : afterThreeDays
                        ? PlanReason.checkAfterThreeBusinessDays(contact.name(),
                                calendar.holidaysBetween(interviewDay, day), away)
                        : PlanReason.checkAfterAWeek(contact.name(),
                                calendar.holidaysBetween(weekLater.minusDays(1), day), away);
        check(1, FollowUpType.STATUS_CHECK, contact, first, Channel.EMAIL, rules, why);

        LocalDate last = first;
        for (int contactNo = 2; contactNo <= facts.cadence().contacts; contactNo++) {
            boolean isFinal = contactNo == facts.cadence().contacts;
            RuleIds next = new RuleIds("R7");
            LocalDate target = facts.cadence() == Cadence.PERSISTENT
                    ? calendar.onOrAfter(last.plusDays(PERSISTENT_SPACING_DAYS))
                    : latestOf(calendar.onOrAfter(interviewDay.plusDays(FINAL_FOLLOW_UP_DAYS)),
                            calendar.plusBusinessDays(last, FINAL_AFTER_CHECK_BUSINESS_DAYS));
            next.add("R14");
            // R13: a call is an escalation, and only where rapport or an invitation allows it.
            Channel channel = isFinal && facts.phoneInvited() ? Channel.PHONE : Channel.EMAIL;
            if (channel == Channel.PHONE) {
                next.add("R13");
            }
            // No R6 here: the first check already waited for the contact's return, and this one comes later.
            PlanReason reason = PlanReason.laterCheck(isFinal, channel == Channel.PHONE, contact.name(), target);
            check(contactNo, isFinal ? FollowUpType.FINAL_FOLLOW_UP : FollowUpType.STATUS_CHECK, contact, target,
                    channel, next, reason);
            last = target;
        }
        if (facts.linkedInConnectionAllowed()) {
            linkedInConnections(first);
        }
        moveOn(last, List.of("R8", "R7"), PlanReason.MOVE_ON_AFTER_SILENCE);
    }

    /** R13: a LinkedIn connection with a short note, once the first status check went unanswered. */
    private void linkedInConnections(LocalDate firstCheck) {
        LocalDate after = calendar.nextBusinessDay(calendar.plusBusinessDays(firstCheck, CHECK_WINDOW_DAYS));
        for (Recipient interviewer : facts.interviewers()) {
            RuleIds rules = new RuleIds("R13", "R14");
            LocalDate day = contactDay(interviewer, after, rules);
            plan.add(new PlannedFollowUp("linkedin:" + interviewer.id(), FollowUpType.LINKEDIN_CONNECTION,
                    interviewer.id(), Channel.LINKEDIN, calendar.opening(day),
                    calendar.closing(calendar.plusBusinessDays(day, CHECK_WINDOW_DAYS)), calendar.opening(day),
                    rules.list(), PlanReason.linkedInConnection(interviewer.name(), interviewer.onLinkedIn())));
        }
    }

    /** R5 and R10: the employer answered and named a new date; check once after it. */
    private void checkAfterAnswer(LocalDate nextDecision) {
        Recipient contact = facts.interviewers().get(0);
        RuleIds rules = new RuleIds("R10", "R5", "R14");
        LocalDate day = contactDay(contact, calendar.nextBusinessDay(nextDecision), rules);
        plan.add(check("check:answer:" + nextDecision, FollowUpType.STATUS_CHECK, contact, day, Channel.EMAIL,
                rules, PlanReason.checkAfterAnswer(nextDecision, day)));
        moveOn(day, List.of("R8", "R10"), PlanReason.MOVE_ON_AFTER_ANSWER);
    }

    /** R9: the employer asked not to be chased; wait, and move on if nothing comes. */
    private void waitWithoutFollowingUp() {
        LocalDate decision = facts.expectedDecisionDate();
        LocalDate waitUntil = decision != null
                ? calendar.nextBusinessDay(decision)
                : interviewDay.plusDays(FINAL_FOLLOW_UP_DAYS - MOVE_ON_AFTER_DAYS);
        moveOn(waitUntil, List.of("R9", "R8"), PlanReason.MOVE_ON_UNCHASED);
    }

    private void moveOn(LocalDate lastContact, List<String> rules, PlanReason reason) {
        LocalDate day = calendar.onOrAfter(lastContact.plusDays(MOVE_ON_AFTER_DAYS));
        List<String> all = new ArrayList<>(rules);
        all.add("R14");
        plan.add(new PlannedFollowUp("move_on", FollowUpType.MOVE_ON, null, null, calendar.opening(day),
                calendar.closing(calendar.plusBusinessDays(day, CHECK_WINDOW_DAYS)), calendar.opening(day),
                List.copyOf(all), reason));
    }

    // --- after a rejection: R11 ---

    private void rejectionFeedback(Outcome rejection) {
        Recipient contact = facts.interviewers().get(0);
        LocalDate lastDay = calendar.plusBusinessDays(calendar.dateOf(rejection.at()), REJECTION_REPLY_DAYS);
        plan.add(new PlannedFollowUp("rejection_feedback", FollowUpType.REJECTION_FEEDBACK, contact.id(), Channel.EMAIL,
                rejection.at(), calendar.closing(lastDay), calendar.nextWorkingMoment(rejection.at()),
                List.of("R11", "R10", "R14"), PlanReason.rejectionFeedback(contact.name(), lastDay)));
    }

    // --- building blocks ---

    private void check(int number, FollowUpType type, Recipient contact, LocalDate day, Channel channel, RuleIds rules,
            PlanReason reason) {
        plan.add(check("check:" + number, type, contact, day, channel, rules, reason));
    }

    private PlannedFollowUp check(String key, FollowUpType type, Recipient contact, LocalDate day, Channel channel,
            RuleIds rules, PlanReason reason) {
        Instant opens = calendar.opening(day);
        return new PlannedFollowUp(key, type, contact.id(), channel, opens,
                calendar.closing(calendar.plusBusinessDays(day, CHECK_WINDOW_DAYS)), opens, rules.list(), reason);
    }

    /** R6: the day a message to this person can be due: {@code day}, or the first business day after their absence. */
    private LocalDate contactDay(Recipient recipient, LocalDate day, RuleIds rules) {
        if (isAway(recipient, day)) {
            rules.addFirst("R6");
            return calendar.nextBusinessDay(recipient.awayUntil());
        }
        return day;
    }

    private static ReasonWording.Away awayUntil(Recipient recipient, LocalDate back) {
        return new ReasonWording.Away(recipient.name(), recipient.awayUntil(), back);
    }

    private static boolean isAway(Recipient recipient, LocalDate day) {
        return recipient.awayUntil() != null && !recipient.awayUntil().isBefore(day);
    }

    private static LocalDate latestOf(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant latestOf(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
