package dev.followup.integration;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

import dev.followup.interview.InterviewSource;

/** The applicant-tracking systems (or unified APIs) whose own webhooks a connection receives. */
@Schema(description = "Who sends a connection's webhooks: Merge (its unified ATS model), Greenhouse, Lever or Ashby.")
public enum Vendor {
    @JsonProperty("merge")
    MERGE,
    @JsonProperty("greenhouse")
    GREENHOUSE,
    @JsonProperty("lever")
    LEVER,
    @JsonProperty("ashby")
    ASHBY;

    /** The source that interviews of this vendor are registered with. */
    public InterviewSource source() {
        return InterviewSource.valueOf(name());
    }
}
