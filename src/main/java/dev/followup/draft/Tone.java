package dev.followup.draft;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a draft sounds. */
@Schema(description = "How the draft sounds: `formal` (full names, reserved wording) or `warm` (first names, friendlier wording). Both stay professional (M6).")
public enum Tone {
    @JsonProperty("formal")
    FORMAL,
    @JsonProperty("warm")
    WARM;
}
