package dev.followup.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.followup.interview.Cadence;
import dev.followup.interview.Channel;
import dev.followup.interview.CompanyCulture;
import dev.followup.interview.FirstCheck;
import dev.followup.interview.OutcomeType;

/**
 * Everything the planner needs to know about one interview, as plain values.
 *
 * @param interviewEnd          when the interview ended
 * @param interviewers          in the order given; the first one receives the status checks
 * @param expectedDecisionDate  the date the employer said they would decide by, or null
 * @param lastEmployerChannel   the channel the employer last used, or null
 * @param phoneInvited          whether rapport was established or the employer invited a call (R13)
 * @param inactive              nothing is to be planned: the round was cancelled, or its process was
 *                              closed by another round's outcome or marked closed (R10)
 * @param supersededByLaterRound whether a later round of the same process exists (R12)
 * @param outcome               the latest thing the employer did, or null while waiting
 * @param registeredAt          when the service learnt of the interview: steps whose window had closed
 *                              by then are missed, not overdue (late registration); null when unknown
 */
public record PlanFacts(
        Instant interviewEnd,
        CompanyCulture culture,
        List<Recipient> interviewers,
        LocalDate expectedDecisionDate,
        Channel lastEmployerChannel,
        boolean noFollowUpRequested,
        boolean linkedInConnectionAllowed,
        boolean phoneInvited,
        Cadence cadence,
        FirstCheck firstCheck,
        boolean inactive,
        boolean supersededByLaterRound,
        Outcome outcome,
        Instant registeredAt) {

    /** One interviewer as a recipient of follow-ups. */
    public record Recipient(UUID id, String name, LocalDate awayUntil, boolean onLinkedIn) {
    }

    /**
     * What the employer did and when; {@code nextDecisionDate} is a new date they named in an answer.
     */
    public record Outcome(OutcomeType type, Instant at, LocalDate nextDecisionDate) {
    }
}
