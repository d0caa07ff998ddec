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
        String reason) {
}
