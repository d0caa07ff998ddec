package dev.followup.interview;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A way of reaching someone: email, a handwritten note, a phone call or LinkedIn. */
@Schema(description = "A way of reaching someone: email, a handwritten note, a phone call or LinkedIn.")
public enum Channel {
    @JsonProperty("email")
    EMAIL,
    @JsonProperty("handwritten_note")
    HANDWRITTEN_NOTE,
    @JsonProperty("phone")
    PHONE,
    @JsonProperty("linkedin")
    LINKEDIN;
}
