package dev.followup.draft;

import dev.followup.interview.Channel;
import dev.followup.schedule.FollowUpType;

/** A written draft, before its quality is checked. */
public record Draft(FollowUpType type, Channel channel, Tone tone, int variant, String subject, String body,
        String mailto) {
}
