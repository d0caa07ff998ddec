package dev.followup.interview;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How insistently to follow up when the employer is silent (R7). The guides disagree, so each view
 * is a preset: one status check then a final follow-up two weeks after the interview (standard),
 * one check-in and then move on (conservative), or weekly check-ins until a decision, bounded
 * (persistent).
 */
@Schema(description = "How insistently to follow up when the employer is silent (R4, R7): `standard` = a status check about a week after the interview and a final follow-up about two weeks after it; `conservative` = one status check, then move on; `persistent` = weekly status checks, at most four in all, the last one final.")
public enum Cadence {
    @JsonProperty("standard")
    STANDARD(2),
    @JsonProperty("conservative")
    CONSERVATIVE(1),
    @JsonProperty("persistent")
    PERSISTENT(4);

    /** How many messages chase the employer at most, the first status check included. */
    public final int contacts;

    Cadence(int contacts) {
        this.contacts = contacts;
    }
}
