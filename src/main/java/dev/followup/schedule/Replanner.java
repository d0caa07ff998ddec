package dev.followup.schedule;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;

import dev.followup.interview.Interview;
import dev.followup.interview.InterviewEvent;
import dev.followup.interview.InterviewStatus;
import dev.followup.interview.Interviewer;
import dev.followup.interview.InterviewsChanged;
import dev.followup.schedule.PlanFacts.Outcome;
import dev.followup.schedule.PlanFacts.Recipient;
import dev.followup.system.Ids;

/**
 * Keeps every interview's stored plan equal to what the planner says. Plans are recomputed in the
 * transaction of the change that caused it, per hiring process, so rounds supersede each other
 * consistently (R12); each item planned, moved or cancelled is announced ({@link FollowUpEvent}).
 */
@ApplicationScoped
class Replanner {

    private static final String MISSED_NOTE = "Its window had closed before the interview was registered.";
    private static final String DELETED_NOTE = "The interview was deleted.";

    private final Clock clock;
    private final ScheduleConfig config;
    private final Event<FollowUpEvent> events;

    Replanner(Clock clock, ScheduleConfig config, Event<FollowUpEvent> events) {
        this.clock = clock;
        this.config = config;
        this.events = events;
    }

    void onInterviewsChanged(@Observes InterviewsChanged change) {
        if (change.startedProcess() != null) {
            replan(List.of(change.startedProcess()), Map.of()); // nothing else to read: a new process, no plan yet
            return;
        }
        change.processIds().forEach(processId -> replan(change.tenantId(), change.ownerId(), processId));
    }

    /** An interview about to be deleted takes its plan with it: its open items are cancelled first. */
    void onInterviewDeleted(@Observes InterviewEvent event) {
        if (event.kind() != InterviewEvent.Kind.DELETED) {
            return;
        }
        Instant now = now();
        FollowUp.<FollowUp>list("tenantId = ?1 and interviewId = ?2 and state = ?3", event.tenantId(),
                event.interview().id(), FollowUpState.OPEN).forEach(item -> {
                    item.changeState(FollowUpState.CANCELLED, DELETED_NOTE, now);
                    announce(FollowUpEvent.Kind.CANCELLED, item, null, now);
                });
    }

    /** Recomputes the plans of every round of one hiring process and stores the difference. */
    void replan(String tenant, String owner, UUID processId) {
        List<Interview> rounds = Interview.roundsOf(tenant, owner, processId);
        if (rounds.isEmpty()) {
            return;
        }
        // One seek by interview per round (a process has a handful): neither a join, which PostgreSQL may plan
        // as nested scans on statistics taken when the tables were empty, nor "interview_id in (...)", which H2
        // seeks only on an index's first column (every index here leads with the tenant).
        Map<UUID, List<FollowUp>> stored = new HashMap<>();
        for (Interview round : rounds) {
            stored.put(round.id, FollowUp.list("tenantId = ?1 and interviewId = ?2", tenant, round.id));
        }
        replan(rounds, stored);
    }

    /** Plans the rounds of one process afresh and stores the difference from their {@code stored} items. */
    private void replan(List<Interview> rounds, Map<UUID, List<FollowUp>> stored) {
        // R12: the latest round that still takes place carries the cadence; earlier ones are superseded. A round
        // left without interviewers (all erased) has no one to follow up with, so it supersedes nothing.
        Interview current = rounds.stream()
                .filter(r -> r.status != InterviewStatus.CANCELLED && !r.interviewers.isEmpty())
                .max(Comparator.comparing((Interview r) -> r.startAt).thenComparing(r -> r.id)).orElse(null);
        // R10: an offer, a rejection or a withdrawal closes the process, and so does a round marked closed.
        boolean closedByOutcome = rounds.stream().anyMatch(r -> r.outcome != null && r.outcome.closesProcess);
        boolean closed = closedByOutcome
                || rounds.stream().anyMatch(r -> r.outcome == null && r.status == InterviewStatus.CLOSED);
        Instant now = now();
        for (Interview round : rounds) {
            boolean ownOutcomeCloses = round.outcome != null && round.outcome.closesProcess;
            boolean inactive = round.status == InterviewStatus.CANCELLED || (closed && !ownOutcomeCloses);
            PlanFacts facts = factsOf(round, current != null && current != round, inactive);
            List<PlannedFollowUp> plan = FollowUpPlanner.plan(facts, calendarOf(round));
            store(round, plan, stored.getOrDefault(round.id, List.of()),
                    cancellationNote(round, facts, closed, closedByOutcome), now);
        }
    }

