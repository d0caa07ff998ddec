package dev.followup.interview;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One write of a batch: an upsert by remote id, for the candidate it names. */
@Schema(name = "InterviewBatchItem", description = "One interview of a batch: created, or replaced when the candidate already has one with this `source` and `remoteId`, as `PUT /interviews/by-remote-id/{source}/{remoteId}` does.")
public record InterviewBatchItem(
        @Schema(description = "The candidate the interview belongs to, as `On-Behalf-Of` names them on a single call. Required for an integration; a candidate may leave it out or name themselves.", example = "candidate-7f3a", maxLength = 255) @Size(max = 255) String candidateId,
        @Schema(description = "The system the interview comes from.", example = "greenhouse", required = true) @NotNull InterviewSource source,
        @Schema(description = "The interview's id in that system.", example = "gh-int-48213", required = true, maxLength = 128, pattern = InterviewRequest.REMOTE_ID) @NotNull @Size(min = 1, max = 128) @Pattern(regexp = InterviewRequest.REMOTE_ID, message = InterviewRequest.REMOTE_ID_MESSAGE) String remoteId,
        @Schema(description = "The ETag last read, as `If-Match` on a single call: the item is written only if the interview is still at that version (412 otherwise, or when there is no interview to match).", example = "\"3\"", maxLength = 200) @Size(max = 200) String ifMatch,
        @Schema(description = "The interview. Its `source` and `remoteId`, when given, must equal the item's.", required = true) @NotNull @Valid InterviewRequest interview) {
}
