package dev.followup.schedule;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a follow-up item asks the candidate to do. */
@Schema(description = "What to do: thank an interviewer (R1, R2), connect on LinkedIn (R13), check on the status (R4, R5), send a final follow-up (R7), answer a rejection (R11), or move on (R8).")
public enum FollowUpType {
    @JsonProperty("thank_you")
    THANK_YOU,
    @JsonProperty("linkedin_connection")
    LINKEDIN_CONNECTION,
    @JsonProperty("status_check")
    STATUS_CHECK,
    @JsonProperty("final_follow_up")
    FINAL_FOLLOW_UP,
    @JsonProperty("rejection_feedback")
    REJECTION_FEEDBACK,
    @JsonProperty("move_on")
    MOVE_ON;
}
