package dev.followup.schedule;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The candidate asks to be reminded later. */
@Schema(name = "SnoozeRequest", description = "When to be reminded of the follow-up again.")
public record SnoozeRequest(
        @Schema(description = "When the follow-up should become due again, ISO-8601 with an offset: in the future, not before its window opens, and within 90 days. "
                + "A time after the window closes is accepted, and the follow-up's `snoozeNote` says what that means.", example = "2026-03-06T16:00:00+01:00", required = true) @NotNull OffsetDateTime until) {
}
