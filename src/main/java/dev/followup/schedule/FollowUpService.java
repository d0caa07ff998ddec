package dev.followup.schedule;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import dev.followup.identity.Caller;
import dev.followup.identity.CurrentCaller;
import dev.followup.interview.Channel;
import dev.followup.interview.Interview;
import dev.followup.interview.InterviewNotFoundException;
import dev.followup.interview.InterviewProcess;
import dev.followup.interview.InterviewStatus;
import dev.followup.interview.Interviewer;
import dev.followup.interview.InterviewsChanged;
import dev.followup.schedule.PlanFacts.Outcome;
import dev.followup.schedule.PlanFacts.Recipient;
import dev.followup.system.Ids;
import dev.followup.validation.Parameters;

/**
 * Keeps every interview's stored plan equal to what the planner says, and records what the
 * employer and the candidate did. Plans are recomputed in the transaction of the change that
 * caused it, per hiring process, so rounds supersede each other consistently (R12).
 * Reads run without a transaction: the request's session then only reads and is never flushed.
 */
@ApplicationScoped
public class FollowUpService {

    private static final String MISSED_NOTE = "Its window had closed before the interview was registered.";

    private final Clock clock;
    private final CurrentCaller currentCaller;
    private final ScheduleConfig config;
    private final InterviewProcess process;

    FollowUpService(Clock clock, CurrentCaller currentCaller, ScheduleConfig config, InterviewProcess process) {
        this.clock = clock;
        this.currentCaller = currentCaller;
        this.config = config;
        this.process = process;
    }

    void onInterviewsChanged(@Observes InterviewsChanged change) {
        change.processIds().forEach(processId -> replan(change.tenantId(), change.ownerId(), processId));
    }

    /**
     * The hottest read: no transaction (the session is then read-only, nothing to flush) and, when the
     * interview has a plan, one query; the interview is looked up only to tell an empty plan from a 404.
     */
    public FollowUpList planOf(UUID interviewId) {
        Caller caller = currentCaller.get();
        FollowUpList plan = list(caller, interviewId);
        if (plan.items().isEmpty() && !Interview.exists(caller, interviewId)) {
            throw new InterviewNotFoundException(interviewId);
        }
        return plan;
    }

    public FollowUpResponse get(UUID id) {
        return FollowUpResponse.from(find(currentCaller.get(), id), now());
    }

    /** The candidate did it; the channel used becomes the interview's last channel used. */
    @Transactional
    public FollowUpResponse markDone(UUID id, DoneRequest request) {
        Caller caller = currentCaller.get();
        Instant now = now();
        FollowUp item = find(caller, id);
        if (item.state == FollowUpState.DONE) {
            return FollowUpResponse.from(item, now);
        }
        if (item.state != FollowUpState.OPEN && item.state != FollowUpState.MISSED) {
            // A missed item may well have been done before the interview was registered.
            throw new FollowUpClosedException("This follow-up was " + item.state.name().toLowerCase()
                    + " and cannot be marked done.");
        }
        Instant at = Parameters.reportedAt(request == null ? null : request.at(), now, "at");
        Channel channel = request == null || request.channel() == null ? item.channel : request.channel();
        item.changeState(FollowUpState.DONE, null, now);
        item.doneAt = at;
        item.doneChannel = channel;
        if (channel != null) {
            process.recordChannelUsed(item.interviewId, channel);
        }
        return FollowUpResponse.from(item, now);
    }

    @Transactional
    public FollowUpResponse skip(UUID id, SkipRequest request) {
        Caller caller = currentCaller.get();
        Instant now = now();
        FollowUp item = find(caller, id);
        if (item.state == FollowUpState.SKIPPED) {
            return FollowUpResponse.from(item, now);
        }
        if (item.state != FollowUpState.OPEN && item.state != FollowUpState.MISSED) {
            throw new FollowUpClosedException("This follow-up was " + item.state.name().toLowerCase()
                    + " and cannot be skipped.");
        }
        String note = request == null || request.note() == null || request.note().isBlank()
                ? "Skipped by the candidate."
                : request.note().strip();
        item.changeState(FollowUpState.SKIPPED, note, now);
        return FollowUpResponse.from(item, now);
    }

    // --- planning ---

    /** Recomputes the plans of every round of one hiring process and stores the difference. */
    void replan(String tenant, String owner, UUID processId) {
        List<Interview> rounds = Interview.roundsOf(tenant, owner, processId);
        if (rounds.isEmpty()) {
            return;
        }
        List<UUID> ids = rounds.stream().map(r -> r.id).toList();
        Map<UUID, List<FollowUp>> stored = FollowUp
                .<FollowUp>list("tenantId = ?1 and interviewId in ?2", tenant, ids).stream()
                .collect(Collectors.groupingBy(f -> f.interviewId));
        // R12: the latest round that still takes place carries the cadence; earlier ones are superseded.
        Interview current = rounds.stream().filter(r -> r.status != InterviewStatus.CANCELLED)
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
                created.persist();
            } else if (existing.state == FollowUpState.OPEN || existing.state == FollowUpState.CANCELLED
                    || existing.state == FollowUpState.MISSED) {
                existing.apply(item, label, interviewer, now);
                if (existing.state != state) {
                    existing.changeState(state, item.missed() ? MISSED_NOTE : null, now);
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
        return new BusinessCalendar(ZoneId.of(interview.timeZone), date -> PublicHolidays.on(country, date),
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

    // --- reading ---

    private FollowUpList list(Caller caller, UUID interviewId) {
        Instant now = now();
        return new FollowUpList(FollowUp
                .<FollowUp>list("tenantId = ?1 and ownerId = ?2 and interviewId = ?3 order by earliestAt, id",
                        caller.tenantId(), caller.ownerId(), interviewId)
                .stream().map(f -> FollowUpResponse.from(f, now)).toList());
    }

    private static FollowUp find(Caller caller, UUID id) {
        return FollowUp.<FollowUp>find("tenantId = ?1 and ownerId = ?2 and id = ?3", caller.tenantId(),
                caller.ownerId(), id).firstResultOptional().orElseThrow(() -> new FollowUpNotFoundException(id));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
