package dev.followup.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.followup.interview.Channel;
import dev.followup.schedule.PlanFacts.Outcome;
import dev.followup.schedule.PlanFacts.Recipient;

/**
 * Turns the facts of one interview into its follow-up plan, rule by rule (R1 to R14 of the domain
 * rules). Pure: the same facts and calendar always give the same plan, whatever the time is.
 */
public final class FollowUpPlanner {

    /** R1: "a few hours" after the interview. */
    static final Duration THANK_YOU_DELAY = Duration.ofHours(2);
    /** R1: a thank-you goes out within 24 hours. */
    static final Duration THANK_YOU_DEADLINE = Duration.ofHours(24);
    /** R2: a handwritten note is posted within two business days. */
    static final int NOTE_POSTING_DAYS = 2;
    /** How many business days a status check stays due before it is overdue. */
    static final int CHECK_WINDOW_DAYS = 2;
    /** R4: about one week after the interview. */
    static final int FIRST_CHECK_DAYS = 7;
    /** R4, seed 002: three business days. */
    static final int FIRST_CHECK_BUSINESS_DAYS = 3;
    /** R7: a final follow-up about two weeks after the interview ... */
    static final int FINAL_FOLLOW_UP_DAYS = 14;
    /** ... and at least a working week after the first check. */
    static final int FINAL_AFTER_CHECK_BUSINESS_DAYS = 5;
    /** R7 persistent: weekly. */
    static final int PERSISTENT_SPACING_DAYS = 7;
    /** R8: how long to wait for an answer to the last follow-up before moving on. */
    static final int MOVE_ON_AFTER_DAYS = 7;
    /** R11: answer a rejection within two business days. */
    static final int REJECTION_REPLY_DAYS = 2;
    /** R1 with R14: on the last working stretch of a day, leave this long to write before closing. */
    static final Duration LAST_STRETCH = Duration.ofMinutes(30);
    /** Late registration: a thank-you still counts up to this many business days after the interview. */
    static final int LATE_THANK_YOU_DAYS = 3;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

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
        planner.registeredLate();
        planner.plan.sort((a, b) -> a.earliest().compareTo(b.earliest()));
        return List.copyOf(planner.plan);
    }

    private void build() {
        if (facts.cancelled() || facts.interviewers().isEmpty()) {
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
        Instant end = facts.interviewEnd();
        Rules rules = new Rules();
        rules.add(channel == Channel.HANDWRITTEN_NOTE ? "R2" : "R1");
        rules.add("R3");
        Instant earliest;
        Instant latest;
        Instant suggested;
        String reason;
        if (isAway(interviewer, interviewDay)) {
            // R6: nothing is due before they are back.
            LocalDate back = calendar.nextBusinessDay(interviewer.awayUntil());
            rules.addFirst("R6");
            earliest = calendar.opening(back);
            latest = channel == Channel.HANDWRITTEN_NOTE
                    ? calendar.closing(calendar.plusBusinessDays(back, NOTE_POSTING_DAYS))
                    : earliest.plus(THANK_YOU_DEADLINE);
            suggested = earliest;
            rules.add("R14");
            reason = interviewer.name() + " is away until " + DATE.format(interviewer.awayUntil()) + ": "
                    + (channel == Channel.HANDWRITTEN_NOTE ? "post your handwritten note" : "send your thank-you")
                    + " when they are back, on " + DAY.format(back) + skipping(interviewer.awayUntil(), back) + ".";
        } else if (channel == Channel.HANDWRITTEN_NOTE) {
            LocalDate lastDay = calendar.plusBusinessDays(interviewDay, NOTE_POSTING_DAYS);
            earliest = end;
            latest = calendar.closing(lastDay);
            suggested = calendar.nextWorkingMoment(end.plus(THANK_YOU_DELAY));
            rules.add("R14");
            reason = noteReason() + " Post a handwritten thank-you to " + interviewer.name() + " by "
                    + DAY.format(lastDay)
                    + ", within two business days" + skipping(interviewDay, lastDay) + ".";
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
                reason = "Thank " + interviewer.name() + " by email before working hours end on " + DAY.format(day)
                        + ": the next working day starts after the 24 hours for a thank-you have passed.";
            } else if (suggested.isAfter(latest)) {
                // R1 before R14: no working hours fall within the 24 hours, so send it out of hours.
                suggested = preferred;
                reason = "Thank " + interviewer.name() + " by email a few hours after the interview, out of "
                        + "working hours: none fall within the 24 hours for a thank-you.";
            } else {
                rules.add("R14");
                reason = "Thank " + interviewer.name() + " by email within 24 hours of the interview, in a message "
                        + "of their own.";
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

    private String noteReason() {
        return switch (facts.culture()) {
            case TRADITIONAL -> "A traditional company values a handwritten note.";
            default -> "The employer wrote to you by post, so answer in kind.";
        };
    }

    // --- status checks: R4, R5, R6, R7, R8, R13 ---

    private void statusChecks() {
        Recipient contact = facts.interviewers().get(0);
        Rules rules = new Rules();
        LocalDate day;
        String why;
        LocalDate decision = facts.expectedDecisionDate();
        if (decision != null) {
            // R5: never before the decision date; the next business day after it.
            day = calendar.nextBusinessDay(decision);
            rules.add("R5");
            why = "Decision date " + DATE.format(decision) + " has passed: check in on the next business day, "
                    + DAY.format(day) + skipping(decision, day) + ".";
        } else if (facts.firstCheck() == FirstCheck.THREE_BUSINESS_DAYS) {
            day = calendar.plusBusinessDays(interviewDay, FIRST_CHECK_BUSINESS_DAYS);
            rules.add("R4");
            why = "No answer three business days after the interview: ask " + contact.name() + " for an update"
                    + skipping(interviewDay, day) + ".";
        } else {
            LocalDate weekLater = interviewDay.plusDays(FIRST_CHECK_DAYS);
            day = calendar.onOrAfter(weekLater);
            rules.add("R4");
            why = "No answer a week after the interview: ask " + contact.name() + " for an update"
                    + skipping(weekLater.minusDays(1), day) + ".";
        }
        rules.add("R14");
        LocalDate first = contactDay(contact, day, rules);
        if (!first.equals(day)) {
            why = why.substring(0, why.length() - 1) + "; " + awayNote(contact, first);
        }
        check(1, FollowUpType.STATUS_CHECK, contact, first, Channel.EMAIL, rules, why);

        LocalDate last = first;
        for (int contactNo = 2; contactNo <= facts.cadence().contacts; contactNo++) {
            boolean isFinal = contactNo == facts.cadence().contacts;
            Rules next = new Rules();
            next.add("R7");
            LocalDate target = facts.cadence() == Cadence.PERSISTENT
                    ? calendar.onOrAfter(last.plusDays(PERSISTENT_SPACING_DAYS))
                    : latestOf(calendar.onOrAfter(interviewDay.plusDays(FINAL_FOLLOW_UP_DAYS)),
                            calendar.plusBusinessDays(last, FINAL_AFTER_CHECK_BUSINESS_DAYS));
            next.add("R14");
            LocalDate contactOn = contactDay(contact, target, next);
            // R13: a call is an escalation, and only where rapport or an invitation allows it.
            Channel channel = isFinal && facts.phoneInvited() ? Channel.PHONE : Channel.EMAIL;
            if (channel == Channel.PHONE) {
                next.add("R13");
            }
            String reason = (isFinal
                    ? "Still no answer: a last, friendly follow-up" + (channel == Channel.PHONE
                            ? " by phone, since " + contact.name() + " invited a call"
                            : "")
                    : "Still no answer: a short weekly check-in")
                    + ", on " + DAY.format(contactOn)
                    + (contactOn.equals(target) ? "" : "; " + awayNote(contact, contactOn))
                    + ".";
            check(contactNo, isFinal ? FollowUpType.FINAL_FOLLOW_UP : FollowUpType.STATUS_CHECK, contact, contactOn,
                    channel, next, reason);
            last = contactOn;
        }
        if (facts.linkedInConnectionAllowed()) {
            linkedInConnections(first);
        }
        moveOn(last, List.of("R8", "R7"), "No answer to your last follow-up: stop writing, and put your energy "
                + "into your other applications.");
    }

    /** R13: a LinkedIn connection with a short note, once the first status check went unanswered. */
    private void linkedInConnections(LocalDate firstCheck) {
        LocalDate after = calendar.nextBusinessDay(calendar.plusBusinessDays(firstCheck, CHECK_WINDOW_DAYS));
        for (Recipient interviewer : facts.interviewers()) {
            Rules rules = new Rules();
            rules.add("R13");
            rules.add("R14");
            LocalDate day = contactDay(interviewer, after, rules);
            plan.add(new PlannedFollowUp("linkedin:" + interviewer.id(), FollowUpType.LINKEDIN_CONNECTION,
                    interviewer.id(), Channel.LINKEDIN, calendar.opening(day),
                    calendar.closing(calendar.plusBusinessDays(day, CHECK_WINDOW_DAYS)), calendar.opening(day),
                    rules.list(), "Your status check went unanswered: ask " + interviewer.name()
                            + " to connect on LinkedIn, with a short personal note."
                            + (interviewer.onLinkedIn()
                                    ? ""
                                    : " No LinkedIn address is known for them: find their profile by name, "
                                            + "or add it to the interview as linkedInUrl.")));
        }
    }

    /** R5 and R10: the employer answered and named a new date; check once after it. */
    private void checkAfterAnswer(LocalDate nextDecision) {
        Recipient contact = facts.interviewers().get(0);
        Rules rules = new Rules();
        rules.add("R10");
        rules.add("R5");
        rules.add("R14");
        LocalDate day = contactDay(contact, calendar.nextBusinessDay(nextDecision), rules);
        plan.add(check("check:answer:" + nextDecision, FollowUpType.STATUS_CHECK, contact, day, Channel.EMAIL,
                rules, "They answered and expect to decide by " + DATE.format(nextDecision)
                        + ": if you hear nothing, check in on " + DAY.format(day) + "."));
        moveOn(day, List.of("R8", "R10"), "No word since their answer: move on, and focus on your other applications.");
    }

    /** R9: the employer asked not to be chased; wait, and move on if nothing comes. */
    private void waitWithoutFollowingUp() {
        LocalDate decision = facts.expectedDecisionDate();
        LocalDate waitUntil = decision != null
                ? calendar.nextBusinessDay(decision)
                : interviewDay.plusDays(FINAL_FOLLOW_UP_DAYS - MOVE_ON_AFTER_DAYS);
        moveOn(waitUntil, List.of("R9", "R8"), "The employer asked candidates not to follow up: send no status "
                + "checks, and if no answer has come by now, move on.");
    }

    private void moveOn(LocalDate lastContact, List<String> rules, String reason) {
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
                List.of("R11", "R10", "R14"), "They decided against you: thank " + contact.name()
                        + " for letting you know and ask, briefly, for feedback, by " + DAY.format(lastDay) + "."));
    }

    // --- registered late: what is past is missed, what still makes sense is brought forward ---

    /**
     * An interview registered after the fact: a step whose window closed before registration is
     * missed, not overdue. A thank-you still counts within a few business days of the interview, so
     * it is due from registration until then (R1); when every status check is past, the process has
     * been silent too long for one, and the move-on is due at once (R8).
     */
    private void registeredLate() {
        Instant registered = facts.registeredAt();
        if (registered == null) {
            return;
        }
        LocalDate lateThanksDay = calendar.plusBusinessDays(interviewDay, LATE_THANK_YOU_DAYS);
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
            if (item.type() == FollowUpType.THANK_YOU && registered.isBefore(calendar.closing(lateThanksDay))) {
                plan.set(i, item.movedTo(registered, calendar.closing(lateThanksDay),
                        earliestOf(calendar.nextWorkingMoment(registered), calendar.closing(lateThanksDay)),
                        "Registered after the 24 hours for a thank-you had passed, but a thank-you still counts "
                                + "within a few days: send it by " + DAY.format(lateThanksDay) + "."));
            } else {
                plan.set(i, item.asMissed());
            }
        }
        for (int i = 0; i < plan.size(); i++) {
            PlannedFollowUp item = plan.get(i);
            if (item.type() == FollowUpType.MOVE_ON && (item.latest().isBefore(registered)
                    || anyCheck && everyCheckMissed && item.earliest().isAfter(registered))) {
                LocalDate today = calendar.onOrAfter(calendar.dateOf(registered));
                plan.set(i, item.movedTo(registered, calendar.closing(calendar.plusBusinessDays(today,
                        CHECK_WINDOW_DAYS)), calendar.nextWorkingMoment(registered),
                        "Registered after the time to follow up had passed, with no answer since the interview: "
                                + "it is too late to chase them; move on, and put your energy into your other "
                                + "applications."));
            }
        }
    }

    // --- building blocks ---

    private void check(int number, FollowUpType type, Recipient contact, LocalDate day, Channel channel, Rules rules,
            String reason) {
        plan.add(check("check:" + number, type, contact, day, channel, rules, reason));
    }

    private PlannedFollowUp check(String key, FollowUpType type, Recipient contact, LocalDate day, Channel channel,
            Rules rules, String reason) {
        Instant opens = calendar.opening(day);
        return new PlannedFollowUp(key, type, contact.id(), channel, opens,
                calendar.closing(calendar.plusBusinessDays(day, CHECK_WINDOW_DAYS)), opens, rules.list(), reason);
    }

    /** R6: the day a message to this person can be due: {@code day}, or the first business day after their absence. */
    private LocalDate contactDay(Recipient recipient, LocalDate day, Rules rules) {
        if (isAway(recipient, day)) {
            rules.addFirst("R6");
            return calendar.nextBusinessDay(recipient.awayUntil());
        }
        return day;
    }

    private String awayNote(Recipient recipient, LocalDate back) {
        return recipient.name() + " is away until " + DATE.format(recipient.awayUntil()) + ", so on " + DAY.format(back)
                + ".";
    }

    private static boolean isAway(Recipient recipient, LocalDate day) {
        return recipient.awayUntil() != null && !recipient.awayUntil().isBefore(day);
    }

    /** Names the public holidays strictly between two days, for the reason ("skipping Good Friday"). */
    private String skipping(LocalDate after, LocalDate until) {
        Set<String> holidays = new LinkedHashSet<>();
        for (LocalDate day = after.plusDays(1); day.isBefore(until); day = day.plusDays(1)) {
            calendar.holiday(day).ifPresent(holidays::add);
        }
        return holidays.isEmpty() ? "" : " (skipping " + String.join(" and ", holidays) + ")";
    }

    private static LocalDate latestOf(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant latestOf(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliestOf(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** Rule ids in order of importance, without repeats. */
    private static final class Rules {
        private final List<String> ids = new ArrayList<>();

        void add(String id) {
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }

        void addFirst(String id) {
            ids.remove(id);
            ids.add(0, id);
        }

        List<String> list() {
            return List.copyOf(ids);
        }
    }
}
