package dev.followup.schedule;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Fired inside the writing transaction when a follow-up was planned, moved, closed or cancelled, or when
 * its moment came (the sweep), so that the event is recorded in the same commit as the change.
 *
 * @param previous for {@link Kind#CHANGED}: where the item stood before
 */
public record FollowUpEvent(Kind kind, String tenantId, String ownerId, FollowUpResponse followUp, Before previous) {

    public enum Kind {
        PLANNED,
        /** Moved to another window, or done or skipped by the candidate. */
        CHANGED,
        /** The plan no longer needs it; the follow-up's status note says why. */
        CANCELLED,
        /** Its window opened, or a snooze ended. */
        DUE,
        /** Its window closed and it was not done. */
        OVERDUE
    }

    /** The window and status of an item before it changed. */
    @Schema(name = "FollowUpBefore", description = "In a `follow_up.changed` event (`previous`): where the follow-up stood before it changed, its window and its status.")
    public record Before(
            @Schema(description = "When the window opened.", example = "2026-03-06T14:00:00Z", required = true) OffsetDateTime earliestAt,
            @Schema(description = "When it closed.", example = "2026-03-07T14:00:00Z", required = true) OffsetDateTime latestAt,
            @Schema(description = "The moment suggested.", example = "2026-03-06T16:00:00Z", required = true) OffsetDateTime suggestedAt,
            @Schema(description = "Its status then.", example = "pending", required = true) FollowUpStatus status) {

        static Before of(FollowUp item, Instant now) {
            return new Before(item.earliestAt.atOffset(ZoneOffset.UTC), item.latestAt.atOffset(ZoneOffset.UTC),
                    item.suggestedAt.atOffset(ZoneOffset.UTC),
                    FollowUpStatus.of(item.state, item.earliestAt, item.latestAt, now));
        }
    }
}
