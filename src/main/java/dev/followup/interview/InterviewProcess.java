package dev.followup.interview;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import dev.followup.identity.Caller;
import dev.followup.identity.CurrentCaller;
import dev.followup.validation.InvalidParameterException;
import dev.followup.validation.Parameters;

/**
 * What happens to a hiring process after its interviews: the employer's outcome, which closes or
 * reopens every round of the process (R10 to R12), and the channel the candidate last used. Each
 * change is announced ({@link InterviewsChanged}), and the plan listens.
 */
@ApplicationScoped
public class InterviewProcess {

    private final Clock clock;
    private final CurrentCaller currentCaller;
    private final Event<InterviewsChanged> changes;
    private final Event<InterviewEvent> events;

    InterviewProcess(Clock clock, CurrentCaller currentCaller, Event<InterviewsChanged> changes,
            Event<InterviewEvent> events) {
        this.clock = clock;
        this.currentCaller = currentCaller;
        this.changes = changes;
        this.events = events;
    }

    /** R10 to R12: what the employer did changes the whole process; its plan is recomputed in this transaction. */
    @Transactional
    public void recordOutcome(UUID interviewId, OutcomeRequest request) {
        Caller caller = currentCaller.get();
        Instant now = now();
        Instant at = Parameters.reportedAt(request.at(), now, "at");
        if (request.nextDecisionDate() != null && request.type() != OutcomeType.ANSWERED) {
            throw new InvalidParameterException("nextDecisionDate", "goes only with the outcome `answered`");
        }
        Interview interview = Interview.owned(caller, interviewId);
        refuseBeforeInterview(interview, request, at);
        if (request.nextDecisionDate() != null) {
            LocalDate answerDay = at.atZone(ZoneId.of(interview.timeZone)).toLocalDate();
            if (request.nextDecisionDate().isBefore(answerDay)) {
                throw new InvalidParameterException("nextDecisionDate", "must not be before the day of the answer");
            }
            if (request.nextDecisionDate().isAfter(answerDay.plusYears(1))) {
                throw new InvalidParameterException("nextDecisionDate", "must be within a year of the answer");
            }
        }
        boolean wasClosedHere = interview.outcome != null && interview.outcome.closesProcess;
        interview.outcome = request.type();
        interview.outcomeAt = at;
        interview.outcomeDecisionDate = request.nextDecisionDate();
        interview.touch(caller, now);
        List<Interview> rounds = Interview.roundsOf(caller.tenantId(), caller.ownerId(), interview.processId);
        boolean closedElsewhere = rounds.stream()
                .anyMatch(r -> r != interview && r.outcome != null && r.outcome.closesProcess);
        List<Interview> changed = new ArrayList<>(List.of(interview));
        for (Interview round : rounds) {
            if (request.type().closesProcess && round.status != InterviewStatus.CANCELLED
                    && round.status != InterviewStatus.CLOSED) {
                round.status = InterviewStatus.CLOSED;
                round.touch(caller, now);
                changed.add(round);
            } else if (!request.type().closesProcess && !closedElsewhere && round.status == InterviewStatus.CLOSED) {
                // A correction: the process is open again (a rejection recorded by mistake, say).
                round.status = round.endAt.isAfter(now) ? InterviewStatus.SCHEDULED : InterviewStatus.COMPLETED;
                round.touch(caller, now);
                changed.add(round);
            }
        }
        Interview.flush(); // the events carry the new versions
        changed.stream().distinct().forEach(round -> announce(InterviewEvent.Kind.UPDATED, caller, round));
        if (request.type().closesProcess && !closedElsewhere && !wasClosedHere) {
            announce(InterviewEvent.Kind.PROCESS_CLOSED, caller, interview);
        }
        changes.fire(new InterviewsChanged(caller.tenantId(), caller.ownerId(), Set.of(interview.processId)));
    }

    /** The channel of the candidate's latest follow-up marked done; in the caller's transaction. */
    @Transactional
    public void recordChannelUsed(UUID interviewId, Channel channel) {
        Caller caller = currentCaller.get();
        Interview interview = Interview.owned(caller, interviewId);
        interview.lastChannelUsed = channel;
        interview.touch(caller, now());
        Interview.flush();
        announce(InterviewEvent.Kind.UPDATED, caller, interview);
    }

    private void announce(InterviewEvent.Kind kind, Caller caller, Interview interview) {
        events.fire(new InterviewEvent(kind, caller.tenantId(), caller.ownerId(), InterviewResponse.from(interview)));
    }

    /** What the employer did can only follow an interview that took place. */
    private static void refuseBeforeInterview(Interview interview, OutcomeRequest request, Instant at) {
        if (interview.status == InterviewStatus.CANCELLED) {
            throw new OutcomeTooEarlyException("The interview was cancelled, so there is no outcome to record for it: "
                    + "record it on a round of the process that took place.");
        }
        if (at.isBefore(interview.endAt)) {
            String end = interview.endAt.atZone(ZoneId.of(interview.timeZone)).toOffsetDateTime().toString();
            if (request.at() != null) {
                throw new InvalidParameterException("at", "must not be before the interview ended (" + end + ")");
            }
            throw new OutcomeTooEarlyException("The interview has not taken place yet (it ends at " + end
                    + "): record what the employer did once it has, or cancel the interview.");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
