package dev.followup.interview;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The system that the interview comes from: an applicant-tracking system, a unified ATS API (merge), or manual entry. */
@Schema(description = "The system that the interview comes from: an applicant-tracking system, a unified ATS API (merge), or manual entry.")
public enum InterviewSource {
    @JsonProperty("greenhouse")
    GREENHOUSE,
    @JsonProperty("lever")
    LEVER,
    @JsonProperty("ashby")
    ASHBY,
    @JsonProperty("workable")
    WORKABLE,
    @JsonProperty("merge")
    MERGE,
    @JsonProperty("manual")
    MANUAL,
    @JsonProperty("other")
    OTHER;
}
