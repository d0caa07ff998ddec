package dev.followup.schedule;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.followup.validation.MultiLine;

/** The candidate decided not to do it. */
@Schema(name = "SkipRequest", description = "Why the candidate skips it; optional.")
public record SkipRequest(
        @Schema(description = "A short note, kept with the item.", example = "Already spoke to Maria on the phone.", maxLength = 300) @Size(max = 300) @MultiLine String note) {
}
