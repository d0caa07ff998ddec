package dev.followup.schedule;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.followup.interview.Channel;

/**
 * One thing the candidate should do, as the planner sees it.
 *
 * @param key           stable across recomputations ("thank_you:&lt;interviewer&gt;", "check:2", ...), so a
 *                      replanned item is updated in place rather than duplicated
 * @param interviewerId whom it is for; null for items about the whole process (move on)
 * @param channel       how to send it; null when nothing is sent (move on)
 * @param suggested     the best moment inside the window, in working hours where the rules allow
 * @param rules         the ids of the rules that produced it, in order of importance
 * @param missed        its window had closed before the interview was registered: nothing to do any more
 */
public record PlannedFollowUp(
        String key,
        FollowUpType type,
        UUID interviewerId,
        Channel channel,
        Instant earliest,
        Instant latest,
        Instant suggested,
        List<String> rules,
        PlanReason reason,
        boolean missed) {

    PlannedFollowUp(String key, FollowUpType type, UUID interviewerId, Channel channel, Instant earliest,
            Instant latest, Instant suggested, List<String> rules, PlanReason reason) {
        this(key, type, interviewerId, channel, earliest, latest, suggested, rules, reason, false);
    }

    PlannedFollowUp asMissed() {
        return new PlannedFollowUp(key, type, interviewerId, channel, earliest, latest, suggested, rules, reason, true);
    }

    PlannedFollowUp movedTo(Instant newEarliest, Instant newLatest, Instant newSuggested, PlanReason why) {
        return new PlannedFollowUp(key, type, interviewerId, channel, newEarliest, newLatest, newSuggested, rules, why,
                false);
    }
}
