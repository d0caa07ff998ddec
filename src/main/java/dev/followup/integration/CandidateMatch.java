package dev.followup.integration;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a person in the vendor's data is recognised as one of this tenant's candidates. */
@Schema(description = "How the vendor's candidates are matched to this service's: `email`, their email in the ATS equals their candidate profile's (the default); `candidate_id`, the ATS's candidate id is their id here (the `sub` of their tokens).")
public enum CandidateMatch {
    @JsonProperty("email")
    EMAIL,
    @JsonProperty("candidate_id")
    CANDIDATE_ID
}
