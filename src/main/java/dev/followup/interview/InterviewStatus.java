package dev.followup.interview;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where the interview is in its lifecycle: scheduled (not yet held), completed (held, waiting for the employer), cancelled, or closed (the process ended). */
@Schema(description = "Where the interview is in its lifecycle: scheduled (not yet held), completed (held, waiting for the employer), cancelled, or closed (the process ended).")
public enum InterviewStatus {
    @JsonProperty("scheduled")
    SCHEDULED,
    @JsonProperty("completed")
    COMPLETED,
    @JsonProperty("cancelled")
    CANCELLED,
    @JsonProperty("closed")
    CLOSED;
}
