package dev.followup.draft;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One thing a careful reader would fix before sending. */
@Schema(name = "QualityIssue", description = "One thing to fix before sending, with the message rule it comes from.")
public record QualityIssue(
        @Schema(description = "What kind of problem: `unfilled_field`, `generic`, `missing_greeting`, `missing_closing`, `missing_contact`, `too_long`, `emoji`, `slang`, `exclamation`, `question_in_thank_you` or `too_similar`.", example = "generic", required = true) String code,
        @Schema(description = "The message rule it comes from.", example = "M9", required = true) String rule,
        @Schema(description = "`error` (fix before sending) or `warning` (worth a second look).", example = "warning", required = true) String severity,
        @Schema(description = "What is wrong and what to do, in a sentence.", example = "No topic from the interview is mentioned: add one detail you discussed, so the message cannot have been sent to anyone.", required = true) String message) {
}
