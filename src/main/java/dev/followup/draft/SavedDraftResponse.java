package dev.followup.draft;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.followup.interview.Channel;

/** A saved draft, checked again as it is read. */
@Schema(name = "SavedDraft", description = "The candidate's edited draft, kept on its follow-up, with its quality report.")
public record SavedDraftResponse(
        @Schema(description = "The follow-up it is for.", example = "0194f1a2-9d3e-7d4b-9a10-2b3c4d5e6f71", required = true) UUID followUpId,
        @Schema(description = "The channel.", example = "email", required = true) Channel channel,
        @Schema(description = "The tone, if given.", example = "warm") Tone tone,
        @Schema(description = "The email subject.", example = "Thank you for the interview on Friday") String subject,
        @Schema(description = "The text.", example = "Dear Maria Lopez,\n\nThank you for the interview...", required = true) String body,
        @Schema(description = "The version; the ETag header carries it in quotes.", example = "0", required = true) long version,
        @Schema(description = "What to fix before sending.", required = true) QualityReport quality,
        @Schema(description = "When it was last saved.", example = "2026-03-06T17:10:00Z", required = true) OffsetDateTime modifiedAt,
        @Schema(description = "Who saved it last.", example = "candidate-7f3a", required = true) String modifiedBy) {

    static SavedDraftResponse from(SavedDraft saved, QualityReport quality) {
        return new SavedDraftResponse(saved.key.followUpId(), saved.channel, saved.tone, saved.subject, saved.body,
                saved.version, quality, saved.modifiedAt.atOffset(ZoneOffset.UTC), saved.modifiedBy);
    }
}
