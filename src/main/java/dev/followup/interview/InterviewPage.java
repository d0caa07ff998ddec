package dev.followup.interview;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list of interviews. */
@Schema(name = "InterviewPage", description = "One page of interviews, in a stable order. Pass `next` as the `cursor` query parameter to get the following page; it is absent on the last page.")
public record InterviewPage(
        @Schema(description = "The interviews on this page; with `includeDeleted=true`, tombstones of deleted ones among them, in the same order.", required = true) List<InterviewListItem> items,
        @Schema(description = "The cursor of the next page; absent when this is the last page.", example = "c3wxNzQxMjY2MDAwfDB8MDE5NGYxYTItN2MzZS03ZDRiLTlhMTAtMmIzYzRkNWU2Zjcw") String next) {
}
