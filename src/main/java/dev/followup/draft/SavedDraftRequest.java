package dev.followup.draft;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import dev.followup.interview.Channel;
import dev.followup.language.Language;
import dev.followup.validation.MultiLine;

/** The candidate's edited text, to keep on the follow-up; the read-only fields a GET shows are accepted and ignored. */
@JsonIgnoreProperties({"followUpId", "version", "quality", "modifiedAt", "modifiedBy"})
@Schema(name = "SavedDraftRequest", description = "An edited draft: the channel, the subject for an email, and the text. The read-only fields of a `SavedDraft` read with GET are accepted and ignored; any other field not listed here is refused (400).")
public record SavedDraftRequest(
        @Schema(description = "The channel it is written for; one the item's type allows.", example = "email", required = true) @NotNull Channel channel,
        @Schema(description = "How it was meant to sound, if the candidate wants to remember.", example = "warm") Tone tone,
        @Schema(description = "The email subject.", example = "Thank you for the interview on Friday", maxLength = 200) @Size(max = 200) String subject,
        @Schema(description = "The text.", example = "Dear Maria Lopez,\n\nThank you for the interview...\n\nKind regards,\nJane Doe\njane.doe@example.com", required = true, maxLength = 5000) @NotBlank @Size(max = 5000) @MultiLine String body,
        @Schema(description = "The language the text is written in: its greeting, sign-off and casual words are read by that language's conventions, now and whenever the draft is read again. Defaults to the language negotiated for this request (`language`, `Accept-Language`, the candidate's setting).", example = "de") Language language) {
}
