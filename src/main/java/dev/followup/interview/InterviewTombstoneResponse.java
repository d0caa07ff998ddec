package dev.followup.interview;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A deleted interview as the list shows it to a syncing integration. */
@Schema(name = "InterviewTombstone", description = "What remains of a deleted interview for 30 days, so that an integration syncing with `modifiedAfter` learns of the deletion (as `remote_was_deleted` does elsewhere). Listed only with `includeDeleted=true`, in the `modifiedAt` order, `deletedAt` standing for `modifiedAt`.")
public record InterviewTombstoneResponse(
        @Schema(description = "The deleted interview's id.", example = "0194f1a2-7c3e-7d4b-9a10-2b3c4d5e6f70", required = true) UUID id,
        @Schema(description = "The candidate the interview belonged to.", example = "candidate-7f3a", required = true) String candidateId,
        @Schema(description = "The system the interview came from.", example = "greenhouse", required = true) InterviewSource source,
        @Schema(description = "The interview's id in the source system, if it had one.", example = "gh-int-48213") String remoteId,
        @Schema(description = "When the interview was deleted.", example = "2026-03-20T09:30:00Z", required = true) OffsetDateTime deletedAt,
        @Schema(description = "Who deleted it: the `sub` of the token used.", example = "greenhouse-sync", required = true) String deletedBy)
        implements
            InterviewListItem {

    static InterviewTombstoneResponse from(InterviewTombstone tombstone) {
        return new InterviewTombstoneResponse(tombstone.id, tombstone.ownerId, tombstone.source, tombstone.remoteId,
                tombstone.deletedAt.atOffset(ZoneOffset.UTC), tombstone.deletedBy);
    }
}
