package dev.followup.interview;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the employer did, as the candidate or the ATS reports it. */
@Schema(name = "OutcomeRequest", description = "What the employer did (or that the candidate withdrew), and when.")
public record OutcomeRequest(
        @Schema(description = "What happened.", example = "answered", required = true) @NotNull OutcomeType type,
        @Schema(description = "When it happened, ISO-8601 with an offset; not in the future and not before the interview ended. Defaults to now.", example = "2026-03-10T11:20:00+01:00") OffsetDateTime at,
        @Schema(description = "Only with `answered`: the new date by which the employer said they would decide; one status check follows it (R5, R10). Within a year of the answer.", example = "2026-03-20") LocalDate nextDecisionDate) {
}
