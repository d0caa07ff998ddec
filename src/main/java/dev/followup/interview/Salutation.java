package dev.followup.interview;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How an interviewer is addressed formally, as the candidate states it: never guessed from a name. */
@Schema(description = "How to address the interviewer formally: `ms` (Ms / Frau / Madame / Sra.) or `mr` (Mr / Herr / Monsieur / Sr.). "
        + "Leave it out when unknown or when neither fits: formal drafts then greet with the full name (\"Dear Maria Lopez\", \"Guten Tag, Maria Lopez\"). "
        + "It is never guessed from the name.")
public enum Salutation {
    @JsonProperty("ms")
    MS,
    @JsonProperty("mr")
    MR;
}
