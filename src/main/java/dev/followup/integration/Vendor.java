package dev.followup.integration;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The applicant-tracking systems (or unified APIs) whose own webhooks a connection receives. */
@Schema(description = "Who sends the connection's webhooks: Merge (its unified ATS model, for many ATSs), Greenhouse, Lever or Ashby.", example = "ashby")
public enum Vendor {
    @JsonProperty("merge")
    MERGE,
    @JsonProperty("greenhouse")
    GREENHOUSE,
    @JsonProperty("lever")
    LEVER,
    @JsonProperty("ashby")
    ASHBY
}