    private void store(Interview interview, List<PlannedFollowUp> plan, List<FollowUp> stored, String note,
            Instant now) {
        FollowUp.Label label = new FollowUp.Label(interview.companyName, interview.jobTitle, interview.timeZone);
        Map<String, FollowUp> byKey = stored.stream().collect(Collectors.toMap(f -> f.planKey, Function.identity()));
        Map<UUID, String> names = interview.interviewers.stream()
                .collect(Collectors.toMap(i -> i.id, i -> i.name));
        Set<String> planned = new HashSet<>();
        for (PlannedFollowUp item : plan) {
            planned.add(item.key());
            FollowUp existing = byKey.get(item.key());
            String interviewer = item.interviewerId() == null ? null : names.get(item.interviewerId());
            FollowUpState state = item.missed() ? FollowUpState.MISSED : FollowUpState.OPEN;
            if (existing == null) {
                FollowUp created = new FollowUp();
                created.tenantId = interview.tenantId;
                created.ownerId = interview.ownerId;
                created.interviewId = interview.id;
                created.planKey = item.key();
                created.state = state;
                created.stateNote = item.missed() ? MISSED_NOTE : null;
                created.createdAt = now;
                created.modifiedAt = now;
                created.apply(item, label, interviewer, now);
                created.id = Ids.newId(); // after apply: a new item (no id yet) starts at sequence 0
                created.rearm();
                created.persist();
                announce(FollowUpEvent.Kind.PLANNED, created, null, now);
            } else if (existing.state == FollowUpState.OPEN || existing.state == FollowUpState.CANCELLED
                    || existing.state == FollowUpState.MISSED) {
                FollowUpEvent.Before before = FollowUpEvent.Before.of(existing, now);
                FollowUpState formerState = existing.state;
                int formerSequence = existing.sequence;
                existing.apply(item, label, interviewer, now);
                if (existing.state != state) {
                    existing.changeState(state, item.missed() ? MISSED_NOTE : null, now);
                }
                if (formerState == FollowUpState.CANCELLED && state != FollowUpState.CANCELLED) {
                    announce(FollowUpEvent.Kind.PLANNED, existing, null, now); // back in the plan
                } else if (existing.sequence != formerSequence) {
                    announce(FollowUpEvent.Kind.CHANGED, existing, before, now);
                }
            } else {
                existing.describe(label); // done and skipped items are history: never planned again
            }
        }
        for (FollowUp existing : stored) {
            if (!planned.contains(existing.planKey)) {
                existing.describe(label);
                if (existing.state == FollowUpState.OPEN) {
                    existing.changeState(FollowUpState.CANCELLED, note, now);
                    announce(FollowUpEvent.Kind.CANCELLED, existing, null, now);
                }
            }
        }
    }

    private PlanFacts factsOf(Interview interview, boolean superseded, boolean inactive) {
        List<Recipient> recipients = interview.interviewers.stream()
                .map((Interviewer i) -> new Recipient(i.id, i.name, i.awayUntil, i.linkedinUrl != null))
                .toList();
        Outcome outcome = interview.outcome == null
                ? null
                : new Outcome(interview.outcome, interview.outcomeAt, interview.outcomeDecisionDate);
        return new PlanFacts(interview.endAt, interview.companyCulture, recipients, interview.expectedDecisionDate,
                interview.lastEmployerChannel, interview.noFollowUpRequested, interview.linkedinConnectionAllowed,
                interview.phoneFollowUpInvited, interview.cadence, interview.firstCheck, inactive, superseded, outcome,
                interview.createdAt);
    }

    private BusinessCalendar calendarOf(Interview interview) {
        String country = interview.countryCode;
        return new BusinessCalendar(ZoneId.of(interview.timeZone), date -> PublicHolidays.keyOn(country, date),
                config.workStart(), config.workEnd());
    }

    /** Why open items that the new plan no longer holds are cancelled. */
    private static String cancellationNote(Interview interview, PlanFacts facts, boolean processClosed,
            boolean closedByOutcome) {
        if (interview.status == InterviewStatus.CANCELLED) {
            return "The interview was cancelled.";
        }
        if (processClosed && closedByOutcome) {
            return "The hiring process is closed (R10).";
        }
        if (processClosed) {
            return "The interview was marked closed, which ends its hiring process.";
        }
        if (facts.outcome() != null) {
            return "The employer answered, so pending status checks stop (R10).";
        }
        if (facts.supersededByLaterRound()) {
            return "A later round restarted the follow-ups (R12).";
        }
        if (facts.noFollowUpRequested()) {
            return "The employer asked candidates not to follow up (R9).";
        }
        return "The interview changed, so this item no longer applies.";
    }

    private void announce(FollowUpEvent.Kind kind, FollowUp item, FollowUpEvent.Before previous, Instant now) {
        events.fire(new FollowUpEvent(kind, item.tenantId, item.ownerId, FollowUpResponse.from(item, now), previous));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
