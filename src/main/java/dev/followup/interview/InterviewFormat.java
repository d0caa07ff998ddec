package dev.followup.interview;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How the interview was held. */
@Schema(description = "How the interview was held.")
public enum InterviewFormat {
    @JsonProperty("in_person")
    IN_PERSON,
    @JsonProperty("video")
    VIDEO,
    @JsonProperty("phone")
    PHONE;
}
