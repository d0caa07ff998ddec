package dev.followup.privacy;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an erasure removed: the answer to DELETE /candidate-data, and what its audit record keeps. */
@Schema(name = "CandidateErasure", description = "An erasure that has committed: every row about the candidate removed, counted per table. Its record keeps no personal data.")
public record CandidateErasureResponse(
        @Schema(description = "The erasure's audit record.", example = "0194f1a2-e63e-7d4b-9a10-2b3c4d5e6fb1", required = true) UUID id,
        @Schema(description = "When it was recorded, just before its commit.", example = "2026-03-09T10:00:00Z", required = true) OffsetDateTime erasedAt,
        @Schema(description = "Who asked: an integration's `sub`, or `candidate` when the candidate erased their own data.", example = "greenhouse-sync", required = true) String erasedBy,
        @Schema(description = "The rows removed, per table; 0 where the candidate had none.", example = "{\"interview\": 3, \"interviewer\": 5, \"follow_up\": 14}", required = true) Map<String, Integer> rows,
        @Schema(description = "All rows removed; 0 when nothing was stored (an erasure repeated, for one).", example = "22", required = true) int total) {

    /** Who {@code erasedBy} names when the candidate erased their own data: their id is not kept. */
    public static final String BY_CANDIDATE = "candidate";
}
