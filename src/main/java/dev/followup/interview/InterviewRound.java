package dev.followup.interview;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Which round of the hiring process the interview was. */
@Schema(description = "Which round of the hiring process the interview was.")
public enum InterviewRound {
    @JsonProperty("screening")
    SCREENING,
    @JsonProperty("technical")
    TECHNICAL,
    @JsonProperty("hr")
    HR,
    @JsonProperty("onsite")
    ONSITE,
    @JsonProperty("panel")
    PANEL,
    @JsonProperty("final")
    FINAL,
    @JsonProperty("other")
    OTHER;
}
