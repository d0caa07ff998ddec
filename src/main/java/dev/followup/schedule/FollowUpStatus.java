package dev.followup.schedule;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What the candidate sees: an open item is pending, due or overdue depending on the time. */
@Schema(description = "`pending` (its window has not opened yet), `due` (act now), `overdue` (the window has closed and it was not done), `done`, `skipped` (by the candidate), `cancelled` (the plan no longer needs it; `statusNote` says why), or `missed` (its window had closed before the interview was registered: nothing to do).")
public enum FollowUpStatus {
    @JsonProperty("pending")
    PENDING,
    @JsonProperty("due")
    DUE,
    @JsonProperty("overdue")
    OVERDUE,
    @JsonProperty("done")
    DONE,
    @JsonProperty("skipped")
    SKIPPED,
    @JsonProperty("cancelled")
    CANCELLED,
    @JsonProperty("missed")
    MISSED;

    public static FollowUpStatus of(FollowUpState state, Instant earliest, Instant latest, Instant now) {
        return switch (state) {
            case DONE -> DONE;
            case SKIPPED -> SKIPPED;
            case CANCELLED -> CANCELLED;
            case MISSED -> MISSED;
            case OPEN -> now.isBefore(earliest) ? PENDING : now.isAfter(latest) ? OVERDUE : DUE;
        };
    }
}
