package dev.followup.interview;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An entry of the interview list: an interview, or, when deletions are asked for, what remains of a deleted one. */
@Schema(name = "InterviewListItem", description = "An interview, or (only with `includeDeleted=true`) the tombstone of a deleted one; a tombstone is told apart by its `deletedAt`.", oneOf = {
        InterviewResponse.class, InterviewTombstoneResponse.class})
public sealed interface InterviewListItem permits InterviewResponse, InterviewTombstoneResponse {
}
