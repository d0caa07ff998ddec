package dev.followup.interview;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What the employer did, or that the candidate withdrew (R10 to R12). */
@Schema(description = "What happened: the employer `answered` (without a decision), `invited_next_round`, made an `offer` or `rejected` the candidate; or the candidate `withdrew`. Any of them stops the pending status checks (R10); an offer, a rejection or a withdrawal closes the process.")
public enum OutcomeType {
    @JsonProperty("answered")
    ANSWERED(false),
    @JsonProperty("invited_next_round")
    INVITED_NEXT_ROUND(false),
    @JsonProperty("offer")
    OFFER(true),
    @JsonProperty("rejected")
    REJECTED(true),
    @JsonProperty("withdrew")
    WITHDREW(true);

    /** Whether this outcome ends the hiring process (R10). */
    public final boolean closesProcess;

    OutcomeType(boolean closesProcess) {
        this.closesProcess = closesProcess;
    }
}
