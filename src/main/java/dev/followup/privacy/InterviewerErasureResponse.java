package dev.followup.privacy;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an interviewer's erasure changed: the answer to POST /interviewer-erasures and its audit record. */
@Schema(name = "InterviewerErasure", description = "An interviewer's erasure that has committed: removed from every interview of the tenant, and their name and email replaced wherever stored text still held them. Its record keeps no personal data.")
public record InterviewerErasureResponse(
        @Schema(description = "The erasure's audit record.", example = "0194f1a2-e63e-7d4b-9a10-2b3c4d5e6fb2", required = true) UUID id,
        @Schema(description = "When it was recorded, just before its commit.", example = "2026-03-09T10:00:00Z", required = true) OffsetDateTime erasedAt,
        @Schema(description = "The integration that asked (its `sub`).", example = "greenhouse-sync", required = true) String erasedBy,
        @Schema(description = "The interviews the interviewer was removed from; each was changed (an `interview.updated` event) and its plan recomputed.", example = "3", required = true, minimum = "0") int interviews,
        @Schema(description = "The rows removed or rewritten, per table: `interviewer` rows removed, `follow_up` items that no longer name them, `saved_draft` rows deleted (drafts to them) or redacted, `event`, `inbound_event` and `idempotency_key` bodies redacted.", example = "{\"interviewer\": 3, \"follow_up\": 5, \"event\": 9}", required = true) Map<String, Integer> rows,
        @Schema(description = "All rows removed or rewritten; 0 when no interview named the address (an erasure repeated, for one).", example = "17", required = true, minimum = "0") int total) {
}
