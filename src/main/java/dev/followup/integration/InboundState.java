package dev.followup.integration;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What became of an ATS's webhook. */
@Schema(description = "What became of a received webhook: `pending`, stored and waiting to be applied (or to be tried again); "
        + "`applied`, it changed at least one registered interview; `unmatched`, no registered interview has the id it names "
        + "(register it, then later events apply); `ignored`, its type says nothing this service acts on; "
        + "`failed`, it could not be applied (see `outcome`).")
public enum InboundState {
    @JsonProperty("pending")
    PENDING,
    @JsonProperty("applied")
    APPLIED,
    @JsonProperty("unmatched")
    UNMATCHED,
    @JsonProperty("ignored")
    IGNORED,
    @JsonProperty("failed")
    FAILED
}
