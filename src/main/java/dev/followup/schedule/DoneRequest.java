package dev.followup.schedule;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.followup.interview.Channel;

/** The candidate did it. */
@Schema(name = "DoneRequest", description = "When and how the candidate did it; both optional.")
public record DoneRequest(
        @Schema(description = "When, ISO-8601 with an offset; not in the future. Defaults to now.", example = "2026-03-06T17:30:00+01:00") OffsetDateTime at,
        @Schema(description = "How, if not through the suggested channel.", example = "email") Channel channel) {
}
