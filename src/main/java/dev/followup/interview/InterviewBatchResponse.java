package dev.followup.interview;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.followup.etag.VersionTag;
import dev.followup.problem.Problem;

/** What became of each item of a batch, in the order sent. */
@Schema(name = "InterviewBatchResponse", description = "The outcome of each item, in the order of the request.")
public record InterviewBatchResponse(
        @Schema(description = "One entry per item, in the order sent.", required = true) List<ItemResult> results,
        @Schema(description = "How many items were written (created or replaced).", example = "99", required = true) int succeeded,
        @Schema(description = "How many items were refused.", example = "1", required = true) int failed) {

    static InterviewBatchResponse of(List<ItemResult> results) {
        int succeeded = (int) results.stream().filter(r -> r.problem() == null).count();
        return new InterviewBatchResponse(results, succeeded, results.size() - succeeded);
    }

    /** One item's outcome: written (its id and ETag), or refused (the problem, as a single call would get). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "InterviewBatchItemResult", description = "The outcome of one item: `status` 201 (created) or 200 (replaced) with `id` and `etag`, or the status a single call would have got with its `problem`.")
    public record ItemResult(
            @Schema(description = "The item's position in the request, from 0.", example = "0", required = true) int index,
            @Schema(description = "201 created, 200 replaced, or the 4xx status of the problem.", example = "201", required = true) int status,
            @Schema(description = "The interview's id, when written.", example = "0194f1a2-7c3e-7d4b-9a10-2b3c4d5e6f70") UUID id,
            @Schema(description = "The interview's new ETag, when written.", example = "\"0\"") String etag,
            @Schema(description = "Why the item was refused; nothing of it was written.") Problem problem) {

        static ItemResult written(int index, InterviewService.Upserted upserted) {
            return new ItemResult(index, upserted.created() ? 201 : 200, upserted.interview().id(),
                    VersionTag.of(upserted.interview().version()), null);
        }

        static ItemResult refused(int index, Problem problem) {
            return new ItemResult(index, problem.status(), null, null, problem);
        }
    }
}
