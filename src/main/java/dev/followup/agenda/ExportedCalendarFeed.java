package dev.followup.agenda;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A calendar feed in the candidate's data export. */
@Schema(name = "ExportedCalendarFeed", description = "A calendar feed of the candidate, without its secret address.")
public record ExportedCalendarFeed(
        @Schema(description = "When the feed was made.", example = "2026-03-09T10:00:00Z", required = true) OffsetDateTime createdAt,
        @Schema(description = "Who made it: the `sub` of the token used.", example = "candidate-7f3a", required = true) String createdBy) {
}
